package io.github.ovhrenewal.api.model;

import static io.github.ovhrenewal.api.Fixtures.adapter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PayWithPaymentMethodTest {

  @Test
  void toJson_id_exactBytes() {
    assertThat(adapter(PayWithPaymentMethod.class).toJson(new PayWithPaymentMethod(555L))).isEqualTo("{\"id\":555}");
  }

  @Test
  void constructor_nonPositiveId_throwsIllegalArgumentExceptionNamingIt() {
    assertThatThrownBy(() -> new PayWithPaymentMethod(0L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("payment method id 0 must be a positive number");
    assertThatThrownBy(() -> new PayWithPaymentMethod(Long.MIN_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(Long.MIN_VALUE));
  }
}
