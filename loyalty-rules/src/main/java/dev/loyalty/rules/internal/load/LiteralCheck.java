package dev.loyalty.rules.internal.load;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the string and number literals of DRL files against the program, before Drools runs: ids of
 * point types, tiers, campaigns, rewards and segments that the program does not declare, and negative
 * numbers given as rates, factors, caps or amounts.
 *
 * <p>A scan of the text (comments ignored), not an analysis of the code. It sees literals written
 * directly in these places: {@code decisions.award/earnPerUnit/multiply/multiplyCategory/multiplySku/
 * multiplyLabel/cap("<point type>", ...)} and their numeric arguments; {@code pointType == "<point type>"};
 * {@code tier == "<tier>"}; {@code Campaign(... id == "<campaign>" ...)}; {@code reward == "<reward>"} and
 * {@code decisions.grant("<reward>")}; {@code inSegment("<segment>")} and {@code segments contains
 * "<segment>"}; {@code hasBadge("<badge>")} and {@code decisions.badge("<badge>")}. It does not see ids
 * built at run time, held in variables or constants, compared the other
 * way round ({@code "gold" == tier}) or written with {@code !=}, {@code in (...)} or {@code matches}; such
 * mistakes show only when the rule runs.
 */
final class LiteralCheck {

    private static final String ID = "\"([^\"\\n]*)\"";
    private static final Pattern POINT_TYPE_CALL = Pattern.compile(
            "\\bdecisions\\s*\\.\\s*(award|earnPerUnit|multiply|multiplyCategory|multiplySku|multiplyLabel|cap|cashback|cashbackOnCategory|cashbackOnSku|cashbackOnLabel)\\s*\\(");
    private static final Pattern FIRST_ARG = Pattern.compile("\\G\\s*" + ID);
    private static final Pattern NEGATIVE = Pattern.compile("(?<=[(,])\\s*(\"?-\\s*\\d[\\d.]*\"?)");
    private static final Pattern POINT_TYPE = Pattern.compile("\\bpointType\\s*==\\s*" + ID);
    private static final Pattern TIER = Pattern.compile("\\btier\\s*==\\s*" + ID);
    private static final Pattern CAMPAIGN = Pattern.compile("\\bCampaign\\s*\\(([^)]*)\\)");
    private static final Pattern CAMPAIGN_ID = Pattern.compile("\\bid\\s*==\\s*" + ID);
    private static final Pattern REWARD = Pattern.compile("(?:\\breward\\s*==\\s*|\\bdecisions\\s*\\.\\s*grant\\s*\\(\\s*)" + ID);
    private static final Pattern BADGE = Pattern.compile("(?:\\bhasBadge\\s*\\(\\s*|\\bdecisions\\s*\\.\\s*badge\\s*\\(\\s*)" + ID);
    private static final Pattern BUDGET = Pattern.compile("\\.\\s*fromBudget\\s*\\(\\s*" + ID);
    private static final Pattern SEGMENT = Pattern.compile("(?:\\binSegment\\s*\\(\\s*|\\bsegments\\s+contains\\s+)" + ID);

    private final Declared declared;
    private final RuleIndex rules;
    private final Problems problems;

    LiteralCheck(Declared declared, RuleIndex rules, Problems problems) {
        this.declared = declared;
        this.rules = rules;
        this.problems = problems;
    }

    void check(List<DrlFile> files) {
        for (DrlFile file : files) {
            calls(file);
            ids(file, POINT_TYPE, 1, declared.pointTypes, "");
            ids(file, TIER, 1, declared.tiers, "");
            ids(file, REWARD, 1, declared.rewards, "");
            ids(file, SEGMENT, 1, declared.segments, "");
            ids(file, BADGE, 1, declared.badges, "");
            ids(file, BUDGET, 1, declared.budgets, "");
            Matcher campaign = CAMPAIGN.matcher(file.code());
            while (campaign.find()) {
                Matcher id = CAMPAIGN_ID.matcher(file.code()).region(campaign.start(1), campaign.end(1));
                if (id.find()) {
                    report(file, id.start(1), declared.campaigns, id.group(1), "");
                }
            }
        }
    }

    private void calls(DrlFile file) {
        Matcher call = POINT_TYPE_CALL.matcher(file.code());
        while (call.find()) {
            String method = "decisions." + call.group(1);
            Matcher first = FIRST_ARG.matcher(file.code()).region(call.end(), file.code().length());
            if (first.find()) {
                report(file, first.start(1), declared.pointTypes, first.group(1), " in " + method);
            }
            int close = closingParen(file.code(), call.end() - 1);
            Matcher negative = NEGATIVE.matcher(file.code()).region(call.end() - 1, close);
            while (negative.find()) {
                int at = negative.start(1);
                problems.add(file.name(), file.line(at), file.column(at), "negative number " + negative.group(1)
                        + " in " + method + rules.in(file.name(), file.line(at))
                        + ": rates, factors, caps and amounts must be >= 0");
            }
        }
    }

    private void ids(DrlFile file, Pattern pattern, int group, Ids ids, String where) {
        Matcher m = pattern.matcher(file.code());
        while (m.find()) {
            report(file, m.start(group), ids, m.group(group), where);
        }
    }

    private void report(DrlFile file, int quoteStart, Ids ids, String id, String where) {
        if (ids.has(id)) {
            return;
        }
        int at = quoteStart - 1; // the opening quote
        int line = file.line(at);
        problems.add(file.name(), line, file.column(at), ids.unknown(id) + where + rules.in(file.name(), line));
    }

    /** The offset of the parenthesis closing the one at {@code open}, skipping strings; the text's end if none. */
    private static int closingParen(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                int end = code.indexOf('"', i + 1);
                i = end < 0 ? code.length() : end;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return code.length();
    }
}
