package dev.loyalty.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loyalty.cli.Loyalty;
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
import org.junit.jupiter.api.io.TempDir;

/** Keeps README.md honest: its code, its printed numbers and its commands come from what the build runs. */
class ReadmeTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    /**
     * The README's first command generates the coffee club's 100,000 events and simulates them; this runs
     * the same generator with the same seed and the same command in-process (about 20 s on a quiet
     * machine: the one long test of the examples), and checks every total against the ledgers.
     */
    @Test
    void theSummaryInTheReadmeIsWhatSimulatePrintsForTheCoffeeClubsEvents() throws IOException {
        Path events = dir.resolve("coffee-club.jsonl");
        CoffeeClubEvents.write(events, CoffeeClubEvents.LINES, CoffeeClubEvents.CUSTOMERS, CoffeeClubEvents.SEED);
        Path report = dir.resolve("report.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Loyalty.run(new String[] {"simulate", "--program", "src/main/resources/programs/coffee-club",
            "--events", events.toString(), "--report", report.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(codeBlocks("text").get(0)).isEqualTo(out.toString(StandardCharsets.UTF_8));
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        for (String type : List.of("points", "status")) {
            JsonNode totals = json.at("/totals/" + type);
            long members = 0;
            for (JsonNode member : json.at("/members")) {
                members += member.at("/balances/" + type).asLong();
            }
            assertThat(totals.get("issued").asLong() - totals.get("redeemed").asLong() - totals.get("expired").asLong()
                    - totals.get("reversed").asLong()).as(type).isEqualTo(totals.get("outstanding").asLong()).isEqualTo(members);
        }
        assertThat(json.at("/members")).hasSize(CoffeeClubEvents.CUSTOMERS);
        assertTheWinBackSentenceAddsUp(out.toString(StandardCharsets.UTF_8), json.at("/totals/points/issued").asLong());
    }

    /**
     * The sentence under the summary splits the points issued between the rules (the summary's top rules
     * for points, all of them listed) and the win-back campaign's 500-point bonuses.
     */
    private static void assertTheWinBackSentenceAddsUp(String summary, long issued) throws IOException {
        Matcher sentence = Pattern.compile("Of the points issued, ([\\d,]+) are the rules' and ([\\d,]+) the win-back\\s+campaign's: (\\d+)\\s+members")
                .matcher(Files.readString(ROOT.resolve("README.md")));
        assertThat(sentence.find()).as("the README's sentence on where the points came from").isTrue();
        long byRules = Pattern.compile("^  \\S.*?\\s([\\d,]+) points$", Pattern.MULTILINE).matcher(summary).results()
                .mapToLong(rule -> number(rule.group(1))).sum();
        long winBack = issued - byRules;
        assertThat(number(sentence.group(1))).as("points issued by rules").isEqualTo(byRules);
        assertThat(number(sentence.group(2))).as("points issued by win-back").isEqualTo(winBack);
        assertThat(Long.parseLong(sentence.group(3)) * 500).as("members won back x 500").isEqualTo(winBack);
    }

    private static long number(String digits) {
        return Long.parseLong(digits.replace(",", ""));
    }

    @Test
    void theStatementInTheReadmeIsWhatQuickStartPrints() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        QuickStart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(codeBlocks("text").get(1)).isEqualTo(bytes.toString(StandardCharsets.UTF_8));
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

        assertThat(commands).hasSize(3);
        assertThat(commands.get(0)).isEqualTo("./mvnw -B -q -Psimulate -pl examples -am package -DskipTests\n");
        assertThat(ci.lines()).contains(commands.get(2).strip());
    }

    private static List<String> codeBlocks(String language) throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher block = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        return block.results().map(match -> match.group(1)).toList();
    }
}
