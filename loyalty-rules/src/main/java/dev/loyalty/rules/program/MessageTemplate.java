package dev.loyalty.rules.program;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message's text in each language, with placeholders such as {@code {{name}}} that are filled from the
 * message's data when it is written into the outbox. YAML, one entry of {@code notifications.templates}:
 * {@code welcome: { en: "Welcome, {{name}}!", de: "Willkommen, {{name}}!" }}.
 *
 * <p>The renderer is deliberately tiny: a placeholder is replaced by its value, and that is all (no
 * loops, conditions or escaping). Messages only ever need a handful of values, and what the host's
 * channel does with the text (HTML, SMS) is the host's business.
 *
 * @param id the template's id, also the outbox message's template name
 * @param texts the text by language tag ({@code en}, {@code de-CH}), sorted
 */
public record MessageTemplate(String id, Map<String, String> texts) {

    /** A placeholder: two braces, a key of [a-zA-Z0-9_.], two braces. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z0-9_.]+)}}");

    /** Validates and copies. */
    public MessageTemplate {
        Objects.requireNonNull(id, "id");
        texts = Collections.unmodifiableMap(new TreeMap<>(texts));
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("template '" + id + "' needs a text in at least one language");
        }
    }

    /** The placeholders the texts use, in order of first use. */
    public Set<String> placeholders() {
        Set<String> keys = new LinkedHashSet<>();
        texts.values().forEach(text -> {
            Matcher matcher = PLACEHOLDER.matcher(text);
            while (matcher.find()) {
                keys.add(matcher.group(1));
            }
        });
        return keys;
    }

    /** The language used for {@code wanted}: itself if there is a text for it, else its language alone, else {@code fallback}. */
    public String language(String wanted, String fallback) {
        if (texts.containsKey(wanted)) {
            return wanted;
        }
        String base = wanted.contains("-") ? wanted.substring(0, wanted.indexOf('-')) : wanted;
        return texts.containsKey(base) ? base : fallback;
    }

    /**
     * The text in {@code language} with every placeholder replaced by its value in {@code data}; a
     * placeholder without a value becomes empty.
     *
     * @throws IllegalArgumentException if there is no text in {@code language}
     */
    public String render(String language, Map<String, String> data) {
        String text = texts.get(language);
        if (text == null) {
            throw new IllegalArgumentException("template '" + id + "' has no text in '" + language + "'");
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(data.getOrDefault(matcher.group(1), "")));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
