package dev.loyalty.rules.engine;

import dev.loyalty.core.MemberId;
import dev.loyalty.rules.facts.Activity;
import dev.loyalty.rules.facts.Enrollment;
import dev.loyalty.rules.facts.Event;
import dev.loyalty.rules.facts.Line;
import dev.loyalty.rules.facts.Purchase;
import dev.loyalty.rules.facts.RedemptionRequest;
import dev.loyalty.rules.facts.Refund;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded event histories for many members: round r holds every member's r-th event, so handling the
 * rounds in order keeps each member's events in order while members are handled in any order.
 */
final class EventScript {

    private static final String[] CATEGORIES = {"beans", "cups", "machines", "gift-cards"};

    private EventScript() {}

    static List<List<Event>> rounds(int members, int eventsPerMember, long seed) {
        Random random = new Random(seed);
        List<List<Event>> rounds = new ArrayList<>();
        List<List<String>> purchases = new ArrayList<>();
        rounds.add(new ArrayList<>());
        for (int m = 0; m < members; m++) {
            rounds.get(0).add(Enrollment.of(Shop.member(id(m))));
            purchases.add(new ArrayList<>());
        }
        for (int r = 1; r <= eventsPerMember; r++) {
            List<Event> round = new ArrayList<>();
            for (int m = 0; m < members; m++) {
                Instant at = Shop.JAN_1.plus(Duration.ofHours(r * 7L)).plusSeconds(m);
                round.add(event(random, MemberId.of(id(m)), r, at, purchases.get(m)));
            }
            rounds.add(round);
        }
        return rounds;
    }

    static String id(int member) {
        return "m" + member;
    }

    private static Event event(Random random, MemberId member, int round, Instant at, List<String> purchases) {
        int dice = random.nextInt(10);
        String key = member + "-e" + round;
        if (dice < 6 || purchases.isEmpty()) {
            purchases.add(key);
            Purchase purchase = Purchase.of(key, member, at, "EUR")
                    .withLine(Line.of("SKU" + random.nextInt(50), CATEGORIES[random.nextInt(CATEGORIES.length)],
                            1 + random.nextInt(3), BigDecimal.valueOf(100 + random.nextInt(30_000), 2)));
            return random.nextBoolean() ? purchase.withLine(Line.delivery("4.95")) : purchase;
        }
        String earlier = purchases.get(random.nextInt(purchases.size()));
        return switch (dice) {
            case 6 -> Activity.of(key, member, at, "review");
            case 7 -> Refund.full(key, member, at, earlier);
            case 8 -> RedemptionRequest.reward(key, member, at, "mug");
            default -> RedemptionRequest.points(key, member, at, "points", 10 + random.nextInt(200));
        };
    }
}
