package dev.loyalty.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps README.md honest: its code, its printed numbers and its commands come from what the build runs. */
class ReadmeTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theStatementInTheReadmeIsWhatQuickStartPrints() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        QuickStart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(codeBlocks("text").get(0)).isEqualTo(bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theCodeSampleInTheReadmeIsTheCodeQuickStartRuns() throws IOException {
        String source = Files.readString(ROOT.resolve("examples/src/main/java/dev/loyalty/examples/QuickStart.java"));
        Matcher region = Pattern.compile("// README:start\\n(.*?)\\n\\s*// README:end", Pattern.DOTALL).matcher(source);
        assertThat(region.find()).as("QuickStart.java has a README region").isTrue();
        String sample = region.group(1).lines().map(line -> line.startsWith("        ") ? line.substring(8) : line)
                .collect(Collectors.joining("\n", "", "\n"));

        assertThat(codeBlocks("java").get(0)).isEqualTo(sample);
    }

    @Test
    void ciRunsExactlyTheTestCommandTheReadmeGives() throws IOException {
        List<String> commands = codeBlocks("sh");
        String ci = Files.readString(ROOT.resolve(".ci/run"));

        assertThat(commands).hasSize(2);
        assertThat(ci.lines()).contains(commands.get(1).strip());
    }

    private static List<String> codeBlocks(String language) throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher block = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        return block.results().map(match -> match.group(1)).toList();
    }
}
