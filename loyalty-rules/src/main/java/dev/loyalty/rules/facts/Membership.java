package dev.loyalty.rules.facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A paid membership the member has now (paid, or within its grace period), with its benefits: rules
 * match it, e.g. {@code Membership(id == "vip", $m : earnMultiplier)} then
 * {@code decisions.multiply("points", $m)}, or {@code Membership(hasAccess("free-delivery"))}. When it
 * runs out there is no such fact, so its benefits end with it.
 */
public final class Membership {

    private final String id;
    private final Instant paidUntil;
    private final BigDecimal earnMultiplier;
    private final int discountPercent;
    private final Set<String> access;

    /** A membership {@code id} paid until {@code paidUntil}, with its benefits. */
    public Membership(String id, Instant paidUntil, BigDecimal earnMultiplier, int discountPercent, Set<String> access) {
        this.id = Objects.requireNonNull(id, "id");
        this.paidUntil = Objects.requireNonNull(paidUntil, "paidUntil");
        this.earnMultiplier = Objects.requireNonNull(earnMultiplier, "earnMultiplier");
        this.discountPercent = discountPercent;
        this.access = Set.copyOf(access);
    }

    /** The membership's id. */
    public String getId() {
        return id;
    }

    /** The end of the period paid (the grace period comes after it). */
    public Instant getPaidUntil() {
        return paidUntil;
    }

    /** The earn multiplier it gives. */
    public BigDecimal getEarnMultiplier() {
        return earnMultiplier;
    }

    /** The discount in percent it gives. */
    public int getDiscountPercent() {
        return discountPercent;
    }

    /** The entitlements it gives, e.g. {@code free-delivery}. */
    public Set<String> getAccess() {
        return access;
    }

    /** Whether it gives entitlement {@code name}. */
    public boolean hasAccess(String name) {
        return access.contains(name);
    }

    @Override
    public String toString() {
        return "Membership[" + id + " until " + paidUntil + "]";
    }
}
