package io.github.ovhrenewal.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExpandedResourceStateTest {

  @Test
  void of_knownText_isTheConstant() {
    assertThat(ExpandedResourceState.of("toSuspend")).isSameAs(ExpandedResourceState.TO_SUSPEND);
  }

  @Test
  void of_unknownText_keptAndNotKnown() {
    ExpandedResourceState value = ExpandedResourceState.of("melting");

    assertThat(value.value()).isEqualTo("melting");
    assertThat(value.isKnown()).isFalse();
    assertThat(value).isEqualTo(ExpandedResourceState.of("melting")).hasToString("melting");
  }

  @Test
  void knownValues_referenceOrder() {
    assertThat(ExpandedResourceState.knownValues())
        .extracting(ExpandedResourceState::value)
        .containsExactly("active", "deleted", "suspended", "toActivate", "toDelete", "toSuspend");
  }

  @Test
  void of_blank_throwsIllegalArgumentExceptionNamingType() {
    assertThatThrownBy(() -> ExpandedResourceState.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ExpandedResourceState must not be blank")
        .hasMessageContaining("active");
  }
}
