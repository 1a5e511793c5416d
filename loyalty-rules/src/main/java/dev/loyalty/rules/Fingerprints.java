package dev.loyalty.rules;

import dev.loyalty.rules.facts.Event;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Digests of events, stored with their ids to tell a retry from another event that reuses an id. */
final class Fingerprints {

    private Fingerprints() {}

    /** The SHA-256 of the event's text form, which lists every field and is the same in every JVM. */
    static String of(Event event) {
        return digest("event|" + event);
    }

    private static String digest(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** The SHA-256 of {@code work}, e.g. {@code tier-review@2027-01-01T00:00:00Z}, for time-driven work. */
    static String of(String work) {
        return digest("work|" + work);
    }

    /** {@code name@version}. */
    static String program(CompiledProgram program) {
        return program.name() + "@" + program.version();
    }
}
