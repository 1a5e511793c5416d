package dev.loyalty.rules.internal.load;

import dev.loyalty.rules.program.MessageTemplate;
import dev.loyalty.rules.program.NotificationsConfig;
import dev.loyalty.rules.program.Triggers;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the {@code notifications} section of {@code program.yaml}. */
final class NotificationsReader {

    private static final List<String> KEYS = List.of("defaultLocale", "localeAttribute", "balanceOf", "triggers", "templates");

    private final Declared declared;

    NotificationsReader(Declared declared) {
        this.declared = declared;
    }

    NotificationsConfig read(Section root) {
        Optional<Section> found = root.section("notifications", false, "notifications", KEYS);
        if (found.isEmpty()) {
            return NotificationsConfig.NONE;
        }
        Section section = found.get();
        String locale = section.text("defaultLocale", false).orElse("en");
        String attribute = section.text("localeAttribute", false).orElse("locale");
        Optional<String> balanceOf = section.text("balanceOf", false);
        balanceOf.ifPresent(type -> declared.references.add(section, section.line("balanceOf"), declared.pointTypes, type, "balanceOf"));
        Map<String, MessageTemplate> templates = TemplatesReader.read(section, locale);
        Triggers triggers = new TriggersReader(templates).read(section);
        return new NotificationsConfig(locale, attribute, balanceOf, templates, triggers);
    }
}
