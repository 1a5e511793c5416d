package dev.loyalty.rules.reward;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.spi.RandomSource;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DiscountCodesTest {

    /** Each code is read back into the number its characters spell; sorted, no two numbers are equal. */
    @Test
    void aMillionCodesFromOneSourceAreAllDifferentAndAllOfTheAlphabet() {
        RandomSource random = RandomSource.seeded(20261205L);
        long[] spelled = new long[1_000_000];
        int malformed = 0;
        for (int i = 0; i < spelled.length; i++) {
            String code = DiscountCodes.next(random);
            malformed += code.length() == 12 ? 0 : 1;
            for (int c = 0; c < code.length(); c++) {
                int digit = DiscountCodes.ALPHABET.indexOf(code.charAt(c));
                malformed += digit < 0 ? 1 : 0;
                spelled[i] = spelled[i] * 32 + digit;
            }
        }
        Arrays.sort(spelled);
        int duplicates = 0;
        for (int i = 1; i < spelled.length; i++) {
            duplicates += spelled[i] == spelled[i - 1] ? 1 : 0;
        }

        assertThat(malformed).isZero();
        assertThat(duplicates).isZero();
        assertThat(DiscountCodes.ALPHABET).hasSize(32).doesNotContain("I", "L", "O", "U");
    }

    @Test
    void codesComeFromTheSourceBitByBit() {
        RandomSource zeros = fixed(0L);
        RandomSource ones = fixed(-1L);
        RandomSource counting = fixed(0x0123456789ABCDEFL);

        assertThat(DiscountCodes.next(zeros)).isEqualTo("000000000000");
        assertThat(DiscountCodes.next(ones)).isEqualTo("ZZZZZZZZZZZZ");
        assertThat(DiscountCodes.next(counting)).isEqualTo("28T5CY4TQKFF");   // the low 60 bits, 5 at a time
    }

    @Test
    void typedCodesAreReadBackAsIssued() {
        assertThat(DiscountCodes.normalize("4hma-sw9n-f6ff")).contains("4HMASW9NF6FF");
        assertThat(DiscountCodes.normalize("O1IL 0000 0000")).contains("011100000000");
        assertThat(DiscountCodes.normalize("4HMASW9NF6F")).isEmpty();
        assertThat(DiscountCodes.normalize("4HMASW9NF6FU")).isEmpty();
    }

    private static RandomSource fixed(long value) {
        return new RandomSource() {
            @Override
            public long nextLong() {
                return value;
            }

            @Override
            public int nextInt(int bound) {
                return 0;
            }
        };
    }
}
