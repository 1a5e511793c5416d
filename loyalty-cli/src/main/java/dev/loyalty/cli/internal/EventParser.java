package dev.loyalty.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.loyalty.core.MemberId;
import dev.loyalty.core.member.Member;
import dev.loyalty.core.member.MemberBuilder;
import dev.loyalty.rules.facts.Activity;
import dev.loyalty.rules.facts.Enrollment;
import dev.loyalty.rules.facts.Event;
import dev.loyalty.rules.facts.Line;
import dev.loyalty.rules.facts.Purchase;
import dev.loyalty.rules.facts.RedemptionRequest;
import dev.loyalty.rules.facts.Referral;
import dev.loyalty.rules.facts.Refund;
import dev.loyalty.rules.facts.Spin;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Turns one event, as a JSON object, into a {@link Step}: the format of {@code docs/events.md}, checked
 * field by field. Throws {@link BadInputException} saying what is wrong (the caller adds where).
 */
public final class EventParser {

    /** The event types, as the {@code type} field names them. */
    public static final List<String> TYPES = List.of("enroll", "purchase", "refund", "activity", "referral", "redeem", "spin", "advance");

    private final ZoneId defaultZone;

    /** Enrollments without a {@code zone} get {@code defaultZone} (the program's). */
    public EventParser(ZoneId defaultZone) {
        this.defaultZone = defaultZone;
    }

    /** The step for {@code node}, which was line (or position) {@code line}. */
    public Step parse(JsonNode node, int line) {
        Fields fields = Fields.of(node, "", "an event");
        String type = fields.text("type");
        Instant at = fields.instant("at");
        if (type.equals("advance")) {
            fields.noOthers();
            return new Step.Advance(line, at);
        }
        if (!TYPES.contains(type)) {
            throw new BadInputException("unknown event type '" + type + "'; known: " + String.join(", ", TYPES));
        }
        MemberId member = MemberId.of(fields.text("member"));
        Event event = type.equals("enroll") ? enroll(fields, member, at) : event(type, fields, fields.text("id"), member, at);
        fields.noOthers();
        return new Step.Handle(line, event);
    }

    private Event event(String type, Fields fields, String id, MemberId member, Instant at) {
        try {
            return switch (type) {
                case "purchase" -> purchase(fields, id, member, at);
                case "refund" -> refund(fields, id, member, at);
                case "activity" -> Activity.of(id, member, at, fields.text("kind"));
                case "referral" -> Referral.of(id, member, at, MemberId.of(fields.text("invitee")), fields.text("stage"));
                case "spin" -> Spin.of(id, member, at, fields.text("wheel"));
                default -> redeem(fields, id, member, at);
            };
        } catch (BadInputException e) {
            throw new BadInputException(type + " '" + id + "': " + e.getMessage());
        }
    }

    private Event enroll(Fields fields, MemberId member, Instant at) {
        fields.optionalText("id").filter(id -> !id.equals("enroll:" + member)).ifPresent(id -> {
            throw new BadInputException("an enrollment's id is always 'enroll:" + member + "', but was '" + id + "'");
        });
        MemberBuilder builder = Member.builder(member, fields.optionalText("name").orElse(member.toString()), at,
                fields.optionalZone("zone").orElse(defaultZone));
        fields.optionalDate("birthday").ifPresent(builder::birthday);
        fields.stringPairs("attributes").forEach(pair -> builder.attribute(pair[0], pair[1]));
        return Enrollment.of(builder.build());
    }

    private static Event purchase(Fields fields, String id, MemberId member, Instant at) {
        String currency = fields.text("currency");
        if (!currency.matches("[A-Z]{3}")) {
            throw fields.wrong("currency", "an ISO 4217 code such as EUR", TextNode.valueOf(currency));
        }
        List<Fields> lines = fields.objects("lines");
        Optional<BigDecimal> amount = fields.optionalDecimal("amount");
        if (lines.isEmpty()) {
            if (amount.isEmpty()) {
                throw new BadInputException("a purchase needs 'lines' or 'amount' (with 'category')");
            }
            String category = fields.text("category");
            return Purchase.of(id, member, at, currency).withLine(Line.of(category, category, 1, amount.get()));
        }
        Purchase purchase = Purchase.of(id, member, at, currency);
        for (Fields line : lines) {
            purchase = purchase.withLine(line(line));
        }
        BigDecimal delivery = fields.optionalDecimal("delivery").orElse(null);
        if (delivery != null) {
            purchase = purchase.withLine(Line.delivery(delivery.toPlainString()));
        }
        if (amount.isPresent() && amount.get().compareTo(purchase.getTotal()) != 0) {
            throw new BadInputException("'amount' " + amount.get().toPlainString() + " is not the total of the lines and delivery, "
                    + purchase.getTotal().toPlainString());
        }
        return purchase;
    }

    private static Line line(Fields line) {
        Line result = Line.of(line.text("sku"), line.text("category"), Math.toIntExact(line.whole("quantity", 1)),
                line.decimal("unitPrice"));
        for (String[] label : line.stringPairs("labels")) {
            result = result.withLabel(label[0], label[1]);
        }
        line.noOthers();
        return result;
    }

    private static Event refund(Fields fields, String id, MemberId member, Instant at) {
        String purchase = fields.text("purchase");
        Optional<BigDecimal> amount = fields.optionalDecimal("amount");
        List<Fields> lines = fields.objects("lines");
        if (!lines.isEmpty()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Fields line : lines) {
                sum = sum.add(line(line).getTotal());
            }
            if (amount.isPresent() && amount.get().compareTo(sum) != 0) {
                throw new BadInputException("'amount' " + amount.get().toPlainString() + " is not the total of the lines, " + sum.toPlainString());
            }
            amount = Optional.of(sum);
        }
        return amount.map(value -> Refund.partial(id, member, at, purchase, value.toPlainString()))
                .orElseGet(() -> Refund.full(id, member, at, purchase));
    }

    private static Event redeem(Fields fields, String id, MemberId member, Instant at) {
        boolean reward = fields.has("reward");
        boolean points = fields.has("points");
        if (reward == points) {
            throw new BadInputException("a redemption needs either 'reward' or 'points' (with 'pointType'), not "
                    + (reward ? "both" : "neither"));
        }
        if (reward) {
            return RedemptionRequest.reward(id, member, at, fields.text("reward"));
        }
        return RedemptionRequest.points(id, member, at, fields.text("pointType"), fields.whole("points", 0));
    }
}
