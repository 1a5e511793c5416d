package dev.loyalty.rules.facts;

import dev.loyalty.core.InvalidRequestException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One line of a purchase: a product (or delivery) bought in some quantity at a unit price.
 *
 * <pre>{@code
 * Line.of("BEANS-1KG", "beans", 2, "14.90").withLabel("origin", "ethiopia")
 * Line.delivery("4.95")
 * }</pre>
 */
public final class Line {

    private final String sku;
    private final String category;
    private final int quantity;
    private final BigDecimal unitPrice;
    private final Map<String, String> labels;
    private final boolean delivery;
    private final BigDecimal total;

    private Line(String sku, String category, int quantity, BigDecimal unitPrice, Map<String, String> labels, boolean delivery) {
        this.sku = Events.name("sku", sku);
        this.category = Events.name("category", category);
        this.quantity = quantity;
        this.unitPrice = Objects.requireNonNull(unitPrice, "unitPrice");
        this.labels = Map.copyOf(labels);
        this.delivery = delivery;
        this.total = unitPrice.multiply(BigDecimal.valueOf(quantity));
        if (quantity <= 0) {
            throw new InvalidRequestException("quantity of line '" + sku + "' must be > 0, but was " + quantity);
        }
        if (unitPrice.signum() < 0) {
            throw new InvalidRequestException("unit price of line '" + sku + "' must be >= 0, but was " + unitPrice.toPlainString());
        }
    }

    /** A product line; {@code unitPrice} in the purchase's currency, e.g. {@code "14.90"}. */
    public static Line of(String sku, String category, int quantity, String unitPrice) {
        return of(sku, category, quantity, new BigDecimal(unitPrice));
    }

    /** A product line. */
    public static Line of(String sku, String category, int quantity, BigDecimal unitPrice) {
        return new Line(sku, category, quantity, unitPrice, Map.of(), false);
    }

    /** A delivery or shipping line (sku and category {@code delivery}); it earns nothing unless a rule says so. */
    public static Line delivery(String price) {
        return new Line("delivery", "delivery", 1, new BigDecimal(price), Map.of(), true);
    }

    /** A copy with one more label, e.g. {@code withLabel("brand", "acme")}. */
    public Line withLabel(String key, String value) {
        Map<String, String> more = new TreeMap<>(labels);
        more.put(Events.name("label key", key), Objects.requireNonNull(value, "value"));
        return new Line(sku, category, quantity, unitPrice, more, delivery);
    }

    /** The product's stock-keeping unit. */
    public String getSku() {
        return sku;
    }

    /** The product's category. */
    public String getCategory() {
        return category;
    }

    /** How many were bought; more than zero. */
    public int getQuantity() {
        return quantity;
    }

    /** The price of one, in the purchase's currency. */
    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    /** Unit price times quantity. */
    public BigDecimal getTotal() {
        return total;
    }

    /** The labels (key=value), e.g. {@code brand=acme}. */
    public Map<String, String> getLabels() {
        return labels;
    }

    /** Whether the line has label {@code key} with {@code value}. */
    public boolean hasLabel(String key, String value) {
        return value.equals(labels.get(key));
    }

    /** Whether this is a delivery or shipping line. */
    public boolean isDelivery() {
        return delivery;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Line other && sku.equals(other.sku) && category.equals(other.category) && quantity == other.quantity
                && unitPrice.compareTo(other.unitPrice) == 0 && labels.equals(other.labels) && delivery == other.delivery;
    }

    @Override
    public int hashCode() {
        return Objects.hash(sku, category, quantity, unitPrice.stripTrailingZeros(), labels, delivery);
    }

    @Override
    public String toString() {
        return (delivery ? "delivery " : "") + quantity + " x " + sku + " (" + category + ") @ " + unitPrice.toPlainString()
                + (labels.isEmpty() ? "" : " " + labels);
    }
}
