package io.github.ovhrenewal.api.model;

import static io.github.ovhrenewal.api.Fixtures.adapter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PayWithPaymentMethodRequestTest {

  @Test
  void toJson_guideRequest_exactBytes() {
    assertThat(adapter(PayWithPaymentMethodRequest.class).toJson(PayWithPaymentMethodRequest.of(555L)))
        .isEqualTo("{\"paymentMethod\":{\"id\":555}}");
  }

  @Test
  void toJson_idBeyondInt_writtenWhole() {
    assertThat(adapter(PayWithPaymentMethodRequest.class).toJson(PayWithPaymentMethodRequest.of(9_000_000_000L)))
        .isEqualTo("{\"paymentMethod\":{\"id\":9000000000}}");
  }

  @Test
  void of_zeroId_throwsIllegalArgumentExceptionNamingIt() {
    assertThatThrownBy(() -> PayWithPaymentMethodRequest.of(0L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("payment method id 0 must be a positive number");
  }

  @Test
  void of_negativeId_throwsIllegalArgumentExceptionNamingIt() {
    assertThatThrownBy(() -> PayWithPaymentMethodRequest.of(-555L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("payment method id -555 must be a positive number");
  }

  @Test
  void constructor_nullPaymentMethod_throwsIllegalArgumentException() {
    assertThatThrownBy(() -> new PayWithPaymentMethodRequest(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("paymentMethod must not be null");
  }
}
