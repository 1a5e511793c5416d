package dev.loyalty.rules.internal.load;

import dev.loyalty.rules.program.EngagementConfig;
import java.util.List;

/** Reads the sections about keeping members engaged: {@code notifications}. */
final class EngagementReader {

    /** The top-level keys it reads. */
    static final List<String> KEYS = List.of("notifications");

    private EngagementReader() {}

    static EngagementConfig read(Section root, Declared declared) {
        return new EngagementConfig(new NotificationsReader(declared).read(root));
    }
}
