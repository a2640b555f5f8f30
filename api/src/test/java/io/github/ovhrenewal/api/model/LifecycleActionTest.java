package io.github.ovhrenewal.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LifecycleActionTest {

  @Test
  void of_knownText_isTheConstant() {
    assertThat(LifecycleAction.of("terminateAtExpirationDate")).isSameAs(LifecycleAction.TERMINATE_AT_EXPIRATION_DATE);
  }

  @Test
  void of_unknownText_keptAndNotKnown() {
    LifecycleAction value = LifecycleAction.of("suspendAtExpirationDate");

    assertThat(value.value()).isEqualTo("suspendAtExpirationDate");
    assertThat(value.isKnown()).isFalse();
    assertThat(value).isEqualTo(LifecycleAction.of("suspendAtExpirationDate")).hasToString("suspendAtExpirationDate");
  }

  @Test
  void knownValues_referenceOrder() {
    assertThat(LifecycleAction.knownValues())
        .extracting(LifecycleAction::value)
        .containsExactly(
            "autorenewInProgress", "deleteAtExpiration", "earlyRenewal", "terminate",
            "terminateAtEngagementDate", "terminateAtExpirationDate");
  }

  @Test
  void of_blank_throwsIllegalArgumentExceptionNamingType() {
    assertThatThrownBy(() -> LifecycleAction.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("LifecycleAction must not be blank")
        .hasMessageContaining("autorenewInProgress");
  }
}
