package dev.loyalty.rules.internal.load;

import java.util.LinkedHashMap;
import java.util.Map;

/** Picks the DRL files to load from those present, by the {@code rules:} list of program.yaml if there is one. */
final class RuleFiles {

    private RuleFiles() {}

    /**
     * {@code present} (by name {@code rules/x.drl}, sorted) if nothing is listed; else the listed files in
     * listed order, with a problem for each listed file that is missing and each present file not listed.
     */
    static Map<String, String> select(Map<String, String> present, Declared declared, Problems problems) {
        if (declared.ruleFiles.isEmpty()) {
            return present;
        }
        Map<String, String> selected = new LinkedHashMap<>();
        for (Declared.RuleFile file : declared.ruleFiles.get()) {
            String name = "rules/" + file.name();
            String text = present.get(name);
            if (text == null) {
                problems.add(ProgramReader.FILE, file.line(), "rule file '" + file.name()
                        + "' is listed under 'rules:' but " + name + " does not exist");
            } else {
                selected.put(name, text);
            }
        }
        present.keySet().stream().filter(name -> !selected.containsKey(name)).forEach(name -> problems.add(name, 0,
                "this file is not listed under 'rules:' in program.yaml: list it there, or remove it"));
        return selected;
    }
}
