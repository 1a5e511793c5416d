package dev.loyalty.rules.facts;

import java.math.BigDecimal;

/**
 * What rules decide: every DRL file declares it as {@code global dev.loyalty.rules.facts.Decisions decisions;}
 * and calls it in consequences. Each decision is credited to the rule that made it (and to the campaign
 * the rule matched, if any), so every ledger entry can be explained.
 *
 * <p><b>Earning on spend</b> is computed once all rules have fired, so the order in which rules decide
 * does not change it. For each product line of the purchase that is not excluded:
 * {@code line total × (sum of earnPerUnit rates) × (line multipliers that match the line)}; the lines
 * are added up, multiplied by every whole-purchase multiplier, rounded once to the point type's scale by
 * the program's rounding mode, then capped. Delivery lines earn nothing unless {@link #includeDelivery()}.
 * Below the minimum spend nothing is earned on spend. Fixed {@link #award awards} come on top, are never
 * multiplied or capped, and each becomes its own ledger entry.
 *
 * <p><b>Order and stacking</b> are Drools': rules fire by {@code salience} (higher first; rules of equal
 * salience in an unspecified order, which the above makes harmless), only one rule of an
 * {@code activation-group} fires (exclusive), and {@link #stop()} ends the evaluation.
 */
public interface Decisions {

    /** Earn {@code rate} points of {@code pointType} per unit of eligible spend, e.g. {@code earnPerUnit("points", "1")}. */
    void earnPerUnit(String pointType, String rate);

    /** As {@link #earnPerUnit(String, String)}. */
    void earnPerUnit(String pointType, BigDecimal rate);

    /** As {@link #earnPerUnit(String, String)}. */
    void earnPerUnit(String pointType, long rate);

    /** Lines of {@code category} earn nothing on spend. */
    void excludeCategory(String category);

    /** Lines of {@code sku} earn nothing on spend. */
    void excludeSku(String sku);

    /** Lines labelled {@code key=value} earn nothing on spend. */
    void excludeLabel(String key, String value);

    /** Delivery lines earn on spend like products. */
    void includeDelivery();

    /** Nothing is earned on spend unless eligible spend is at least {@code amount}, e.g. {@code "10.00"}. */
    void minimumSpend(String amount);

    /** Multiply what {@code pointType} earns on spend by {@code factor}, e.g. a tier's {@code "1.5"}. */
    void multiply(String pointType, String factor);

    /** As {@link #multiply(String, String)}. */
    void multiply(String pointType, BigDecimal factor);

    /** Multiply what lines of {@code category} earn on spend by {@code factor}. */
    void multiplyCategory(String pointType, String category, String factor);

    /** Multiply what lines of {@code sku} earn on spend by {@code factor}. */
    void multiplySku(String pointType, String sku, String factor);

    /** Multiply what lines labelled {@code key=value} earn on spend by {@code factor}. */
    void multiplyLabel(String pointType, String key, String value, String factor);

    /** At most {@code max} points of {@code pointType} are earned on spend per event. */
    void cap(String pointType, long max);

    /** Award a fixed {@code amount} of {@code pointType} (in the type's smallest units). */
    Award award(String pointType, long amount);

    /** Award {@code amount} of {@code pointType} given as a decimal, rounded to the type's scale, e.g. cashback {@code "1.25"}. */
    Award award(String pointType, String amount);

    /** Grant reward {@code reward} of the catalogue, free of charge (a gift). */
    void grant(String reward);

    /** Send the member the notification {@code template}. */
    void notify(String template);

    /** Refuse the redemption being handled, with a code and a message for the member. */
    void reject(String code, String message);

    /** Fire no further rules for this event. */
    void stop();

    /**
     * Give the member the badge {@code badge} of {@code games.badges}; a badge the member has already
     * stays as it is. Collecting badges moves the member up the {@code games.levels}.
     */
    void badge(String badge);

    /** Give the member a spin of wheel {@code wheel} of {@code games.wheels}, to spin later with a {@code Spin}. */
    void grantSpin(String wheel);

    /** Spin wheel {@code wheel} for the member now, free: a surprise reward drawn with the engine's random source. */
    void surprise(String wheel);

    /**
     * Pay {@code percent} % of the purchase's product lines back into {@code pointType} (a wallet, in
     * money), e.g. {@code cashback("wallet", "2")}. Lines that cannot earn on spend (delivery, unless
     * {@link #includeDelivery()}; excluded lines) get none; the minimum spend does not apply. The percentages of every cashback decision that matches a line are added; the cashback of all
     * lines is summed exactly and rounded once to the type's scale (a wallet: its currency's) by the
     * program's rounding mode. A partial refund takes back its share, like points earned on spend.
     */
    void cashback(String pointType, String percent);

    /** As {@link #cashback}, on lines of {@code category} only. */
    void cashbackOnCategory(String pointType, String category, String percent);

    /** As {@link #cashback}, on lines of {@code sku} only. */
    void cashbackOnSku(String pointType, String sku, String percent);

    /** As {@link #cashback}, on lines labelled {@code key=value} only (a product set the host tags). */
    void cashbackOnLabel(String pointType, String key, String value, String percent);
}
