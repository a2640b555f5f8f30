package io.github.ovhrenewal.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TerminationPolicyTest {

  @Test
  void of_knownText_isTheConstant() {
    assertThat(TerminationPolicy.of("terminateAtExpirationDate")).isSameAs(TerminationPolicy.TERMINATE_AT_EXPIRATION_DATE);
  }

  @Test
  void of_unknownText_keptAndNotKnown() {
    TerminationPolicy value = TerminationPolicy.of("terminateNow");

    assertThat(value.value()).isEqualTo("terminateNow");
    assertThat(value.isKnown()).isFalse();
    assertThat(value).isEqualTo(TerminationPolicy.of("terminateNow")).hasToString("terminateNow");
  }

  @Test
  void knownValues_referenceOrder() {
    assertThat(TerminationPolicy.knownValues())
        .extracting(TerminationPolicy::value)
        .containsExactly("empty", "terminateAtEngagementDate", "terminateAtExpirationDate");
  }

  @Test
  void of_blank_throwsIllegalArgumentExceptionNamingType() {
    assertThatThrownBy(() -> TerminationPolicy.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("TerminationPolicy must not be blank")
        .hasMessageContaining("empty");
  }
}
