package dev.loyalty.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A request's digest, stored with its idempotency key to tell a retry from a different request. It is
 * taken over the request record's text form, which is stable across JVMs for the ledger's requests.
 */
final class Fingerprint {

    private Fingerprint() {}

    static String of(String operation, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((operation + '|' + request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
