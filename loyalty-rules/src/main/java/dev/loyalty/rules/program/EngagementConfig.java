package dev.loyalty.rules.program;

import java.util.Objects;
import java.util.Optional;

/**
 * What a program does to keep members engaged.
 *
 * @param notifications templates and triggers ({@code notifications})
 * @param winBack the bonus for members who became inactive ({@code winBack})
 * @param requalification the offer to members who lost a tier ({@code requalification})
 * @param rfm recency, frequency and monetary scores and segments ({@code rfm})
 * @param lifecycle lifecycle segments ({@code lifecycle})
 */
public record EngagementConfig(NotificationsConfig notifications, Optional<WinBackConfig> winBack,
        Optional<RequalificationConfig> requalification, Optional<RfmConfig> rfm, Optional<LifecycleConfig> lifecycle) {

    /** Nothing configured. */
    public static final EngagementConfig NONE = new EngagementConfig(NotificationsConfig.NONE, Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    /** Checks the fields. */
    public EngagementConfig {
        Objects.requireNonNull(notifications, "notifications");
        Objects.requireNonNull(winBack, "winBack");
        Objects.requireNonNull(requalification, "requalification");
        Objects.requireNonNull(rfm, "rfm");
        Objects.requireNonNull(lifecycle, "lifecycle");
    }
}
