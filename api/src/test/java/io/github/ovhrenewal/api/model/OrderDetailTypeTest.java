package io.github.ovhrenewal.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrderDetailTypeTest {

  @Test
  void of_knownText_isTheConstant() {
    assertThat(OrderDetailType.of("VOUCHER")).isSameAs(OrderDetailType.VOUCHER);
  }

  @Test
  void of_unknownText_keptAndNotKnown() {
    OrderDetailType value = OrderDetailType.of("UPGRADE");

    assertThat(value.value()).isEqualTo("UPGRADE");
    assertThat(value.isKnown()).isFalse();
    assertThat(value).isEqualTo(OrderDetailType.of("UPGRADE")).hasToString("UPGRADE");
  }

  @Test
  void knownValues_referenceOrder() {
    assertThat(OrderDetailType.knownValues())
        .extracting(OrderDetailType::value)
        .containsExactly(
            "ACCESSORY", "CAUTION", "CHOOSED", "CONSUMPTION", "CREATION", "DELIVERY", "DURATION", "GIFT",
            "INSTALLATION", "LICENSE", "MUTE", "OTHER", "OUTPLAN", "QUANTITY", "REFUND", "RENEW",
            "SPECIAL", "SWITCH", "TRANSFER", "VOUCHER");
  }

  @Test
  void of_blank_throwsIllegalArgumentExceptionNamingType() {
    assertThatThrownBy(() -> OrderDetailType.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("OrderDetailType must not be blank")
        .hasMessageContaining("ACCESSORY");
  }
}
