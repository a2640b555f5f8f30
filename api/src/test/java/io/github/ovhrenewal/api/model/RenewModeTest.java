package io.github.ovhrenewal.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RenewModeTest {

  @Test
  void of_automaticV2024_isKnownConstant() {
    assertThat(RenewMode.of("automaticV2024")).isSameAs(RenewMode.AUTOMATIC_V2024);
  }

  @Test
  void of_automaticV2099_keptAndNotKnown() {
    RenewMode mode = RenewMode.of("automaticV2099");

    assertThat(mode.value()).isEqualTo("automaticV2099");
    assertThat(mode.isKnown()).isFalse();
    assertThat(mode).isEqualTo(RenewMode.of("automaticV2099")).hasSameHashCodeAs(RenewMode.of("automaticV2099"));
  }

  @Test
  void equals_sameTextAsRenewalType_isFalse() {
    assertThat(RenewMode.MANUAL.value()).isEqualTo(RenewalType.MANUAL.value());
    assertThat(RenewMode.MANUAL).isNotEqualTo(RenewalType.MANUAL);
  }

  @Test
  void toString_isWireText() {
    assertThat(RenewMode.DELETE_AT_END_ENGAGEMENT).hasToString("deleteAtEndEngagement");
  }

  @Test
  void knownValues_referenceOrderAfterTheServicesSpelling() {
    assertThat(RenewMode.knownValues())
        .extracting(RenewMode::value)
        .containsExactly(
            "automatic", "automaticForcedProduct", "automaticV2012", "automaticV2014", "automaticV2016", "automaticV2024",
            "deleteAtEndEngagement", "deleteAtExpiration", "manual", "oneShot", "option");
  }

  @Test
  void of_null_throwsIllegalArgumentExceptionListingKnownValues() {
    assertThatThrownBy(() -> RenewMode.of(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("RenewMode must not be null")
        .hasMessageContaining("automaticV2024");
  }
}
