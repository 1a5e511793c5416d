package dev.loyalty.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void delaysGrowByTheFactorUpToTheMaximum() {
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), 2, Duration.ofMinutes(5));

        assertThat(IntStream.rangeClosed(1, 7).mapToObj(policy::delayAfter).map(Duration::toSeconds))
                .containsExactly(30L, 60L, 120L, 240L, 300L, 300L, 300L);
        assertThat(policy.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void badSettingsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> RetryPolicy.DEFAULT.withFirstDelay(Duration.ZERO))
                .hasMessage("firstDelay must be > 0, but was PT0S");
        assertThatThrownBy(() -> RetryPolicy.DEFAULT.withFactor(0)).hasMessage("factor must be >= 1, but was 0");
        assertThatThrownBy(() -> RetryPolicy.DEFAULT.withMaxDelay(Duration.ofSeconds(1)))
                .hasMessage("maxDelay must be >= firstDelay (PT30S), but was PT1S");
        assertThatThrownBy(() -> RetryPolicy.DEFAULT.delayAfter(0)).hasMessage("attempt must be >= 1, but was 0");
    }
}
