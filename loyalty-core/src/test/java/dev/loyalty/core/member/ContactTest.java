package dev.loyalty.core.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactTest {

    @Test
    void acceptsAnAddressOfEachChannel() {
        assertThat(Contact.email("ana@example.com", true))
                .isEqualTo(new Contact(Channel.EMAIL, "ana@example.com", true));
        assertThat(Contact.sms("+31612345678", false)).isEqualTo(new Contact(Channel.SMS, "+31612345678", false));
        assertThat(Contact.push("fcm:abc123", true)).isEqualTo(new Contact(Channel.PUSH, "fcm:abc123", true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ana.example.com", "@example.com", "ana@", "ana@@example.com", "a@b@c", ""})
    void rejectsAnEmailWithoutOneAtBetweenText(String address) {
        assertThatThrownBy(() -> Contact.email(address, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("EMAIL address must contain one '@' with text on both sides, but was '" + address + "'");
    }

    @Test
    void acceptsPhoneNumbersOfSevenToFifteenDigits() {
        assertThat(Contact.sms("+1234567", true).address()).isEqualTo("+1234567");
        assertThat(Contact.sms("+123456789012345", true).address()).isEqualTo("+123456789012345");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0612345678", "+123456", "+1234567890123456", "+31 6 1234 5678", "+3161234567a"})
    void rejectsAPhoneNumberNotInInternationalForm(String address) {
        assertThatThrownBy(() -> Contact.sms(address, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SMS address must be '+' followed by 7 to 15 digits, but was '" + address + "'");
    }

    @Test
    void rejectsABlankPushToken() {
        assertThatThrownBy(() -> Contact.push("   ", true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PUSH address must not be blank, but was '   '");
    }

    @Test
    void acceptsAPushTokenOfUpTo4096Characters() {
        assertThat(Contact.push("t".repeat(4096), true).address()).hasSize(4096);
        assertThatThrownBy(() -> Contact.push("t".repeat(4097), true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PUSH address must be at most 4096 characters, but was 4097");
    }

    @Test
    void withOptedInChangesOnlyTheOptIn() {
        Contact contact = Contact.email("ana@example.com", false);

        assertThat(contact.withOptedIn(true)).isEqualTo(Contact.email("ana@example.com", true));
        assertThat(contact.withOptedIn(true).sameAddressAs(contact)).isTrue();
        assertThat(contact.sameAddressAs(Contact.email("bo@example.com", false))).isFalse();
    }
}
