package dev.loyalty.rules.program;

import java.util.Objects;

/**
 * A badge a member can earn once, given by a rule: {@code decisions.badge("critic")}. YAML, one item of
 * {@code games.badges}: {@code - { id: critic, name: First review }}.
 *
 * @param id the id; 1 to 64 of [a-z0-9_.-]
 * @param name the display name
 */
public record BadgeConfig(String id, String name) {

    /** Validates the fields. */
    public BadgeConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
