package dev.loyalty.benchmarks;

import dev.loyalty.rules.facts.Campaign;
import dev.loyalty.rules.facts.Member;
import dev.loyalty.rules.facts.Purchase;
import dev.loyalty.rules.facts.Today;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts of one purchase as the engine gives them to the rules: the member, the purchase, the
 * member's day and the campaigns running for the member.
 *
 * @param member the member, as of just before the purchase
 * @param purchase the purchase
 * @param today the purchase's date in the member's time zone
 * @param campaigns the campaigns running for the member
 * @param facts all of the above, in the order the engine inserts them
 */
public record FactSet(Member member, Purchase purchase, Today today, List<Campaign> campaigns, List<Object> facts) {

    /** Copies the lists. */
    public FactSet {
        campaigns = List.copyOf(campaigns);
        facts = List.copyOf(facts);
    }

    /** The fact set of {@code purchase} by {@code member} on {@code today} during {@code campaigns}. */
    public static FactSet of(Member member, Purchase purchase, Today today, List<Campaign> campaigns) {
        List<Object> facts = new ArrayList<>();
        facts.add(member);
        facts.add(purchase);
        facts.add(today);
        facts.addAll(campaigns);
        return new FactSet(member, purchase, today, campaigns, facts);
    }
}
