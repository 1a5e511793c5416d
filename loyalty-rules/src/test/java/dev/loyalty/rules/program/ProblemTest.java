package dev.loyalty.rules.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loyalty.rules.Problem;
import dev.loyalty.rules.ProgramException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void prints_like_a_compiler_leaving_out_unknown_positions() {
        assertThat(new Problem("rules/earn.drl", 12, 5, "unknown fact type 'Purchse'")).hasToString(
                "rules/earn.drl:12:5: unknown fact type 'Purchse'");
        assertThat(new Problem("program.yaml", 14, 0, "bad")).hasToString("program.yaml:14: bad");
        assertThat(new Problem("rules/x.drl", 0, 0, "unreadable")).hasToString("rules/x.drl: unreadable");
    }

    @Test
    void orders_by_file_line_and_column() {
        Problem a = new Problem("program.yaml", 9, 0, "a");
        Problem b = new Problem("rules/a.drl", 2, 7, "b");
        Problem c = new Problem("rules/a.drl", 10, 1, "c");
        assertThat(List.of(c, b, a).stream().sorted().toList()).containsExactly(a, b, c);
    }

    @Test
    void the_exception_lists_every_problem_one_per_line() {
        ProgramException e = new ProgramException(List.of(new Problem("program.yaml", 3, 0, "x"),
                new Problem("rules/a.drl", 4, 2, "y")));
        assertThat(e).hasMessage("the program has 2 problems:\nprogram.yaml:3: x\nrules/a.drl:4:2: y");
        assertThat(e.isTransient()).isFalse();
        assertThatThrownBy(() -> new ProgramException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void expiry_at_the_end_of_the_month_in_the_program_zone() {
        Expiry expiry = new Expiry(java.time.Period.ofMonths(12), true);
        java.time.ZoneId berlin = java.time.ZoneId.of("Europe/Berlin");
        assertThat(expiry.expiresAt(java.time.Instant.parse("2026-03-10T12:00:00Z"), berlin))
                .isEqualTo(java.time.Instant.parse("2027-03-31T22:00:00Z"));
        assertThat(new Expiry(java.time.Period.ofDays(30), false).expiresAt(java.time.Instant.parse("2026-03-10T12:00:00Z"), berlin))
                .isEqualTo(java.time.Instant.parse("2026-04-09T11:00:00Z")); // same local time, after the switch to summer time
    }
}
