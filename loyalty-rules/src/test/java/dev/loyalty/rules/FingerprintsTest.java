package dev.loyalty.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.MemberId;
import dev.loyalty.rules.facts.Line;
import dev.loyalty.rules.facts.Purchase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FingerprintsTest {

    @Test
    void aPurchaseKeepsTheFingerprintStoredBeforeTheTextWasWrittenDirectly() {
        Purchase purchase = Purchase.of("order-1001", MemberId.of("anna"), Instant.parse("2027-03-14T09:26:53.589Z"), "EUR")
                .withLine(Line.of("BEANS-1KG", "beans", 2, "14.90"))
                .withLine(Line.delivery("4.95"));

        assertThat(purchase).hasToString("Purchase[order-1001 by anna at 2027-03-14T09:26:53.589Z, 34.75 EUR, "
                + "[2 x BEANS-1KG (beans) @ 14.90, delivery 1 x delivery (delivery) @ 4.95]]");
        assertThat(Fingerprints.of(purchase)).isEqualTo("711591f7124c8dff4f606f090906f60b7a152aee1f9655137bf8eb5ae27fc20a");
    }

    @Test
    void purchasesWithAtMostOneLabelPerLineDigestTheirToStringAsBefore() {
        Random random = new Random(9);
        for (int i = 0; i < 2_000; i++) {
            Purchase purchase = randomPurchase(random, i);
            assertThat(Fingerprints.of(purchase)).as(purchase.toString()).isEqualTo(sha256("event|" + purchase));
        }
    }

    @Test
    void labelsAreDigestedInKeyOrderWhateverTheJvmsHashOrder() {
        Purchase purchase = Purchase.of("o-2", MemberId.of("bo"), Instant.parse("2027-01-01T00:00:00Z"), "EUR")
                .withLine(Line.of("TEA", "tea", 1, "10.00").withLabel("origin", "kenya").withLabel("brand", "acme"));

        assertThat(Fingerprints.of(purchase)).isEqualTo("311805cfbaad73e56083d35faad6b3a11caefb196e77aa1a96f26dfcacdf5416");
    }

    private static Purchase randomPurchase(Random random, int i) {
        long seconds = switch (i % 4) {
            case 0 -> random.nextInt(2_000_000_000);
            case 1 -> 253_402_300_799L - random.nextInt(100_000);
            case 2 -> -random.nextInt(2_000_000_000) - 1L;
            default -> 253_402_300_800L + random.nextInt(2_000_000_000);
        };
        int nanos = switch (i % 5) {
            case 0 -> 0;
            case 1 -> random.nextInt(1_000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1_000;
            default -> random.nextInt(1_000_000_000);
        };
        Purchase purchase = Purchase.of("order-" + i, MemberId.of("m" + random.nextInt(100)), Instant.ofEpochSecond(seconds, nanos), "EUR");
        for (int line = random.nextInt(4); line > 0; line--) {
            Line product = Line.of("SKU-" + line, "cat" + random.nextInt(3), 1 + random.nextInt(5), random.nextInt(10_000) + "." + random.nextInt(10));
            purchase = purchase.withLine(random.nextBoolean() ? product : product.withLabel("brand", "b" + line));
        }
        return random.nextBoolean() ? purchase.withLine(Line.delivery("4.95")) : purchase;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
