package dev.loyalty.rules.internal.handle;

import dev.loyalty.core.ledger.Reason;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.Explanation;
import dev.loyalty.rules.facts.Event;
import dev.loyalty.rules.internal.eval.Credit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reasons the engine records on entries, with the details {@code Explanation} reads back: the rules,
 * the campaign, the program and the event type.
 */
final class Reasons {

    static final String RULES = Explanation.RULES;
    static final String CAMPAIGN = Explanation.CAMPAIGN;
    static final String PROGRAM = Explanation.PROGRAM;
    static final String EVENT = Explanation.EVENT;
    static final String NOTE = Explanation.NOTE;
    /** What the purchase paid, on entries of what it earned on spend: a partial refund takes back its share. */
    static final String TOTAL = "total";

    private Reasons() {}

    /** {@code name@version}. */
    static String program(CompiledProgram program) {
        return program.name() + "@" + program.version();
    }

    static Reason credit(Credit credit, CompiledProgram program, Event event, String purchaseTotal) {
        Map<String, String> details = base(program, event);
        details.put(RULES, String.join(", ", credit.rules()));
        credit.campaign().ifPresent(campaign -> details.put(CAMPAIGN, campaign));
        credit.note().ifPresent(note -> details.put(NOTE, note));
        if (credit.onSpend() && !purchaseTotal.isEmpty()) {
            details.put(TOTAL, purchaseTotal);
        }
        return new Reason(Reason.Source.RULE, credit.rule(), details);
    }

    static Reason of(Reason.Source source, String name, CompiledProgram program, Event event, List<String> rules) {
        Map<String, String> details = base(program, event);
        if (!rules.isEmpty()) {
            details.put(RULES, String.join(", ", rules));
        }
        return new Reason(source, name, details);
    }

    private static Map<String, String> base(CompiledProgram program, Event event) {
        Map<String, String> details = new TreeMap<>();
        details.put(PROGRAM, program(program));
        details.put(EVENT, event.getType());
        return details;
    }
}
