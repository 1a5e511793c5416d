package dev.loyalty.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.MemberId;
import org.junit.jupiter.api.Test;

class ReferralCodeTest {

    @Test
    void aCodeIsTheIdAndFourCheckCharactersThatCatchTypos() {
        assertThat(ReferralCode.of(MemberId.of("anna"))).isEqualTo("anna-R55V");
        assertThat(ReferralCode.of(MemberId.of("ben"))).isEqualTo("ben-V5LD");
        assertThat(ReferralCode.of(MemberId.of("x-1"))).startsWith("x-1-").hasSize(8);
        assertThat(ReferralCode.inviter("anna-R55V")).hasValue(MemberId.of("anna"));
        assertThat(ReferralCode.inviter("anna-r55v")).hasValue(MemberId.of("anna"));
        assertThat(ReferralCode.inviter(ReferralCode.of(MemberId.of("x-1")))).hasValue(MemberId.of("x-1"));
        assertThat(ReferralCode.inviter("anna-R55W")).isEmpty();
        assertThat(ReferralCode.inviter("anne-R55V")).isEmpty();
        assertThat(ReferralCode.inviter("anna")).isEmpty();
        assertThat(ReferralCode.inviter("-R55V")).isEmpty();
        assertThat(ReferralCode.inviter("anna-R55")).isEmpty();
    }

    @Test
    void theMemberFactGivesTheMembersCodeUnlessBuiltWithAnother() {
        assertThat(dev.loyalty.rules.facts.Member.builder("anna").build().getReferralCode()).isEqualTo("anna-R55V");
        assertThat(dev.loyalty.rules.facts.Member.builder("anna").referralCode("anna-XXXX").build().getReferralCode())
                .isEqualTo("anna-XXXX");
    }
}
