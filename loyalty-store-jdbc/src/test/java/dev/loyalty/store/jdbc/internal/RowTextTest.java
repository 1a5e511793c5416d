package dev.loyalty.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loyalty.core.MemberId;
import dev.loyalty.core.StoreException;
import dev.loyalty.core.ledger.Allocation;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.core.ledger.EntryKind;
import dev.loyalty.core.ledger.EntryRef;
import dev.loyalty.core.ledger.Lot;
import dev.loyalty.core.ledger.Reason;
import dev.loyalty.core.member.Contact;
import dev.loyalty.core.member.Member;
import dev.loyalty.core.member.MemberStatus;
import dev.loyalty.spi.DueLot;
import dev.loyalty.spi.PageCursor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The text columns and the numeric instants read back exactly what was written, whatever the text holds. */
class RowTextTest {

    private static final Instant AT = Instant.parse("2026-03-01T09:30:00.123456789Z");

    @Test
    void anEntryWithAwkwardTextReadsBackEqual() {
        Lot lot = new Lot(3, "pts", 120, 20, AT, AT.plusSeconds(60), Lot.NEVER, Lot.State.ACTIVE);
        Entry entry = new Entry(MemberId.of("ann:1|x"), 7, EntryKind.REVERSED, "pts", 125, AT,
                new Reason(Reason.Source.OPERATOR, "12:34 ünïcödé 🎉", Map.of("note", "", "a:b", "3:abc", "10", "|")),
                "key:with:colons", List.of(lot), List.of(new Allocation(2, -15)), -20, OptionalLong.of(2),
                Optional.of(new EntryRef(MemberId.of("bob"), 4)));

        assertThat(EntryText.read(EntryText.write(entry), "test entry")).isEqualTo(entry);
        assertThat(EntryText.readAll(EntryText.writeAll(List.of(entry, entry)), "test receipt")).containsExactly(entry, entry);
        assertThat(EntryText.readLot(EntryText.write(lot), "test lot")).isEqualTo(lot);
    }

    @Test
    void aProfileReadsBackEqual() {
        Member member = Member.builder(MemberId.of("ann"), "Ann: \"the\" 1st", AT, ZoneId.of("Pacific/Auckland"))
                .contact(Contact.email("ann@example.com", true)).contact(Contact.sms("+31612345678", false))
                .birthday(LocalDate.of(1992, 2, 29)).attribute("store", "12:lyon").termsAcceptedAt(AT.plusSeconds(1))
                .status(MemberStatus.SUSPENDED).build();

        assertThat(ProfileText.readMember(ProfileText.write(member), member.id())).isEqualTo(member);
    }

    @Test
    void instantsKeepEveryNanosecondAndTheirOrder() {
        List<Instant> instants = List.of(Instant.MIN, Instant.EPOCH.minusNanos(1), Instant.EPOCH, AT, Lot.NEVER);
        for (Instant instant : instants) {
            assertThat(Instants.fromColumn(Instants.toColumn(instant))).isEqualTo(instant);
        }
        assertThat(instants.stream().map(Instants::toColumn).toList()).isSortedAccordingTo(Comparable::compareTo);
        assertThat(Instants.monthDay(MonthDay.of(2, 9))).isEqualTo("02-09");
    }

    @Test
    void corruptTextIsAStoreExceptionNamingTheRow() {
        assertThatThrownBy(() -> EntryText.read("5:abc", "entry 3 of member 'ann'")).isInstanceOf(StoreException.class)
                .hasMessageContaining("entry 3 of member 'ann'");
    }

    @Test
    void aCursorFromAnotherQueryIsRefusedWithAHint() {
        String cursor = PageCursor.after("expiring", new DueLot(MemberId.of("ann"), 3, "pts", AT, 5));

        assertThat(PageCursor.lotKey("expiring", cursor)).isEqualTo(new PageCursor.LotKey(AT, MemberId.of("ann"), 3));
        assertThatThrownBy(() -> PageCursor.lotKey("activating", cursor)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a activating cursor").hasMessageContaining("pass the 'next' of the previous page unchanged");
        assertThatThrownBy(() -> PageCursor.member("%%%")).isInstanceOf(IllegalArgumentException.class);
    }
}
