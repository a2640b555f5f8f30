package io.github.ovhrenewal.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PricingTypeTest {

  @Test
  void of_knownText_isTheConstant() {
    assertThat(PricingType.of("rental")).isSameAs(PricingType.RENTAL);
  }

  @Test
  void of_unknownText_keptAndNotKnown() {
    PricingType value = PricingType.of("subscription");

    assertThat(value.value()).isEqualTo("subscription");
    assertThat(value.isKnown()).isFalse();
    assertThat(value).isEqualTo(PricingType.of("subscription")).hasToString("subscription");
  }

  @Test
  void knownValues_referenceOrder() {
    assertThat(PricingType.knownValues())
        .extracting(PricingType::value)
        .containsExactly("consumption", "purchase", "rental");
  }

  @Test
  void of_blank_throwsIllegalArgumentExceptionNamingType() {
    assertThatThrownBy(() -> PricingType.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("PricingType must not be blank")
        .hasMessageContaining("consumption");
  }
}
