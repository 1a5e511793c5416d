package dev.loyalty.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.MemberId;
import dev.loyalty.notify.Dispatch;
import dev.loyalty.notify.NotificationDispatcher;
import dev.loyalty.rules.Advance;
import dev.loyalty.rules.Outcome;
import dev.loyalty.rules.facts.Line;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The corner-bakery example program (programs/corner-bakery): messages, reminders, win-back and segments, number by number. */
class CornerBakeryTest {

    private final ExampleClub club = new ExampleClub("corner-bakery");
    private final List<String> sent = new ArrayList<>();
    private int failuresLeft = 1;

    private Dispatch dispatchAt(String at) {
        return NotificationDispatcher.builder().store(club.store).clock(Clock.fixed(Instant.parse(at), ZoneOffset.UTC))
                .channel(message -> {
                    if (failuresLeft-- > 0) {
                        throw new IllegalStateException("mail server down");
                    }
                    sent.add(message.member().value() + " " + message.createdAt() + " " + message.data().get("text"));
                }).build().dispatchDue();
    }

    private Outcome sourdough(String order, String at) {
        return club.buy("anna", order, at, Line.of("SOURDOUGH", "bread", 1, "6.50"), Line.of("CROISSANT", "pastry", 2, "2.00"));
    }

    @Test
    void annasYearAtTheBakery() {
        club.enroll("anna", "2026-01-03T08:00:00Z", member -> member.attribute("locale", "de"));
        sourdough("order-1", "2026-01-03T08:30:00Z");
        sourdough("order-2", "2026-01-09T08:30:00Z");   // before the first reminder was due: it is withdrawn
        Dispatch january = dispatchAt("2026-01-17T00:00:00Z");   // the mail server fails once: the welcome waits
        Dispatch retry = dispatchAt("2026-01-17T01:00:00Z");
        Advance spring = club.engine.advanceTo(Instant.parse("2026-04-10T08:00:00Z"));   // 91 days after order-2
        Advance again = club.engine.advanceTo(Instant.parse("2026-04-10T08:00:00Z"));
        Dispatch april = dispatchAt("2026-04-10T09:00:00Z");

        assertThat(List.of(january, retry, april)).containsExactly(new Dispatch(1, 1), new Dispatch(1, 0), new Dispatch(1, 0));
        assertThat(List.of(spring.winBacks(), spring.segmented(), again.winBacks(), again.segmented())).containsExactly(1L, 1L, 0L, 0L);
        assertThat(sent).containsExactly(
                "anna 2026-01-16T08:30:00Z Dein Sauerteigbrot ist fällig, Member anna.",
                "anna 2026-01-03T08:00:00Z Willkommen in der Eckbäckerei, Member anna!",
                "anna 2026-04-10T08:00:00Z Wir vermissen dich, Member anna! 200 Punkte warten bis 2026-04-17 auf dich.");
        assertThat(club.available("anna", "points", "2026-04-10T09:00:00Z")).isEqualTo(10 + 10 + 200);
        assertThat(club.available("anna", "points", "2026-04-17T09:00:00Z")).as("the bonus expired").isEqualTo(20);
        assertThat(club.store.load(MemberId.of("anna")).member().attributes()).containsAllEntriesOf(Map.of(
                "lifecycle", "inactive-90", "rfm.r", "1", "rfm.f", "2", "rfm.m", "2", "rfm.segment", "others",
                "winback.at", "2026-04-10T08:00:00Z"));
    }
}
