package io.github.ovhrenewal.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LifecycleStateTest {

  @Test
  void of_knownText_isTheConstant() {
    assertThat(LifecycleState.of("unrenewed")).isSameAs(LifecycleState.UNRENEWED);
  }

  @Test
  void of_unknownText_keptAndNotKnown() {
    LifecycleState value = LifecycleState.of("frozen");

    assertThat(value.value()).isEqualTo("frozen");
    assertThat(value.isKnown()).isFalse();
    assertThat(value).isEqualTo(LifecycleState.of("frozen")).hasToString("frozen");
  }

  @Test
  void knownValues_referenceOrder() {
    assertThat(LifecycleState.knownValues())
        .extracting(LifecycleState::value)
        .containsExactly("active", "error", "inCreation", "rupture", "terminated", "toRenew", "unpaid", "unrenewed");
  }

  @Test
  void of_blank_throwsIllegalArgumentExceptionNamingType() {
    assertThatThrownBy(() -> LifecycleState.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("LifecycleState must not be blank")
        .hasMessageContaining("active");
  }
}
