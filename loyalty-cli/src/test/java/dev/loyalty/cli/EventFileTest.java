package dev.loyalty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.cli.internal.BadLine;
import dev.loyalty.cli.internal.EventFile;
import dev.loyalty.cli.internal.Step;
import dev.loyalty.core.MemberId;
import dev.loyalty.rules.facts.Purchase;
import dev.loyalty.rules.facts.Refund;
import dev.loyalty.rules.facts.Spin;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventFileTest {

    @TempDir
    Path dir;

    private EventFile read(String lines) throws IOException {
        Path file = dir.resolve("events.jsonl");
        Files.writeString(file, lines);
        return EventFile.read(file, ZoneOffset.UTC);
    }

    @Test
    void everyBadLineIsNamedWithWhatIsWrong() throws IOException {
        EventFile file = read("""
                {"type":"enroll","member":"anna","at":"2026-01-02T09:00:00Z"}
                {"type":"purchase","id":"o-1","member":"anna","at":"2026-01-03T10:00:00Z","currency":"EUR","amount":"12.90"
                {"type":"purchse","id":"o-2","member":"anna","at":"2026-01-03T10:00:00Z"}
                {"type":"purchase","member":"anna","at":"2026-01-03T10:00:00Z"}
                {"type":"purchase","id":"o-3","member":"anna","at":"yesterday"}
                {"type":"purchase","id":"o-4","member":"anna","at":"2026-01-03T10:00:00Z","currency":"EUR","ammount":"1.00","category":"x"}

                {"type":"purchase","id":"o-5","member":"anna","at":"2026-01-03T10:00:00Z","currency":"EUR","lines":[{"sku":"A","category":"c","quantity":0,"unitPrice":"1.00"}]}
                {"type":"purchase","id":"o-6","member":"anna","at":"2026-01-03T10:00:00Z","currency":"EUR","amount":"9.00","lines":[{"sku":"A","category":"c","unitPrice":"1.999"}]}
                {"type":"redeem","id":"r-1","member":"anna","at":"2026-01-03T10:00:00Z","reward":"coffee","points":5}
                [1, 2]
                {"type":"refund","id":"f-1","member":"anna","at":"2026-01-03T10:00:00Z","purchase":"o-1","lines":[{"sku":"A","category":"c","quantity":2,"unitPrice":"1.50"}]}
                {"type":"spin","id":"s-1","member":"anna","at":"2026-01-04T10:00:00Z","wheel":"daily"}
                {"type":"advance","at":"2026-02-01T00:00:00Z"}
                """);

        assertThat(file.bad()).extracting(BadLine::toString).containsExactly(
                "line 2: not JSON: Unexpected end-of-input: expected close marker for Object at column 108",
                "line 3: unknown event type 'purchse'; known: enroll, purchase, refund, activity, referral, redeem, spin, advance",
                "line 4: 'id' is missing",
                "line 5: 'at' must be an ISO-8601 instant such as 2026-12-05T09:30:00Z, but was \"yesterday\"",
                "line 6: purchase 'o-4': a purchase needs 'lines' or 'amount' (with 'category')",
                "line 8: quantity of line 'A' must be > 0, but was 0",
                "line 9: unit price 1.999 of line 'A' in purchase 'o-6' has more decimal places than EUR",
                "line 10: redeem 'r-1': a redemption needs either 'reward' or 'points' (with 'pointType'), not both",
                "line 11: an event must be a JSON object, but was array");
        assertThat(file.steps()).hasSize(4);
        assertThat(((Refund) ((Step.Handle) file.steps().get(1)).event()).getAmount()).contains(new BigDecimal("3.00"));
        assertThat(((Step.Handle) file.steps().get(2)).event()).isEqualTo(
                Spin.of("s-1", MemberId.of("anna"), Instant.parse("2026-01-04T10:00:00Z"), "daily"));
        assertThat(file.steps().get(3)).isEqualTo(new Step.Advance(14, Instant.parse("2026-02-01T00:00:00Z")));
    }

    @Test
    void aTypoInAFieldNameIsAnErrorNotIgnored() throws IOException {
        EventFile file = read("""
                {"type":"purchase","id":"o-4","member":"anna","at":"2026-01-03T10:00:00Z","currency":"EUR","amount":"1.00","category":"x","ammount":"2"}
                {"type":"purchase","id":"o-5","member":"anna","at":"2026-01-03T10:00:00Z","currency":"EUR","amount":"2.00","lines":[{"sku":"A","category":"c","unitPrice":"1.00"}]}
                {"type":"purchase","id":"o-6","member":"anna","at":"2026-01-03T10:00:00Z","currency":"EUR","lines":[{"sku":"A","category":"c","unitPrice":"1.00","qty":2}],"delivery":"4.95"}
                """);

        assertThat(file.bad()).extracting(BadLine::toString).containsExactly(
                "line 1: unknown field 'ammount'; known here: type, at, member, id, currency, lines, amount, category",
                "line 2: purchase 'o-5': 'amount' 2.00 is not the total of the lines and delivery, 1.00",
                "line 3: purchase 'o-6': unknown field 'lines[0].qty'; known here: sku, category, quantity, unitPrice, labels");
    }

    @Test
    void aPurchaseWithLinesAndDeliveryIsReadExactly() throws IOException {
        EventFile file = read("""
                {"type":"purchase","id":"o-1","member":"anna","at":"2026-01-03T10:00:00Z","currency":"EUR","lines":[{"sku":"BEANS","category":"beans","quantity":2,"unitPrice":7.45,"labels":{"origin":"peru"}}],"delivery":"4.95","amount":"19.85"}
                """);

        assertThat(file.bad()).isEmpty();
        Purchase purchase = (Purchase) ((Step.Handle) file.steps().get(0)).event();
        assertThat(purchase.getSpend()).isEqualByComparingTo("14.90");
        assertThat(purchase.getTotal()).isEqualByComparingTo("19.85");
        assertThat(purchase.getLines().get(0).hasLabel("origin", "peru")).isTrue();
    }
}
