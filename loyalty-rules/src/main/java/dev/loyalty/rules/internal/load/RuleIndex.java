package dev.loyalty.rules.internal.load;

import dev.loyalty.rules.program.RuleInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of a program found by scanning the DRL text for {@code rule "name"} at the start of a line
 * (comments ignored), so that rules are known even in files Drools cannot parse. Reports rule names
 * used twice anywhere in the program: outcomes name rules, so names must be unique.
 */
final class RuleIndex {

    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule[ \\t]+(?:\"([^\"\\n]+)\"|'([^'\\n]+)'|([^\\s\"']+))");

    private final List<RuleInfo> rules = new ArrayList<>();

    RuleIndex(List<DrlFile> files, Problems problems) {
        Map<String, RuleInfo> byName = new HashMap<>();
        for (DrlFile file : files) {
            Matcher m = RULE.matcher(file.code());
            while (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                RuleInfo rule = new RuleInfo(name, file.name(), file.line(m.start(0)));
                RuleInfo first = byName.putIfAbsent(name, rule);
                if (first != null) {
                    problems.add(file.name(), rule.line(), file.columnOf(rule.line(), "rule"), "duplicate rule name '"
                            + name + "' (first at " + first.file() + ":" + first.line() + "); rule names must be unique in the program");
                } else {
                    rules.add(rule);
                }
            }
        }
    }

    /** The rules, in file order. */
    List<RuleInfo> rules() {
        return List.copyOf(rules);
    }

    /** The rule of {@code file} that {@code line} is in: the last one starting at or before it. */
    Optional<RuleInfo> at(String file, int line) {
        RuleInfo found = null;
        for (RuleInfo rule : rules) {
            if (rule.file().equals(file) && rule.line() <= line) {
                found = rule;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The last line of {@code rule}: the line before the next rule of its file, or {@code lastLine}. */
    int endOf(RuleInfo rule, int lastLine) {
        return rules.stream().filter(r -> r.file().equals(rule.file()) && r.line() > rule.line())
                .mapToInt(r -> r.line() - 1).min().orElse(lastLine);
    }

    /** {@code " in rule 'base earn'"} for the rule at {@code line}, or nothing outside rules. */
    String in(String file, int line) {
        return at(file, line).map(rule -> " in rule '" + rule.name() + "'").orElse("");
    }
}
