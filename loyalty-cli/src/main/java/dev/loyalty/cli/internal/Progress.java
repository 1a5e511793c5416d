package dev.loyalty.cli.internal;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * A progress bar on standard error, drawn only when the command runs in a terminal (so logs and pipes
 * get none): {@code [#########...........]  45%  45,000 of 100,000 lines}, redrawn at each whole percent.
 */
public final class Progress implements IntConsumer {

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final int total;
    private int shown = -1;

    private Progress(PrintStream err, int total) {
        this.err = err;
        this.total = total;
    }

    /** A bar for {@code total} steps when a terminal is attached, or else one that draws nothing. */
    public static IntConsumer forTerminal(PrintStream err, int total) {
        return System.console() != null ? bar(err, total) : done -> {};
    }

    /** A bar for {@code total} steps on {@code err}, terminal or not; nothing for no steps. */
    static IntConsumer bar(PrintStream err, int total) {
        return total > 0 ? new Progress(err, total) : done -> {};
    }

    @Override
    public void accept(int done) {
        int percent = (int) (100L * done / total);
        if (percent == shown) {
            return;
        }
        shown = percent;
        int filled = WIDTH * percent / 100;
        err.printf(Locale.ROOT, "\r[%s%s] %3d%%  %,d of %,d lines", "#".repeat(filled), ".".repeat(WIDTH - filled), percent, done, total);
        if (done == total) {
            err.print("\r" + " ".repeat(WIDTH + 50) + "\r");
        }
        err.flush();
    }
}
