package dev.loyalty.rules.program;

import java.util.Objects;

/**
 * What a program does to keep members engaged: the messages it sends ({@code notifications}).
 *
 * @param notifications templates and triggers
 */
public record EngagementConfig(NotificationsConfig notifications) {

    /** Nothing configured. */
    public static final EngagementConfig NONE = new EngagementConfig(NotificationsConfig.NONE);

    /** Checks the fields. */
    public EngagementConfig {
        Objects.requireNonNull(notifications, "notifications");
    }
}
