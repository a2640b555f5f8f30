package io.github.ovhrenewal.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FollowUpStepTest {

  @Test
  void of_knownText_isTheConstant() {
    assertThat(FollowUpStep.of("VALIDATING")).isSameAs(FollowUpStep.VALIDATING);
  }

  @Test
  void of_unknownText_keptAndNotKnown() {
    FollowUpStep value = FollowUpStep.of("REFUNDING");

    assertThat(value.value()).isEqualTo("REFUNDING");
    assertThat(value.isKnown()).isFalse();
    assertThat(value).isEqualTo(FollowUpStep.of("REFUNDING")).hasToString("REFUNDING");
  }

  @Test
  void knownValues_referenceOrder() {
    assertThat(FollowUpStep.knownValues())
        .extracting(FollowUpStep::value)
        .containsExactly("AVAILABLE", "DELIVERING", "VALIDATED", "VALIDATING");
  }

  @Test
  void of_blank_throwsIllegalArgumentExceptionNamingType() {
    assertThatThrownBy(() -> FollowUpStep.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("FollowUpStep must not be blank")
        .hasMessageContaining("AVAILABLE");
  }
}
