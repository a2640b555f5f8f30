package io.github.ovhrenewal.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServiceRenewModeTest {

  @Test
  void of_knownText_isTheConstant() {
    assertThat(ServiceRenewMode.of("manual")).isSameAs(ServiceRenewMode.MANUAL);
  }

  @Test
  void of_unknownText_keptAndNotKnown() {
    ServiceRenewMode value = ServiceRenewMode.of("automaticV2099");

    assertThat(value.value()).isEqualTo("automaticV2099");
    assertThat(value.isKnown()).isFalse();
    assertThat(value).isEqualTo(ServiceRenewMode.of("automaticV2099")).hasToString("automaticV2099");
  }

  @Test
  void knownValues_referenceOrder() {
    assertThat(ServiceRenewMode.knownValues())
        .extracting(ServiceRenewMode::value)
        .containsExactly("automatic", "manual");
  }

  @Test
  void of_blank_throwsIllegalArgumentExceptionNamingType() {
    assertThatThrownBy(() -> ServiceRenewMode.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ServiceRenewMode must not be blank")
        .hasMessageContaining("automatic");
  }
}
