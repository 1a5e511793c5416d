package dev.loyalty.rules.program;

import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which message the engine writes on which occasion; each names a template of
 * {@code notifications.templates}. An absent trigger sends nothing.
 *
 * @param welcome on enrollment
 * @param tierChange when the member's tier changes (up at once, down at a re-evaluation)
 * @param rewardIssued when a reward is granted or redeemed
 * @param birthday on the member's birthday, in the member's time zone ({@code advanceTo} must run that day)
 * @param winBack with the win-back bonus (see {@code winBack})
 * @param requalification to a member who lost a tier, with the offer to get it back (see {@code requalification})
 * @param pointsExpiring the days before lots expire when the member is warned
 * @param postPurchase a follow-up some days after a purchase, suggesting complementary products
 * @param replenishment a reminder when a product bought regularly is due again
 * @param survey a feedback request at a regular interval from enrollment
 */
public record Triggers(Optional<String> welcome, Optional<String> tierChange, Optional<String> rewardIssued,
        Optional<String> birthday, Optional<String> winBack, Optional<String> requalification,
        Optional<Expiring> pointsExpiring, Optional<PostPurchase> postPurchase, Optional<Replenishment> replenishment,
        Optional<Survey> survey) {

    /** No triggers at all. */
    public static final Triggers NONE = new Triggers(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** Checks the fields. */
    public Triggers {
        Objects.requireNonNull(welcome, "welcome");
        Objects.requireNonNull(tierChange, "tierChange");
        Objects.requireNonNull(rewardIssued, "rewardIssued");
        Objects.requireNonNull(birthday, "birthday");
        Objects.requireNonNull(winBack, "winBack");
        Objects.requireNonNull(requalification, "requalification");
        Objects.requireNonNull(pointsExpiring, "pointsExpiring");
        Objects.requireNonNull(postPurchase, "postPurchase");
        Objects.requireNonNull(replenishment, "replenishment");
        Objects.requireNonNull(survey, "survey");
    }

    /**
     * {@code pointsExpiring: { template: points-expiring, days: 7 }}.
     *
     * @param template the template
     * @param days how many days before a lot expires the member is warned, >= 1
     */
    public record Expiring(String template, int days) {}

    /**
     * {@code postPurchase: { template: thanks, afterDays: 3, suggest: { BEANS-1KG: [GRINDER] } }}.
     *
     * @param template the template
     * @param afterDays days after the purchase, >= 0
     * @param suggest for a product (sku) bought, the products to suggest; a purchase with none of them sends nothing
     *     unless the map is empty (then every purchase is followed up)
     */
    public record PostPurchase(String template, int afterDays, Map<String, List<String>> suggest) {
        /** Copies the map. */
        public PostPurchase {
            suggest = java.util.Collections.unmodifiableMap(new TreeMap<>(suggest));
        }
    }

    /**
     * {@code replenishment: { template: time-for-more, skus: { BEANS-1KG: 30 } }}: a member who buys a
     * product is reminded that many days later, unless they buy it again first.
     *
     * @param template the template
     * @param days the reminder's delay by product (sku), each >= 1
     */
    public record Replenishment(String template, Map<String, Integer> days) {
        /** Copies the map. */
        public Replenishment {
            days = java.util.Collections.unmodifiableMap(new TreeMap<>(days));
        }
    }

    /**
     * {@code survey: { template: feedback, every: P6M }}: a feedback request every so many months after
     * enrollment, on the day of the month the member enrolled.
     *
     * @param template the template
     * @param every whole months that divide a year: P1M, P2M, P3M, P4M, P6M or P12M
     */
    public record Survey(String template, Period every) {}
}
