package dev.loyalty.benchmarks;

import dev.loyalty.rules.facts.Award;
import dev.loyalty.rules.facts.Decisions;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A minimal {@link Decisions} for the session strategies that do not go through the engine's
 * {@code Evaluator}: it only counts the decisions and adds up a hash of each (order-independent, no
 * allocation), so a benchmark measures Drools rather than the engine's bookkeeping, and a test can check
 * that every strategy made the same decisions. It does not compute points. Not thread-safe.
 */
public final class Tally implements Decisions, Award {

    private long calls;
    private long sum;

    /** Forgets every decision, for the next evaluation. */
    public void reset() {
        calls = 0;
        sum = 0;
    }

    /** How many decisions were made. */
    public long calls() {
        return calls;
    }

    /** A value that is equal for equal multisets of decisions. */
    public long checksum() {
        return sum * 31 + calls;
    }

    private void record(int kind, @Nullable Object first, @Nullable Object second, @Nullable Object third) {
        record(kind, first, second, third, null);
    }

    private void record(int kind, @Nullable Object first, @Nullable Object second, @Nullable Object third,
            @Nullable Object fourth) {
        calls++;
        long hash = kind;
        hash = hash * 1_000_003 + Objects.hashCode(first);
        hash = hash * 1_000_003 + Objects.hashCode(second);
        hash = hash * 1_000_003 + Objects.hashCode(third);
        hash = hash * 1_000_003 + Objects.hashCode(fourth);
        sum += hash * 0x9E3779B97F4A7C15L;
    }

    private void record(int kind, @Nullable Object first, long second) {
        calls++;
        sum += ((kind * 1_000_003L + Objects.hashCode(first)) * 1_000_003L + second) * 0x9E3779B97F4A7C15L;
    }

    @Override
    public void earnPerUnit(String pointType, String rate) {
        record(1, pointType, rate, null);
    }

    @Override
    public void earnPerUnit(String pointType, BigDecimal rate) {
        record(2, pointType, rate, null);
    }

    @Override
    public void earnPerUnit(String pointType, long rate) {
        record(3, pointType, rate);
    }

    @Override
    public void excludeCategory(String category) {
        record(4, category, null, null);
    }

    @Override
    public void excludeSku(String sku) {
        record(5, sku, null, null);
    }

    @Override
    public void excludeLabel(String key, String value) {
        record(6, key, value, null);
    }

    @Override
    public void includeDelivery() {
        record(7, null, null, null);
    }

    @Override
    public void minimumSpend(String amount) {
        record(8, amount, null, null);
    }

    @Override
    public void multiply(String pointType, String factor) {
        record(9, pointType, factor, null);
    }

    @Override
    public void multiply(String pointType, BigDecimal factor) {
        record(10, pointType, factor, null);
    }

    @Override
    public void multiplyCategory(String pointType, String category, String factor) {
        record(11, pointType, category, factor);
    }

    @Override
    public void multiplySku(String pointType, String sku, String factor) {
        record(12, pointType, sku, factor);
    }

    @Override
    public void multiplyLabel(String pointType, String key, String value, String factor) {
        record(13, pointType, key, value, factor);
    }

    @Override
    public void cap(String pointType, long max) {
        record(14, pointType, max);
    }

    @Override
    public Award award(String pointType, long amount) {
        record(15, pointType, amount);
        return this;
    }

    @Override
    public Award award(String pointType, String amount) {
        record(16, pointType, amount, null);
        return this;
    }

    @Override
    public void grant(String reward) {
        record(17, reward, null, null);
    }

    @Override
    public void notify(String template) {
        record(18, template, null, null);
    }

    @Override
    public void reject(String code, String message) {
        record(19, code, message, null);
    }

    @Override
    public void stop() {
        record(20, null, null, null);
    }

    @Override
    public Award expiresInDays(int days) {
        record(21, null, days);
        return this;
    }

    @Override
    public Award pendingForDays(int days) {
        record(22, null, days);
        return this;
    }

    @Override
    public Award because(String note) {
        record(23, note, null, null);
        return this;
    }

    @Override
    public void badge(String badge) {
        record(25, badge, null, null);
    }

    @Override
    public void cashback(String pointType, String percent) {
        record(26, pointType, percent, null);
    }

    @Override
    public void cashbackOnCategory(String pointType, String category, String percent) {
        record(27, pointType, category, percent);
    }

    @Override
    public void cashbackOnSku(String pointType, String sku, String percent) {
        record(28, pointType, sku, percent);
    }

    @Override
    public void cashbackOnLabel(String pointType, String key, String value, String percent) {
        record(29, pointType, key, value, percent);
    }

    @Override
    public Award fromBudget(String budget) {
        record(24, budget, null, null);
        return this;
    }

    @Override
    public void grantSpin(String wheel) {
        record(30, wheel, null, null);
    }

    @Override
    public void surprise(String wheel) {
        record(31, wheel, null, null);
    }
}
