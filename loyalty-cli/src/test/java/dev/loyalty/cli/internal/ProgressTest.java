package dev.loyalty.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void theBarIsRedrawnAtEachWholePercentAndClearedAtTheEnd() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        IntConsumer bar = Progress.bar(new PrintStream(bytes, true, StandardCharsets.UTF_8), 200);

        bar.accept(1);
        bar.accept(2);
        bar.accept(3);
        bar.accept(100);
        bar.accept(200);

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(
                "\r[..............................]   0%  1 of 200 lines"
                        + "\r[..............................]   1%  2 of 200 lines"
                        + "\r[###############...............]  50%  100 of 200 lines"
                        + "\r[##############################] 100%  200 of 200 lines"
                        + "\r" + " ".repeat(80) + "\r");
    }

    @Test
    void withoutATerminalNothingIsDrawn() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // Tests run without a console, as a pipe or a CI log does.
        Progress.forTerminal(new PrintStream(bytes, true, StandardCharsets.UTF_8), 10).accept(5);

        assertThat(bytes.size()).isZero();
    }
}
