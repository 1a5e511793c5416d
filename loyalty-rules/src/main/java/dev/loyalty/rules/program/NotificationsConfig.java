package dev.loyalty.rules.program;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code notifications} section: the message templates, the triggers that use them, and how the
 * member's language and balance are found. Messages are rendered when they are written into the outbox:
 * the outbox message's data then holds {@code text} and {@code locale} besides the values the text used.
 *
 * @param defaultLocale the language every template must have, used when the member's is missing
 * @param localeAttribute the member attribute that holds the member's language (e.g. {@code de})
 * @param balanceOf the point type whose available balance {@code {{balance}}} shows, if any
 * @param templates the templates by id
 * @param triggers which template goes out when
 */
public record NotificationsConfig(String defaultLocale, String localeAttribute, Optional<String> balanceOf,
        Map<String, MessageTemplate> templates, Triggers triggers) {

    /** No templates and no triggers. */
    public static final NotificationsConfig NONE = new NotificationsConfig("en", "locale", Optional.empty(), Map.of(), Triggers.NONE);

    /** Checks and copies. */
    public NotificationsConfig {
        Objects.requireNonNull(defaultLocale, "defaultLocale");
        Objects.requireNonNull(localeAttribute, "localeAttribute");
        Objects.requireNonNull(balanceOf, "balanceOf");
        Objects.requireNonNull(triggers, "triggers");
        templates = Collections.unmodifiableMap(new LinkedHashMap<>(templates));
    }

    /** The template {@code id}, if declared. */
    public Optional<MessageTemplate> template(String id) {
        return Optional.ofNullable(templates.get(id));
    }
}
