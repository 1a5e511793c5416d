package dev.loyalty.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The generator behind the README's simulation: the same seed gives the same file, and every line reads. */
class CoffeeClubEventsTest {

    private static final Pattern AT = Pattern.compile("\"at\":\"([^\"]+)\"");

    private static String generate(int lines, int customers, long seed) throws IOException {
        StringWriter out = new StringWriter();
        CoffeeClubEvents.write(out, lines, customers, seed);
        return out.toString();
    }

    @Test
    void theSameSeedGivesTheSameFileAndAnotherSeedAnother() throws IOException {
        String first = generate(3_000, 60, 7);

        assertThat(generate(3_000, 60, 7)).isEqualTo(first);
        assertThat(generate(3_000, 60, 8)).isNotEqualTo(first);
        assertThat(first.lines()).hasSize(3_000);
    }

    /** That every line reads and the totals add up is checked on the README's 100,000 lines, by ReadmeTest. */
    @Test
    void linesAreInTimeOrderAndEveryCustomerEnrolls() throws IOException {
        List<String> lines = generate(3_000, 60, CoffeeClubEvents.SEED).lines().toList();

        List<Instant> instants = lines.stream().map(line -> AT.matcher(line)).filter(Matcher::find)
                .map(matcher -> Instant.parse(matcher.group(1))).toList();
        assertThat(instants).hasSize(3_000).isSorted();
        assertThat(lines.stream().filter(line -> line.startsWith("{\"type\":\"enroll\""))).hasSize(60);
    }
}
