package io.github.ovhrenewal.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EngagementEndStrategyTest {

  @Test
  void of_knownText_isTheConstant() {
    assertThat(EngagementEndStrategy.of("STOP_ENGAGEMENT_KEEP_PRICE")).isSameAs(EngagementEndStrategy.STOP_ENGAGEMENT_KEEP_PRICE);
  }

  @Test
  void of_unknownText_keptAndNotKnown() {
    EngagementEndStrategy value = EngagementEndStrategy.of("EXTEND_ENGAGEMENT");

    assertThat(value.value()).isEqualTo("EXTEND_ENGAGEMENT");
    assertThat(value.isKnown()).isFalse();
    assertThat(value).isEqualTo(EngagementEndStrategy.of("EXTEND_ENGAGEMENT")).hasToString("EXTEND_ENGAGEMENT");
  }

  @Test
  void knownValues_referenceOrder() {
    assertThat(EngagementEndStrategy.knownValues())
        .extracting(EngagementEndStrategy::value)
        .containsExactly(
            "CANCEL_SERVICE", "REACTIVATE_ENGAGEMENT", "STOP_ENGAGEMENT_FALLBACK_DEFAULT_PRICE",
            "STOP_ENGAGEMENT_KEEP_PRICE");
  }

  @Test
  void of_blank_throwsIllegalArgumentExceptionNamingType() {
    assertThatThrownBy(() -> EngagementEndStrategy.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("EngagementEndStrategy must not be blank")
        .hasMessageContaining("CANCEL_SERVICE");
  }
}
