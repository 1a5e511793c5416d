package dev.loyalty.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.MemberId;
import dev.loyalty.rules.Explanation;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.facts.Line;
import dev.loyalty.rules.facts.Refund;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The cashback example program (programs/cashback): euro cents into the wallet, to the cent. */
class CashbackTest {

    private final ExampleClub club = new ExampleClub("cashback");

    private BigDecimal wallet(String at) {
        return club.program.type("wallet").toDecimal(club.available("anna", "wallet", at));
    }

    @Test
    void cashbackFromTheSecondPurchaseInAWeekAndOnShoesInTheFortnightRoundedDownOnce() {
        club.enroll("anna", "2026-11-01T09:00:00Z");

        Outcome first = club.buy("anna", "order-1", "2026-11-20T10:00:00Z",
                Line.of("RUNNER", "shoes", 1, "49.99"), Line.of("SOCKS", "socks", 1, "5.00"));
        Outcome second = club.buy("anna", "order-2", "2026-11-25T10:00:00Z", Line.of("NOVEL", "books", 1, "33.33"));
        Outcome eightDaysLater = club.buy("anna", "order-3", "2026-12-03T10:00:00Z",
                Line.of("BOOT", "shoes", 1, "79.95"), Line.of("GIFT-50", "gift-cards", 1, "50.00"));
        Outcome both = club.buy("anna", "order-4", "2026-12-05T10:00:00Z",
                Line.of("SANDAL", "shoes", 1, "20.00"), Line.of("ATLAS", "books", 1, "10.00"));
        Outcome afterTheFortnight = club.buy("anna", "order-5", "2026-12-15T10:00:00Z", Line.of("SLIPPER", "shoes", 1, "10.00"));

        assertThat(first.points("wallet")).isZero();
        assertThat(first.points("points")).isEqualTo(54);
        // 2 % of 33.33 = 0.6666, down to 0.66.
        assertThat(second.points("wallet")).isEqualTo(66);
        // Not within 7 days of the last purchase; 10 % of the boots (7.995, down to 7.99), none on the gift card.
        assertThat(eightDaysLater.points("wallet")).isEqualTo(799);
        assertThat(eightDaysLater.points("points")).isEqualTo(79);
        // Shoes 12 % of 20.00 = 2.40, books 2 % of 10.00 = 0.20: one entry of 2.60.
        assertThat(both.points("wallet")).isEqualTo(260);
        assertThat(both.entries()).filteredOn(entry -> entry.pointType().equals("wallet")).singleElement()
                .extracting(Explanation::of).satisfies(why -> {
            assertThat(why.rules()).containsExactly("repeat buyer cashback", "shoe fortnight");
            assertThat(why.campaign()).hasValue("shoe-fortnight");
        });
        // Ten days after the last purchase, and the fortnight is over.
        assertThat(afterTheFortnight.points("wallet")).isZero();
        assertThat(wallet("2026-12-16T00:00:00Z")).isEqualByComparingTo("11.25");
    }

    @Test
    void aPartialRefundTakesBackItsShareOfTheCashback() {
        club.enroll("anna", "2026-11-01T09:00:00Z");
        club.buy("anna", "order-1", "2026-12-02T10:00:00Z", Line.of("NOVEL", "books", 1, "5.00"));
        Outcome both = club.buy("anna", "order-2", "2026-12-05T10:00:00Z",
                Line.of("SANDAL", "shoes", 1, "20.00"), Line.of("ATLAS", "books", 1, "10.00"));

        Outcome refund = club.engine.handle(Refund.partial("refund-1", MemberId.of("anna"), Instant.parse("2026-12-06T10:00:00Z"),
                "order-2", "15.00"));

        assertThat(both.points("wallet")).isEqualTo(260);
        assertThat(refund.points("wallet")).isEqualTo(-130);
        assertThat(refund.points("points")).isEqualTo(-15);
        assertThat(wallet("2026-12-07T00:00:00Z")).isEqualByComparingTo("1.30");
    }
}
