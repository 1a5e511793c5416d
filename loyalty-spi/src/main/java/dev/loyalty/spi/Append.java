package dev.loyalty.spi;

import dev.loyalty.core.MemberId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One atomic write: changes for one or more members (two for a transfer), all applied or none, under
 * one idempotency key.
 *
 * <p>The key is scoped to the first member's ledger (the request's <em>owner</em>). A store that has
 * already applied an append with the same owner and key returns {@link AppendResult.Duplicate} with the
 * first append's receipt if the fingerprints are equal, and {@link AppendResult.KeyConflict} if not.
 *
 * <p>An append may also carry {@linkplain BudgetClaim claims} on campaign budgets: they are applied with
 * the changes or not at all (see {@link AppendResult.BudgetExhausted}).
 *
 * @param requestKey the request's idempotency key
 * @param fingerprint a digest of the request, to tell a retry from a different request with a reused key
 * @param changes one change per member, the owner first; no member twice
 * @param claims claims on campaign budgets, applied with the changes; no budget twice
 * @param codes codes issued with the changes, to members of the append; no code twice, none issued before
 */
public record Append(String requestKey, String fingerprint, List<MemberChange> changes, List<BudgetClaim> claims,
        List<IssuedCode> codes) {

    /** The longest idempotency key a store must accept. */
    public static final int MAX_KEY_LENGTH = 200;

    /** Validates the fields and copies the list. */
    public Append {
        Objects.requireNonNull(requestKey, "requestKey");
        Objects.requireNonNull(fingerprint, "fingerprint");
        changes = List.copyOf(changes);
        claims = List.copyOf(claims);
        codes = List.copyOf(codes);
        if (requestKey.isBlank() || requestKey.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("requestKey must be 1 to " + MAX_KEY_LENGTH
                    + " characters and not blank, but was '" + requestKey + "'");
        }
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("an append needs at least one member change");
        }
        Set<MemberId> seen = new HashSet<>();
        for (MemberChange change : changes) {
            if (!seen.add(change.member())) {
                throw new IllegalArgumentException("member '" + change.member() + "' appears twice in one append");
            }
        }
        Set<String> budgets = new HashSet<>();
        for (BudgetClaim claim : claims) {
            if (!budgets.add(claim.budget())) {
                throw new IllegalArgumentException("budget '" + claim.budget() + "' is claimed twice in one append");
            }
        }
        Set<String> texts = new HashSet<>();
        for (IssuedCode code : codes) {
            if (!texts.add(code.code())) {
                throw new IllegalArgumentException("code '" + code.code() + "' is issued twice in one append");
            }
            if (!seen.contains(code.member())) {
                throw new IllegalArgumentException("code '" + code.code() + "' is issued to member '" + code.member()
                        + "', who has no change in the append");
            }
        }
    }

    /** An append without issued codes. */
    public Append(String requestKey, String fingerprint, List<MemberChange> changes, List<BudgetClaim> claims) {
        this(requestKey, fingerprint, changes, claims, List.of());
    }

    /** An append without budget claims. */
    public Append(String requestKey, String fingerprint, List<MemberChange> changes) {
        this(requestKey, fingerprint, changes, List.of());
    }

    /** An append that changes one member. */
    public static Append of(String requestKey, String fingerprint, MemberChange change) {
        return new Append(requestKey, fingerprint, List.of(change));
    }

    /** A copy that also claims {@code more} on campaign budgets. */
    public Append withClaims(List<BudgetClaim> more) {
        List<BudgetClaim> all = new ArrayList<>(claims);
        all.addAll(more);
        return new Append(requestKey, fingerprint, changes, all, codes);
    }

    /** A copy that also claims {@code claim}. */
    public Append withClaim(BudgetClaim claim) {
        return withClaims(List.of(claim));
    }

    /** A copy that also issues {@code more} codes. */
    public Append withCodes(List<IssuedCode> more) {
        List<IssuedCode> all = new ArrayList<>(codes);
        all.addAll(more);
        return new Append(requestKey, fingerprint, changes, claims, all);
    }

    /** The member whose ledger scopes the idempotency key. */
    public MemberId owner() {
        return changes.get(0).member();
    }
}
