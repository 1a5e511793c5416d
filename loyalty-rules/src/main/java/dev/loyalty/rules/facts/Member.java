package dev.loyalty.rules.facts;

import dev.loyalty.core.MemberId;
import dev.loyalty.rules.ReferralCode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The member an event is about, as rules see them when the event is handled: tier, segments,
 * attributes, tenure, counters and balances, all as of just before the event.
 *
 * <p>In DRL: {@code Member(tier == "gold")}, {@code Member(inSegment("regulars"))},
 * {@code Member(purchaseCount == 0)} (a first purchase), {@code Member(attribute("city") == "Berlin")}.
 */
public final class Member {

    private final String id;
    private final String name;
    private final String tier;
    private final BigDecimal earnMultiplier;
    private final Set<String> segments;
    private final Map<String, String> attributes;
    private final long tenureDays;
    private final Map<String, Long> counters;
    private final Map<String, Long> balances;
    private final long tenureMonths;
    private final String level;
    private @Nullable String referralCode;
    private final Instant asOf;

    private Member(Builder builder) {
        this.id = Events.name("id", builder.id);
        this.name = Objects.requireNonNull(builder.name, "name");
        this.tier = Objects.requireNonNull(builder.tier, "tier");
        this.earnMultiplier = Objects.requireNonNull(builder.earnMultiplier, "earnMultiplier");
        this.segments = Set.copyOf(builder.segments);
        this.attributes = Map.copyOf(builder.attributes);
        this.tenureDays = builder.tenureDays;
        this.counters = Map.copyOf(builder.counters);
        this.balances = Map.copyOf(builder.balances);
        this.tenureMonths = builder.tenureMonths;
        this.level = Objects.requireNonNull(builder.level, "level");
        this.referralCode = builder.referralCode;
        this.asOf = Objects.requireNonNull(builder.asOf, "asOf");
    }

    /** Starts a member fact; the engine builds these, and so can tests of a program's rules. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** The member's id. */
    public String getId() {
        return id;
    }

    /** The member's name, for messages. */
    public String getName() {
        return name;
    }

    /** The id of the member's tier; the entry tier until the member qualifies for more, empty without tiers. */
    public String getTier() {
        return tier;
    }

    /**
     * The earn multiplier of the member's tier, as the program's tier benefits set it (1 without tiers):
     * {@code decisions.multiply("points", $member.getEarnMultiplier())}.
     */
    public BigDecimal getEarnMultiplier() {
        return earnMultiplier;
    }

    /** The ids of the segments the member is in. */
    public Set<String> getSegments() {
        return segments;
    }

    /** Whether the member is in segment {@code segment}. */
    public boolean inSegment(String segment) {
        return segments.contains(segment);
    }

    /** The member's attributes. */
    public Map<String, String> getAttributes() {
        return attributes;
    }

    /** The attribute {@code key}, or the empty string when the member has none. */
    public String attribute(String key) {
        return attributes.getOrDefault(key, "");
    }

    /** Whole days since enrollment, in the member's time zone. */
    public long getTenureDays() {
        return tenureDays;
    }

    /** The counter {@code name} (purchases, referrals, ...), 0 when never counted. */
    public long counter(String name) {
        return counters.getOrDefault(name, 0L);
    }

    /** Purchases handled before this event: 0 means the event is the member's first purchase. */
    public long getPurchaseCount() {
        return counter("purchases");
    }

    /** Available points of {@code pointType}, in the type's smallest units, before this event. */
    public long balance(String pointType) {
        return balances.getOrDefault(pointType, 0L);
    }

    /** Whole months since enrollment, in the member's time zone: 6 from the same day six months later. */
    public long getTenureMonths() {
        return tenureMonths;
    }

    /** The ids of the badges the member has earned ({@code games.badges}), sorted. */
    public Set<String> getBadges() {
        java.util.TreeSet<String> badges = new java.util.TreeSet<>();
        counters.forEach((name, count) -> {
            if (name.startsWith(BADGE_COUNTER) && count > 0) {
                badges.add(name.substring(BADGE_COUNTER.length()));
            }
        });
        return java.util.Collections.unmodifiableSet(badges);
    }

    /** Whether the member has earned badge {@code badge}: {@code Member(!hasBadge("critic"))}. */
    public boolean hasBadge(String badge) {
        return counter(BADGE_COUNTER + badge) > 0;
    }

    /** How many badges the member has earned. */
    public int getBadgeCount() {
        return getBadges().size();
    }

    /** The id of the member's level ({@code games.levels}) by the badges earned; empty without levels. */
    public String getLevel() {
        return level;
    }

    /**
     * The member's own referral code, to give to friends: the one built with, or else
     * {@code ReferralCode.of} the member's id, worked out on first use (it costs a SHA-256).
     */
    public String getReferralCode() {
        String code = referralCode;
        if (code == null) {
            code = ReferralCode.of(MemberId.of(id));
            referralCode = code;
        }
        return code;
    }

    /** The id of the member who referred this one (attribute {@code referred-by}), or the empty string. */
    public String getReferredBy() {
        return attribute(REFERRED_BY);
    }

    /** The attribute that links an invitee to the inviter. */
    public static final String REFERRED_BY = "referred-by";

    /** The prefix of the counters that record badges: {@code badge.critic} is 1 once the member has it. */
    public static final String BADGE_COUNTER = "badge.";

    @Override
    public String toString() {
        return "Member[" + id + ", tier " + tier + ", segments " + segments + "]";
    }

    /** The counter of the instant of the member's first purchase, in epoch seconds (absent before it). */
    public static final String FIRST_PURCHASE = "purchase.first";
    /** The counter of the instant of the member's latest purchase, in epoch seconds (absent before it). */
    public static final String LAST_PURCHASE = "purchase.last";

    /** When the member first bought, if they have bought before this event. */
    public Optional<Instant> getFirstPurchaseAt() {
        return instant(FIRST_PURCHASE);
    }

    /** When the member last bought before this event, if ever. */
    public Optional<Instant> getLastPurchaseAt() {
        return instant(LAST_PURCHASE);
    }

    /**
     * Whether the member bought within the {@code days} days before this event (24-hour days):
     * {@code Member(purchasedInLastDays(7))} on a purchase means "the second purchase within a week".
     */
    public boolean purchasedInLastDays(int days) {
        return getLastPurchaseAt().filter(last -> !last.isBefore(asOf.minus(Duration.ofDays(days)))).isPresent();
    }

    private Optional<Instant> instant(String counter) {
        return counters.containsKey(counter) ? Optional.of(Instant.ofEpochSecond(counters.get(counter))) : Optional.empty();
    }

    /** Builds a {@link Member} fact. */
    public static final class Builder {

        private final String id;
        private String name = "";
        private String tier = "";
        private BigDecimal earnMultiplier = BigDecimal.ONE;
        private Set<String> segments = Set.of();
        private Map<String, String> attributes = Map.of();
        private long tenureDays;
        private Map<String, Long> counters = Map.of();
        private Map<String, Long> balances = Map.of();
        private long tenureMonths;
        private String level = "";
        private @Nullable String referralCode;
        private Instant asOf = Instant.EPOCH;

        private Builder(String id) {
            this.id = id;
        }

        /** The name. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** The tier id. */
        public Builder tier(String value) {
            this.tier = value;
            return this;
        }

        /** The tier's earn multiplier. */
        public Builder earnMultiplier(BigDecimal value) {
            this.earnMultiplier = value;
            return this;
        }

        /** The segment ids. */
        public Builder segments(Set<String> value) {
            this.segments = value;
            return this;
        }

        /** The attributes. */
        public Builder attributes(Map<String, String> value) {
            this.attributes = value;
            return this;
        }

        /** Days since enrollment. */
        public Builder tenureDays(long value) {
            this.tenureDays = value;
            return this;
        }

        /** The counters. */
        public Builder counters(Map<String, Long> value) {
            this.counters = value;
            return this;
        }

        /** Available balances by point type. */
        public Builder balances(Map<String, Long> value) {
            this.balances = value;
            return this;
        }

        /** Months since enrollment. */
        public Builder tenureMonths(long value) {
            this.tenureMonths = value;
            return this;
        }

        /** The level id. */
        public Builder level(String value) {
            this.level = value;
            return this;
        }

        /** The member's referral code; default {@code ReferralCode.of} the member's id. */
        public Builder referralCode(String value) {
            this.referralCode = Objects.requireNonNull(value, "referralCode");
            return this;
        }

        /** The instant of the event the fact is for: what {@code purchasedInLastDays} counts back from. */
        public Builder asOf(Instant value) {
            this.asOf = value;
            return this;
        }

        /** The fact. */
        public Member build() {
            return new Member(this);
        }
    }
}
