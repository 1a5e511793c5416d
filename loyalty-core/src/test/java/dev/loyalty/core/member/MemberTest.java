package dev.loyalty.core.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loyalty.core.MemberId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MemberTest {

    static final MemberId ID = MemberId.of("m-1");
    static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    /** 01:00 on 15 March 2026 in Auckland (NZDT, +13:00), still 14 March in UTC. */
    static final Instant ENROLLED = Instant.parse("2026-03-14T12:00:00Z");
    static final Contact EMAIL = Contact.email("ana@example.com", true);
    static final Contact PHONE = Contact.sms("+6421123456", false);

    static MemberBuilder ana() {
        return Member.builder(ID, "Ana", ENROLLED, AUCKLAND);
    }

    @Test
    void builderDefaultsToAnActiveMemberWithNothingOptional() {
        Member member = ana().build();

        assertThat(member.id()).isEqualTo(ID);
        assertThat(member.name()).isEqualTo("Ana");
        assertThat(member.contacts()).isEmpty();
        assertThat(member.birthday()).isEmpty();
        assertThat(member.enrolledAt()).isEqualTo(ENROLLED);
        assertThat(member.zone()).isEqualTo(AUCKLAND);
        assertThat(member.attributes()).isEmpty();
        assertThat(member.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(member.termsAcceptedAt()).isEmpty();
    }

    @Test
    void builderSetsEveryField() {
        Instant accepted = Instant.parse("2026-03-14T12:05:00Z");
        Member member = ana().contact(EMAIL).contact(PHONE).birthday(LocalDate.of(1990, 7, 4))
                .attribute("store", "wellington-1").attribute("store", "auckland-2").attribute("source", "app")
                .termsAcceptedAt(accepted).status(MemberStatus.SUSPENDED).build();

        assertThat(member).isEqualTo(new Member(ID, "Ana", List.of(EMAIL, PHONE), Optional.of(LocalDate.of(1990, 7, 4)),
                ENROLLED, AUCKLAND, Map.of("store", "auckland-2", "source", "app"), MemberStatus.SUSPENDED,
                Optional.of(accepted)));
        assertThat(member.attribute("store")).contains("auckland-2");
        assertThat(member.attribute("tier")).isEmpty();
    }

    @Test
    void rejectsABlankName() {
        assertThatThrownBy(() -> Member.builder(ID, "   ", ENROLLED, AUCKLAND).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must not be blank, but was '   '");
    }

    @Test
    void acceptsNamesOfUpTo200Characters() {
        assertThat(Member.builder(ID, "a".repeat(200), ENROLLED, AUCKLAND).build().name()).hasSize(200);
        assertThatThrownBy(() -> Member.builder(ID, "a".repeat(201), ENROLLED, AUCKLAND).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must be at most 200 characters, but was 201");
    }

    @Test
    void rejectsABadAttributeKey() {
        assertThatThrownBy(() -> ana().attribute("Favourite Store", "x").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute key must be 1 to 64 of [a-z0-9_.-], but was 'Favourite Store'");
        assertThatThrownBy(() -> ana().attribute("k".repeat(65), "x").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute key must be 1 to 64 of [a-z0-9_.-], but was '" + "k".repeat(65) + "'");
    }

    @Test
    void acceptsAttributeValuesOfUpTo1000Characters() {
        assertThat(ana().attribute("note", "v".repeat(1000)).build().attribute("note")).contains("v".repeat(1000));
        assertThatThrownBy(() -> ana().attribute("note", "v".repeat(1001)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute 'note' must be at most 1000 characters, but was 1001");
    }

    @Test
    void birthdayMayBeTheEnrollmentDateInTheMembersZoneButNotLater() {
        assertThat(ana().birthday(LocalDate.of(2026, 3, 15)).build().birthday()).contains(LocalDate.of(2026, 3, 15));
        assertThatThrownBy(() -> ana().birthday(LocalDate.of(2026, 3, 16)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("birthday must not be after the enrollment date 2026-03-15 (Pacific/Auckland), but was 2026-03-16");
    }

    @Test
    void termsCannotBeAcceptedBeforeEnrollment() {
        assertThat(ana().termsAcceptedAt(ENROLLED).build().termsAcceptedAt()).contains(ENROLLED);
        assertThatThrownBy(() -> ana().termsAcceptedAt(Instant.parse("2026-03-14T11:59:59Z")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("termsAcceptedAt must not be before enrolledAt 2026-03-14T12:00:00Z, but was 2026-03-14T11:59:59Z");
    }

    @Test
    void copiesContactsAndAttributes() {
        List<Contact> contacts = new ArrayList<>(List.of(EMAIL));
        Member member = ana().build().withContacts(contacts);
        contacts.add(PHONE);

        assertThat(member.contacts()).containsExactly(EMAIL);
        assertThatThrownBy(() -> member.contacts().add(PHONE)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> member.attributes().put("k", "v")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withersReturnChangedCopiesAndLeaveTheOriginal() {
        Member original = ana().contact(EMAIL).attribute("source", "app").build();
        Instant accepted = Instant.parse("2026-04-01T08:00:00Z");

        Member changed = original.withName("Ana Maria").withStatus(MemberStatus.CLOSED)
                .withBirthday(LocalDate.of(1985, 12, 24)).withTermsAcceptedAt(accepted)
                .withAttribute("store", "auckland-2").withoutAttribute("source").withContact(PHONE);

        assertThat(changed).isEqualTo(new Member(ID, "Ana Maria", List.of(EMAIL, PHONE),
                Optional.of(LocalDate.of(1985, 12, 24)), ENROLLED, AUCKLAND, Map.of("store", "auckland-2"),
                MemberStatus.CLOSED, Optional.of(accepted)));
        assertThat(original).isEqualTo(ana().contact(EMAIL).attribute("source", "app").build());
    }

    @Test
    void withContactReplacesTheContactOnTheSameAddressInPlace() {
        Member member = ana().contact(EMAIL).contact(PHONE).build();

        Member optedOut = member.withContact(EMAIL.withOptedIn(false));

        assertThat(optedOut.contacts()).containsExactly(Contact.email("ana@example.com", false), PHONE);
    }

    @Test
    void withersValidateLikeTheBuilder() {
        Member member = ana().build();

        assertThatThrownBy(() -> member.withAttribute("Bad Key", "x"))
                .hasMessage("attribute key must be 1 to 64 of [a-z0-9_.-], but was 'Bad Key'");
        assertThatThrownBy(() -> member.withBirthday(LocalDate.of(2027, 1, 1)))
                .hasMessage("birthday must not be after the enrollment date 2026-03-15 (Pacific/Auckland), but was 2027-01-01");
        assertThatThrownBy(() -> member.withName(""))
                .hasMessage("name must not be blank, but was ''");
    }

    @Test
    void contactsOfAChannelKeepTheirOrder() {
        Contact work = Contact.email("ana@work.example", false);
        Member member = ana().contact(EMAIL).contact(PHONE).contact(work).build();

        assertThat(member.contacts(Channel.EMAIL)).containsExactly(EMAIL, work);
        assertThat(member.contacts(Channel.SMS)).containsExactly(PHONE);
        assertThat(member.contacts(Channel.PUSH)).isEmpty();
    }

    @Test
    void localDateIsTheDateInTheMembersZone() {
        Member member = ana().build();

        assertThat(member.localDate(ENROLLED)).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(member.enrollmentDate()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(LocalDate.ofInstant(ENROLLED, ZoneOffset.UTC)).isEqualTo(LocalDate.of(2026, 3, 14));
    }

    @Test
    void birthdayIsOnTheMembersOwnCalendarDay() {
        Member member = ana().birthday(LocalDate.of(1990, 3, 15)).build();
        Instant at = Instant.parse("2026-03-14T12:00:00Z");

        assertThat(member.isBirthday(member.localDate(at))).isTrue();
        assertThat(member.isBirthday(LocalDate.ofInstant(at, ZoneOffset.UTC))).isFalse();
        assertThat(member.isBirthday(LocalDate.of(2026, 3, 16))).isFalse();
    }

    @Test
    void a29FebruaryBirthdayFallsOn28FebruaryOutsideLeapYears() {
        Member member = ana().birthday(LocalDate.of(2000, 2, 29)).build();

        assertThat(member.isBirthday(LocalDate.of(2024, 2, 29))).isTrue();
        assertThat(member.isBirthday(LocalDate.of(2024, 2, 28))).isFalse();
        assertThat(member.isBirthday(LocalDate.of(2025, 2, 28))).isTrue();
        assertThat(member.isBirthday(LocalDate.of(2025, 3, 1))).isFalse();
        assertThat(member.isBirthday(LocalDate.of(1999, 2, 28))).isFalse();
    }

    @Test
    void noBirthdayWithoutADateOfBirth() {
        assertThat(ana().build().isBirthday(LocalDate.of(2026, 3, 15))).isFalse();
    }

    @Test
    void anniversaryIsTheEnrollmentDateInTheMembersZoneInALaterYear() {
        Member member = ana().build();

        assertThat(member.isEnrollmentAnniversary(LocalDate.of(2026, 3, 15))).isFalse();
        assertThat(member.isEnrollmentAnniversary(LocalDate.of(2027, 3, 14))).isFalse();
        assertThat(member.isEnrollmentAnniversary(LocalDate.of(2027, 3, 15))).isTrue();
        assertThat(member.isEnrollmentAnniversary(LocalDate.of(2036, 3, 15))).isTrue();
        assertThat(member.isEnrollmentAnniversary(LocalDate.of(2025, 3, 15))).isFalse();
    }

    @Test
    void anniversaryOfA29FebruaryEnrollmentFallsOn28FebruaryOutsideLeapYears() {
        Member member = Member.builder(ID, "Ana", Instant.parse("2024-02-29T10:00:00Z"), ZoneOffset.UTC).build();

        assertThat(member.isEnrollmentAnniversary(LocalDate.of(2024, 2, 29))).isFalse();
        assertThat(member.isEnrollmentAnniversary(LocalDate.of(2025, 2, 28))).isTrue();
        assertThat(member.isEnrollmentAnniversary(LocalDate.of(2025, 3, 1))).isFalse();
        assertThat(member.isEnrollmentAnniversary(LocalDate.of(2028, 2, 28))).isFalse();
        assertThat(member.isEnrollmentAnniversary(LocalDate.of(2028, 2, 29))).isTrue();
    }

    @Test
    void tenureCountsCalendarDaysInTheMembersZone() {
        Member member = ana().build();

        assertThat(member.tenureDays(ENROLLED)).isZero();
        assertThat(member.tenureDays(Instant.parse("2026-03-15T10:59:59Z"))).isZero();
        assertThat(member.tenureDays(Instant.parse("2026-03-15T11:00:00Z"))).isEqualTo(1);
        assertThat(member.tenureDays(Instant.parse("2027-03-15T00:00:00Z"))).isEqualTo(365);
    }

    @Test
    void tenureIsNotDefinedBeforeEnrollment() {
        assertThatThrownBy(() -> ana().build().tenureDays(Instant.parse("2026-03-14T11:59:59Z")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("at must not be before enrolledAt 2026-03-14T12:00:00Z, but was 2026-03-14T11:59:59Z");
    }

    @Test
    void profileCompletenessGives20PercentPerField() {
        Member nameOnly = ana().contact(Contact.push("token-1", true)).build();
        Member withEmail = nameOnly.withContact(EMAIL).withContact(Contact.email("ana@work.example", false));
        Member withPhone = withEmail.withContact(PHONE);
        Member withBirthday = withPhone.withBirthday(LocalDate.of(1990, 3, 15));
        Member complete = withBirthday.withTermsAcceptedAt(ENROLLED);

        assertThat(nameOnly.profileCompleteness()).isEqualTo(20);
        assertThat(withEmail.profileCompleteness()).isEqualTo(40);
        assertThat(withPhone.profileCompleteness()).isEqualTo(60);
        assertThat(withBirthday.profileCompleteness()).isEqualTo(80);
        assertThat(complete.profileCompleteness()).isEqualTo(100);
        assertThat(ana().termsAcceptedAt(ENROLLED).build().profileCompleteness()).isEqualTo(40);
    }
}
