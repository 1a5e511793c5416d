package dev.loyalty.rules.reward;

import dev.loyalty.spi.RandomSource;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Discount and coupon codes: {@value #LENGTH} characters of Douglas Crockford's base 32 alphabet
 * ({@value #ALPHABET}: digits and capitals without I, L, O and U, so that no two characters look alike),
 * 60 random bits from the injected {@link RandomSource}. With {@link RandomSource#secure()} they cannot be
 * guessed: one in 2<sup>60</sup> (about 10<sup>18</sup>) per try. Whoever types one may use lower case,
 * hyphens and spaces, and O for 0, I or L for 1: {@link #normalize} reads it back.
 */
public final class DiscountCodes {

    /** The characters of a code, in the order of their value. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    /** The characters in a code. */
    public static final int LENGTH = 12;

    private static final int BITS = 5;

    private DiscountCodes() {}

    /** A new code from 60 random bits of {@code random}. */
    public static String next(RandomSource random) {
        long bits = Objects.requireNonNull(random, "random").nextLong();
        char[] code = new char[LENGTH];
        for (int i = LENGTH - 1; i >= 0; i--) {
            code[i] = ALPHABET.charAt((int) (bits & 31));
            bits >>>= BITS;
        }
        return new String(code);
    }

    /**
     * The code someone typed, as it was issued: upper case, without hyphens and spaces, O read as 0, I and
     * L as 1; empty if it cannot be a code (a wrong length or a character outside the alphabet).
     */
    public static Optional<String> normalize(String typed) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ') {
                continue;
            }
            char read = c == 'O' ? '0' : c == 'I' || c == 'L' ? '1' : c;
            if (ALPHABET.indexOf(read) < 0) {
                return Optional.empty();
            }
            code.append(read);
        }
        return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
    }
}
