package dev.loyalty.spi.tck;

import static dev.loyalty.spi.tck.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.UnknownMemberException;
import dev.loyalty.spi.Append;
import dev.loyalty.spi.AppendResult;
import dev.loyalty.spi.MemberChange;
import dev.loyalty.spi.OutboxMessage;
import dev.loyalty.spi.PendingMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The outbox: messages written with a change, due until delivered, retried when delivery fails. */
public abstract class StoreOutboxContract extends StoreContractBase {

    private static final Duration NANO = Duration.ofNanos(1);

    /** For subclasses. */
    protected StoreOutboxContract() {}

    /** A message is due from its creation instant on, with no attempts. */
    @Test
    public void required_aMessageIsDueAtItsCreationInstant() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        OutboxMessage welcome = message(ann.id(), "welcome", day(1));
        send(ann, welcome);

        assertThat(store().dueMessages(day(1).minus(NANO), 10)).as("messages due just before the message was made").isEmpty();
        assertThat(store().dueMessages(day(1), 10)).as("messages due when the message was made")
                .containsExactly(new PendingMessage(welcome, 0, Optional.empty()));
    }

    /** Due messages come oldest first (then by member and dedupe key), at most {@code limit}. */
    @Test
    public void required_dueMessagesComeOldestFirstUpToTheLimit() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        MemberFixture bob = MemberFixture.enroll(store(), "bob");
        OutboxMessage annLate = message(ann.id(), "a-late", day(3));
        OutboxMessage annB = message(ann.id(), "b", day(2));
        OutboxMessage annA = message(ann.id(), "a", day(2));
        OutboxMessage bobEarly = message(bob.id(), "z", day(1));
        OutboxMessage bobA = message(bob.id(), "a", day(2));
        send(ann, annLate, annB, annA);
        send(bob, bobA, bobEarly);

        assertThat(store().dueMessages(day(3), 10)).extracting(PendingMessage::message).as("all messages due at day 3")
                .containsExactly(bobEarly, annA, annB, bobA, annLate);
        assertThat(store().dueMessages(day(3), 2)).extracting(PendingMessage::message).as("the 2 oldest")
                .containsExactly(bobEarly, annA);
        assertThat(store().dueMessages(day(2), 10)).extracting(PendingMessage::message).as("messages due at day 2")
                .containsExactly(bobEarly, annA, annB, bobA);
    }

    /** A message whose dedupe key the member's outbox already holds is ignored, not added again. */
    @Test
    public void required_aDuplicateDedupeKeyIsIgnored() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        OutboxMessage first = message(ann.id(), "welcome", day(1));
        send(ann, first);
        send(ann, new OutboxMessage(ann.id(), "welcome", "other-template", Map.of(), day(2)));

        assertThat(store().dueMessages(day(5), 10)).as("due messages after the same key was sent twice")
                .containsExactly(new PendingMessage(first, 0, Optional.empty()));
    }

    /** A failed message is due again at its retry instant, with its attempts counted and the last error kept. */
    @Test
    public void required_aFailedMessageIsDueAgainAtRetryAt() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        OutboxMessage welcome = message(ann.id(), "welcome", day(1));
        send(ann, welcome);

        store().markFailed(ann.id(), "welcome", day(2), "smtp timeout");
        assertThat(store().dueMessages(day(2).minus(NANO), 10)).as("due just before the retry instant").isEmpty();
        assertThat(store().dueMessages(day(2), 10)).as("due at the retry instant")
                .containsExactly(new PendingMessage(welcome, 1, Optional.of("smtp timeout")));

        store().markFailed(ann.id(), "welcome", day(3), "mailbox full");
        assertThat(store().dueMessages(day(3), 10)).as("due after a second failure")
                .containsExactly(new PendingMessage(welcome, 2, Optional.of("mailbox full")));
    }

    /** A delivered message is never due again, also when marked twice or sent again. */
    @Test
    public void required_aDeliveredMessageIsNeverDueAgain() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        send(ann, message(ann.id(), "welcome", day(1)));
        store().markFailed(ann.id(), "welcome", day(2), "smtp timeout");

        store().markDelivered(ann.id(), "welcome", day(2));
        store().markDelivered(ann.id(), "welcome", day(3));
        send(ann, message(ann.id(), "welcome", day(4)));

        assertThat(store().dueMessages(Instant.MAX, 10)).as("due messages after the only one was delivered").isEmpty();
    }

    /** Messages of an append that was not applied are not in the outbox. */
    @Test
    public void required_messagesOfARefusedAppendAreNotKept() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        MemberChange stale = MemberChange.entries(ann.id(), 9, List.of(), List.of())
                .withMessages(List.of(message(ann.id(), "welcome", day(1))));

        assertThat(store().append(Append.of("k", "fp", stale))).isInstanceOf(AppendResult.VersionConflict.class);
        assertThat(store().dueMessages(Instant.MAX, 10)).as("due messages after a conflicting append").isEmpty();
    }

    /** Marking a message of an unknown member or with an unknown key fails, naming it. */
    @Test
    public void required_markingAnUnknownMessageFails() {
        MemberFixture ann = MemberFixture.enroll(store(), "ann");
        MemberId bob = MemberId.of("bob");

        assertThatThrownBy(() -> store().markDelivered(bob, "welcome", day(1))).isInstanceOf(UnknownMemberException.class)
                .hasMessageContaining("'bob'");
        assertThatThrownBy(() -> store().markFailed(bob, "welcome", day(1), "x")).isInstanceOf(UnknownMemberException.class);
        assertThatThrownBy(() -> store().markDelivered(ann.id(), "nope", day(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope");
        assertThatThrownBy(() -> store().markFailed(ann.id(), "nope", day(1), "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope");
    }

    private static OutboxMessage message(MemberId member, String dedupeKey, Instant at) {
        return new OutboxMessage(member, dedupeKey, "template-" + dedupeKey, Map.of("member", member.value()), at);
    }

    private static void send(MemberFixture member, OutboxMessage... messages) {
        member.append(MemberChange.entries(member.id(), member.version(), List.of(), List.of()).withMessages(List.of(messages)));
    }
}
