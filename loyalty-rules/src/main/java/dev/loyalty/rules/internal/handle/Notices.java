package dev.loyalty.rules.internal.handle;

import dev.loyalty.core.ledger.Ledger;
import dev.loyalty.core.member.Member;
import dev.loyalty.rules.CompiledProgram;
import dev.loyalty.rules.program.MessageTemplate;
import dev.loyalty.rules.program.NotificationsConfig;
import dev.loyalty.spi.OutboxMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Messages of a program's triggers, rendered when they are made: the outbox message carries the values
 * the template may use ({@code name}, {@code balance} and the trigger's own), the language it was rendered
 * in ({@code locale}) and the rendered {@code text}.
 */
public final class Notices {

    private Notices() {}

    /**
     * The message of template {@code template} (if the trigger is configured) for {@code member}, whose
     * ledger is {@code ledger}, due at {@code at}.
     *
     * @param values the trigger's own values, e.g. {@code points} and {@code deadline}
     */
    static Optional<OutboxMessage> of(CompiledProgram program, Member member, Ledger ledger, Optional<String> template,
            String dedupeKey, Map<String, String> values, Instant at) {
        if (template.isEmpty()) {
            return Optional.empty();
        }
        NotificationsConfig config = program.engagement().notifications();
        MessageTemplate found = config.template(template.get()).orElseThrow(
                () -> new IllegalStateException("trigger names undeclared template '" + template.get() + "'"));
        Map<String, String> data = new TreeMap<>(values);
        data.put("name", member.name());
        config.balanceOf().ifPresent(type -> data.put("balance", Long.toString(ledger.balance(type, at).available())));
        String language = found.language(member.attribute(config.localeAttribute()).orElse(config.defaultLocale()),
                config.defaultLocale());
        data.put("text", found.render(language, data));
        data.put("locale", language);
        return Optional.of(new OutboxMessage(member.id(), dedupeKey, found.id(), data, at));
    }

    /** {@code at} as a date in the member's time zone, for deadlines. */
    static String date(Member member, Instant at) {
        LocalDate date = member.localDate(at);
        return date.toString();
    }
}
