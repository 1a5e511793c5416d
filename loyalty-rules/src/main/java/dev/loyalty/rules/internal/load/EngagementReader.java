package dev.loyalty.rules.internal.load;

import dev.loyalty.rules.program.EngagementConfig;
import java.util.List;

/** Reads the sections about keeping members engaged: {@code notifications}, {@code winBack}, {@code requalification}, {@code rfm}, {@code lifecycle}. */
final class EngagementReader {

    /** The top-level keys it reads. */
    static final List<String> KEYS = List.of("notifications", "winBack", "requalification", "rfm", "lifecycle");

    private EngagementReader() {}

    static EngagementConfig read(Section root, Declared declared) {
        WinBackReader winBack = new WinBackReader(declared);
        SegmentationReader segmentation = new SegmentationReader(declared);
        return new EngagementConfig(new NotificationsReader(declared).read(root), winBack.winBack(root), winBack.requalification(root),
                segmentation.rfm(root), segmentation.lifecycle(root));
    }
}
