package dev.loyalty.rules.internal.load;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.parser.ParserError;
import org.kie.internal.builder.KnowledgeBuilderResult;

/**
 * Turns Drools' compilation errors into problems a rule author understands: the file, the line and,
 * where it can be found, the column; the rule; and for the common mistakes (a misspelt fact type or
 * field, a missing {@code decisions} global, a syntax error) what to do about it.
 */
final class DroolsProblems {

    private static final Pattern PARSER_PREFIX = Pattern.compile("^\\[ERR \\d+\\] Line \\d+:\\d+ ");
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '([^']+)'");
    private static final Pattern UNKNOWN_FIELD = Pattern.compile(
            "unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern UNRESOLVED = Pattern.compile("Rule Compilation error (\\w+) cannot be resolved");
    private static final Pattern UNDEFINED_METHOD = Pattern.compile("The method (\\w+)\\(");
    private static final String DECISIONS = "global dev.loyalty.rules.facts.Decisions decisions;";

    private final List<DrlFile> files;
    private final RuleIndex rules;
    private final FactTypes facts;
    private final Problems problems;

    DroolsProblems(List<DrlFile> files, RuleIndex rules, FactTypes facts, Problems problems) {
        this.files = files;
        this.rules = rules;
        this.facts = facts;
        this.problems = problems;
    }

    void add(KnowledgeBuilderResult error) {
        String message = error.getMessage();
        if (message.contains("Parser returned a null Package") || message.startsWith("Duplicate rule name")
                || message.matches("(?s).*The type Rule_\\w+ is already defined.*")) {
            return; // follows from another error, or reported by RuleIndex across all files
        }
        DrlFile file = file(error);
        int line = error.getLines().length > 0 ? Math.max(0, error.getLines()[0]) : 0;
        if (error instanceof ParserError parserError) {
            String text = PARSER_PREFIX.matcher(message).replaceFirst("");
            problems.add(file.name(), line, parserError.getCol() + 1, "syntax error: " + text);
            return;
        }
        Matcher type = UNKNOWN_TYPE.matcher(message);
        if (type.find()) {
            String name = type.group(1);
            if (facts.known().contains(name)) {
                problems.add(file.name(), line, file.columnOf(line, name), "fact type '" + name + "' is not imported"
                        + rules.in(file.name(), line) + ": add 'import dev.loyalty.rules.facts.*;' after the package");
                return;
            }
            problems.add(file.name(), line, file.columnOf(line, name), "unknown fact type '" + name + "'"
                    + rules.in(file.name(), line) + " — known fact types: " + String.join(", ", facts.known())
                    + facts.suggestion(name));
            return;
        }
        Matcher field = UNKNOWN_FIELD.matcher(message);
        if (field.find()) {
            String owner = field.group(1);
            String name = field.group(2);
            List<String> known = facts.fields(owner);
            String simple = owner.substring(Math.max(owner.lastIndexOf('.'), owner.lastIndexOf('$')) + 1);
            problems.add(file.name(), line, file.columnOf(line, name), "unknown field '" + name + "' of " + simple
                    + rules.in(file.name(), line) + " — " + simple + " has: " + String.join(", ", known)
                    + FactTypes.closest(name, known).map(s -> "; did you mean '" + s + "'?").orElse(""));
            return;
        }
        consequence(file, line, message);
    }

    /** Errors in a rule's consequence: Drools gives the rule's line; find the offending word in the rule. */
    private void consequence(DrlFile file, int line, String message) {
        String text = message.replaceFirst("^Rule Compilation error ", "").lines().findFirst().orElse(message).trim();
        Matcher unresolved = UNRESOLVED.matcher(message);
        Matcher method = UNDEFINED_METHOD.matcher(message);
        String word = unresolved.find() ? unresolved.group(1) : method.find() ? method.group(1) : null;
        int at = line;
        if (word != null) {
            int end = rules.at(file.name(), line).map(r -> rules.endOf(r, file.lineCount())).orElse(file.lineCount());
            int found = file.lineOf(word, line, end);
            at = found > 0 ? found : line;
        }
        int column = word == null ? 0 : file.columnOf(at, word);
        if ("decisions".equals(word)) {
            problems.add(file.name(), at, column, "the global 'decisions' is not declared" + rules.in(file.name(), at)
                    + ": add '" + DECISIONS + "' after the imports");
        } else {
            problems.add(file.name(), at, column, text + rules.in(file.name(), at));
        }
    }

    private DrlFile file(KnowledgeBuilderResult error) {
        String path = error.getResource() == null ? null : error.getResource().getSourcePath();
        return files.stream().filter(f -> f.name().equals(path)).findFirst()
                .orElseGet(() -> files.isEmpty() ? DrlFile.of("rules", "") : files.get(0));
    }
}
