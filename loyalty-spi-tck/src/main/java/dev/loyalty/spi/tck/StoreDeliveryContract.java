package dev.loyalty.spi.tck;

import static dev.loyalty.spi.tck.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.loyalty.core.MemberId;
import dev.loyalty.notify.Dispatch;
import dev.loyalty.notify.NotificationDispatcher;
import dev.loyalty.notify.RetryPolicy;
import dev.loyalty.spi.LoyaltyStore;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.NotificationChannel;
import dev.loyalty.spi.OutboxMessage;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The outbox delivered by the {@link NotificationDispatcher} on this store: a failing channel loses
 * nothing, a dispatcher stopped between delivering and recording offers the message again with the same
 * dedupe key, and a message recorded as delivered is never offered again.
 */
public abstract class StoreDeliveryContract extends StoreContractBase {

    private static final RetryPolicy RETRY = new RetryPolicy(Duration.ofMinutes(1), 2, Duration.ofMinutes(10));

    /** For subclasses. */
    protected StoreDeliveryContract() {}

    /** A channel that fails 3 times and then accepts delivers each message exactly once, after backoff. */
    @Test
    public void required_aChannelFailingThreeTimesDeliversEachMessageOnce() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        send(ann, message(ann.id(), "welcome", day(1)), message(ann.id(), "tier:silver", day(1)));
        FlakyChannel channel = new FlakyChannel(3);

        List<Dispatch> passes = new ArrayList<>();
        // retries after 1, 2 and 4 minutes: passes at +0, +1, +3 and +7 minutes
        for (long minute : new long[] {0, 1, 2, 3, 6, 7, 8, 60}) {
            passes.add(dispatcher(store(), channel, day(1).plus(Duration.ofMinutes(minute))).dispatchDue());
        }

        assertThat(passes).as("delivered and failed per pass at +0, 1, 2, 3, 6, 7, 8, 60 minutes").containsExactly(
                new Dispatch(0, 2), new Dispatch(0, 2), new Dispatch(0, 0), new Dispatch(0, 2),
                new Dispatch(0, 0), new Dispatch(2, 0), new Dispatch(0, 0), new Dispatch(0, 0));
        assertThat(channel.accepted).as("messages the channel accepted").extracting(OutboxMessage::dedupeKey)
                .containsExactly("tier:silver", "welcome");
        assertThat(store().dueMessages(Instant.MAX, 10)).as("messages still due").isEmpty();
    }

    /** A dispatcher stopped after delivering but before recording it offers the message again, with the same key. */
    @Test
    public void required_aDispatcherStoppedBeforeRecordingRedeliversWithTheSameKey() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        send(ann, message(ann.id(), "welcome", day(1)));
        FlakyChannel channel = new FlakyChannel(0);
        LoyaltyStore crashing = new StopBeforeRecording(store(), StoppedException::new);

        assertThatThrownBy(() -> dispatcher(crashing, channel, day(1)).dispatchDue())
                .as("the first dispatcher, stopped before it records the delivery").isInstanceOf(StoppedException.class);
        Dispatch restarted = dispatcher(store(), channel, day(1)).dispatchDue();
        Dispatch again = dispatcher(store(), channel, day(2)).dispatchDue();

        assertThat(restarted).as("the restarted dispatcher's pass").isEqualTo(new Dispatch(1, 0));
        assertThat(again).as("a later pass").isEqualTo(new Dispatch(0, 0));
        assertThat(channel.accepted).as("what the channel was handed: twice the same message, same dedupe key")
                .extracting(OutboxMessage::member, OutboxMessage::dedupeKey)
                .containsExactly(tuple(ann.id(), "welcome"),
                        tuple(ann.id(), "welcome"));
    }

    /** A message recorded as delivered is never offered again, by this dispatcher or a new one. */
    @Test
    public void required_aRestartedDispatcherSendsNothingTwice() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        MemberFixture bob = MemberFixture.enroll(store(), "bob");
        send(ann, message(ann.id(), "welcome", day(1)));
        send(bob, message(bob.id(), "welcome", day(1)), message(bob.id(), "later", day(3)));
        FlakyChannel channel = new FlakyChannel(0);

        Dispatch first = dispatcher(store(), channel, day(2)).dispatchDue();
        Dispatch restarted = dispatcher(store(), channel, day(2)).dispatchDue();
        Dispatch later = dispatcher(store(), channel, day(3)).dispatchDue();

        assertThat(List.of(first, restarted, later)).as("passes at day 2, again at day 2 (restarted), at day 3")
                .containsExactly(new Dispatch(2, 0), new Dispatch(0, 0), new Dispatch(1, 0));
        assertThat(channel.accepted).as("messages handed to the channel, in order")
                .extracting(message -> message.member().value() + "/" + message.dedupeKey())
                .containsExactly("ann/welcome", "bob/welcome", "bob/later");
    }

    private static NotificationDispatcher dispatcher(LoyaltyStore store, NotificationChannel channel, Instant now) {
        return NotificationDispatcher.builder().store(store).channel(channel).clock(Clock.fixed(now, ZoneOffset.UTC))
                .retryPolicy(RETRY).batchSize(1).build();
    }

    private static OutboxMessage message(MemberId member, String dedupeKey, Instant at) {
        return new OutboxMessage(member, dedupeKey, "template-" + dedupeKey, Map.of("member", member.value()), at);
    }

    private static void send(MemberFixture member, OutboxMessage... messages) {
        member.append(MemberChange.entries(member.id(), member.version(), List.of(), List.of()).withMessages(List.of(messages)));
    }

    /** Fails its first {@code failures} calls for every message, then accepts it. */
    private static final class FlakyChannel implements NotificationChannel {
        private final int failures;
        private final Map<String, Integer> calls = new HashMap<>();
        final List<OutboxMessage> accepted = new ArrayList<>();

        FlakyChannel(int failures) {
            this.failures = failures;
        }

        @Override
        public void deliver(OutboxMessage message) throws Exception {
            int call = calls.merge(message.member() + "/" + message.dedupeKey(), 1, Integer::sum);
            if (call <= failures) {
                throw new IOException("channel down (call " + call + ")");
            }
            accepted.add(message);
        }
    }

    /** Thrown by {@link StopBeforeRecording}: the dispatcher "dies" there. */
    private static final class StoppedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StoppedException() {
            super("stopped between delivery and recording");
        }
    }
}
