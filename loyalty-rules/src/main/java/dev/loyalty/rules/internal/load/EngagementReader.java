package dev.loyalty.rules.internal.load;

import dev.loyalty.rules.program.EngagementConfig;
import java.util.List;

/** Reads the sections about keeping members engaged: {@code notifications}, {@code winBack}, {@code requalification}. */
final class EngagementReader {

    /** The top-level keys it reads. */
    static final List<String> KEYS = List.of("notifications", "winBack", "requalification");

    private EngagementReader() {}

    static EngagementConfig read(Section root, Declared declared) {
        WinBackReader winBack = new WinBackReader(declared);
        return new EngagementConfig(new NotificationsReader(declared).read(root), winBack.winBack(root), winBack.requalification(root));
    }
}
