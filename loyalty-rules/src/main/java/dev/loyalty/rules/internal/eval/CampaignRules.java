package dev.loyalty.rules.internal.eval;

import dev.loyalty.rules.facts.Campaign;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.definition.rule.Rule;

/**
 * Which rules can match a {@link Campaign}: those with a pattern of {@code Campaign} (or of a supertype)
 * anywhere in their conditions. Only their matches are searched for the campaign a decision ran under;
 * searching every match made a list of its facts for each rule that fired. A rule whose conditions
 * cannot be read counts as one that can. Thread-safe.
 */
final class CampaignRules {

    private final Map<Rule, Boolean> known = new ConcurrentHashMap<>();

    /** Whether {@code rule} can have matched a campaign. */
    boolean canMatch(Rule rule) {
        return known.computeIfAbsent(rule, CampaignRules::mentionsCampaign);
    }

    private static boolean mentionsCampaign(Rule rule) {
        return !(rule instanceof RuleImpl impl) || mentionsCampaign(impl.getLhs());
    }

    private static boolean mentionsCampaign(RuleConditionElement element) {
        if (element instanceof Pattern pattern) {
            if (!(pattern.getObjectType() instanceof ClassObjectType type)
                    || type.getClassType().isAssignableFrom(Campaign.class)) {
                return true;
            }
        }
        for (RuleConditionElement nested : element.getNestedElements()) {
            if (mentionsCampaign(nested)) {
                return true;
            }
        }
        return false;
    }
}
