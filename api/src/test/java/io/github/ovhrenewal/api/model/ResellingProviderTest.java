package io.github.ovhrenewal.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResellingProviderTest {

  @Test
  void of_knownText_isTheConstant() {
    assertThat(ResellingProvider.of("ovh.eu")).isSameAs(ResellingProvider.OVH_EU);
  }

  @Test
  void of_unknownText_keptAndNotKnown() {
    ResellingProvider value = ResellingProvider.of("ovh.us");

    assertThat(value.value()).isEqualTo("ovh.us");
    assertThat(value.isKnown()).isFalse();
    assertThat(value).isEqualTo(ResellingProvider.of("ovh.us")).hasToString("ovh.us");
  }

  @Test
  void knownValues_referenceOrder() {
    assertThat(ResellingProvider.knownValues())
        .extracting(ResellingProvider::value)
        .containsExactly("ovh.ca", "ovh.eu");
  }

  @Test
  void of_blank_throwsIllegalArgumentExceptionNamingType() {
    assertThatThrownBy(() -> ResellingProvider.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ResellingProvider must not be blank")
        .hasMessageContaining("ovh.ca");
  }
}
