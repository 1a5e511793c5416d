package dev.loyalty.cli;

import static dev.loyalty.cli.Cli.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shaded jar runs on its own with {@code java -jar}: Drools, Jackson and the stores all inside. */
class RunnableJarIT {

    private static Cli java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("loyalty.cli.jar")));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Cli(process.exitValue(), out, err);
    }

    @Test
    void theJarSimulatesAndSaysWhatIsWrongWithExitCode2() throws Exception {
        Cli simulate = java("simulate", "--program", resource("cafe"), "--events", resource("cafe.jsonl"));
        assertThat(simulate.code()).as(simulate.err()).isZero();
        assertThat(simulate.out()).isEqualTo(Cli.run("simulate", "--program", resource("cafe"), "--events", resource("cafe.jsonl")).out())
                .contains("  points                175           50           80           40            5\n");

        Cli check = java("check", resource("broken"));
        assertThat(check.code()).isEqualTo(2);
        assertThat(check.err()).contains("/rules/earn.drl:9:5: unknown fact type 'Purchse'");
    }
}
