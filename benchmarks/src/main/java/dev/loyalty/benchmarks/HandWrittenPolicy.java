package dev.loyalty.benchmarks;

import dev.loyalty.rules.facts.Campaign;
import dev.loyalty.rules.facts.Line;
import dev.loyalty.rules.facts.Member;
import dev.loyalty.rules.facts.Purchase;
import dev.loyalty.rules.facts.Today;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The policy of {@link BenchProgram} written in plain Java: the ceiling the rule engine is measured
 * against. It computes what the engine credits (with the same {@code BigDecimal} arithmetic: exact
 * products, one rounding down, then the cap), and a test keeps it equal to the engine's verdicts.
 */
public final class HandWrittenPolicy {

    private static final BigDecimal MINIMUM = new BigDecimal("5.00");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal THREE = BigDecimal.valueOf(3);
    private static final BigDecimal ONE_AND_A_HALF = new BigDecimal("1.5");
    private static final long CAP = 1000;

    private HandWrittenPolicy() {}

    /**
     * What one purchase earns.
     *
     * @param points spendable points: on spend and bonuses
     * @param status status points
     */
    public record Earned(long points, long status) {}

    /** What {@code facts} earn. */
    public static Earned earn(FactSet facts) {
        return earn(facts.member(), facts.purchase(), facts.today(), facts.campaigns());
    }

    /** What {@code purchase} by {@code member} on {@code today} during {@code campaigns} earns. */
    public static Earned earn(Member member, Purchase purchase, Today today, List<Campaign> campaigns) {
        boolean doubleWeek = false;
        boolean machinesMonth = false;
        for (Campaign campaign : campaigns) {
            doubleWeek |= campaign.getId().equals("double-week");
            machinesMonth |= campaign.getId().equals("machines-month");
        }
        boolean gold = member.getTier().equals("gold");
        boolean tiered = gold || member.getTier().equals("silver");
        BigDecimal spend = BigDecimal.ZERO;
        BigDecimal points = BigDecimal.ZERO;
        boolean anyEligible = false;
        for (Line line : purchase.getLines()) {
            if (!eligible(line, gold)) {
                continue;
            }
            anyEligible = true;
            BigDecimal total = line.getTotal();
            spend = spend.add(total);
            points = points.add(total.multiply(lineFactor(line, machinesMonth)));
        }
        long onSpend = 0;
        long status = 0;
        if (anyEligible && spend.compareTo(MINIMUM) >= 0) {
            if (tiered) {
                points = points.multiply(member.getEarnMultiplier());
            }
            if (doubleWeek) {
                points = points.multiply(TWO);
            }
            onSpend = Math.min(CAP, points.setScale(0, RoundingMode.DOWN).longValueExact());
            status = spend.setScale(0, RoundingMode.DOWN).longValueExact();
        }
        return new Earned(onSpend + bonuses(member, purchase, today), status);
    }

    private static boolean eligible(Line line, boolean gold) {
        if (line.isDelivery()) {
            return gold;
        }
        return !line.getCategory().equals("gift-cards") && !line.getSku().equals("BOTTLE-DEPOSIT")
                && !line.hasLabel("seller", "marketplace");
    }

    private static BigDecimal lineFactor(Line line, boolean machinesMonth) {
        BigDecimal factor = BigDecimal.ONE;
        if (line.isDelivery()) {
            return factor;
        }
        if (line.getCategory().equals("beans")) {
            factor = factor.multiply(TWO);
        }
        if (line.hasLabel("origin", "organic")) {
            factor = factor.multiply(ONE_AND_A_HALF);
        }
        if (line.getSku().equals("MUG-ACME")) {
            factor = factor.multiply(THREE);
        }
        if (machinesMonth && line.getCategory().equals("machines")) {
            factor = factor.multiply(ONE_AND_A_HALF);
        }
        return factor;
    }

    private static long bonuses(Member member, Purchase purchase, Today today) {
        BigDecimal spend = purchase.getSpend();
        long bonus = 0;
        if (member.getPurchaseCount() == 0 && spend.compareTo(BigDecimal.TEN) >= 0) {
            bonus += 100;
        }
        if (today.isBirthday()) {
            bonus += 200;
        }
        if (today.getWeekday().equals("SATURDAY") && spend.compareTo(BigDecimal.valueOf(20)) >= 0) {
            bonus += 25;
        }
        if (spend.compareTo(BigDecimal.valueOf(200)) >= 0) {
            bonus += 300;
        } else if (spend.compareTo(BigDecimal.valueOf(100)) >= 0) {
            bonus += 120;
        } else if (spend.compareTo(BigDecimal.valueOf(50)) >= 0) {
            bonus += 40;
        }
        return bonus;
    }
}
