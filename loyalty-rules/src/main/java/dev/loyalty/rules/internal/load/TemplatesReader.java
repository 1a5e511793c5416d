package dev.loyalty.rules.internal.load;

import dev.loyalty.rules.program.MessageTemplate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads {@code notifications.templates}: template id to language to text. */
final class TemplatesReader {

    /** The values messages carry, so the placeholders a template may use. */
    static final List<String> PLACEHOLDERS = List.of("name", "balance", "points", "deadline", "tier", "tierName",
            "previousTier", "reward", "rewardName", "suggestions", "order", "sku", "days", "deadlineDate", "deadlinePoints");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private TemplatesReader() {}

    static Map<String, MessageTemplate> read(Section notifications, String defaultLocale) {
        Map<String, MessageTemplate> templates = new LinkedHashMap<>();
        notifications.node("templates", false).ifPresent(node -> {
            if (!(node instanceof YamlNode.Mapping mapping)) {
                notifications.problemAt("templates", "'templates' must be a mapping of template ids, but was " + node.describe());
                return;
            }
            for (YamlNode.Entry entry : mapping.entries().values()) {
                template(notifications, entry, defaultLocale).ifPresent(t -> templates.put(t.id(), t));
            }
        });
        return templates;
    }

    private static java.util.Optional<MessageTemplate> template(Section notifications, YamlNode.Entry entry, String defaultLocale) {
        String id = entry.key();
        if (!Ids.LONG.matcher(id).matches()) {
            notifications.problem(entry.line(), "template id must be 1 to 64 of [a-z0-9_.-], but was '" + id + "'");
            return java.util.Optional.empty();
        }
        if (!(entry.value() instanceof YamlNode.Mapping texts)) {
            notifications.problem(entry.line(), "template '" + id + "' must map languages to texts, but was "
                    + entry.value().describe());
            return java.util.Optional.empty();
        }
        Map<String, String> byLanguage = new LinkedHashMap<>();
        for (YamlNode.Entry text : texts.entries().values()) {
            if (!LANGUAGE.matcher(text.key()).matches()) {
                notifications.problem(text.line(), "template '" + id + "': language must be a tag such as en or de-CH, but was '"
                        + text.key() + "'");
            } else if (text.value() instanceof YamlNode.Scalar scalar && scalar.text() != null) {
                byLanguage.put(text.key(), scalar.text());
            } else {
                notifications.problem(text.line(), "template '" + id + "' in '" + text.key() + "' must be a text, but was "
                        + text.value().describe());
            }
        }
        if (!byLanguage.containsKey(defaultLocale)) {
            notifications.problem(entry.line(), "template '" + id + "' has no text in the default locale '" + defaultLocale + "'");
            return java.util.Optional.empty();
        }
        MessageTemplate template = new MessageTemplate(id, byLanguage);
        Set<String> used = template.placeholders();
        for (String key : used) {
            if (!PLACEHOLDERS.contains(key)) {
                notifications.problem(entry.line(), "template '" + id + "' uses unknown placeholder '{{" + key + "}}' (known: "
                        + String.join(", ", PLACEHOLDERS) + ")");
            }
        }
        return java.util.Optional.of(template);
    }
}
