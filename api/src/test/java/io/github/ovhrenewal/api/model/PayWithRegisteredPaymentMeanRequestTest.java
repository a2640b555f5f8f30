package io.github.ovhrenewal.api.model;

import static io.github.ovhrenewal.api.Fixtures.adapter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PayWithRegisteredPaymentMeanRequestTest {

  @Test
  void toJson_paypalWithId_exactBytes() {
    PayWithRegisteredPaymentMeanRequest request = new PayWithRegisteredPaymentMeanRequest(PaymentMean.PAYPAL, 1234L);

    assertThat(adapter(PayWithRegisteredPaymentMeanRequest.class).toJson(request))
        .isEqualTo("{\"paymentMean\":\"paypal\",\"paymentMeanId\":1234}");
  }

  @Test
  void toJson_ovhAccountWithoutId_leavesIdOut() {
    PayWithRegisteredPaymentMeanRequest request = new PayWithRegisteredPaymentMeanRequest(PaymentMean.OVH_ACCOUNT, null);

    assertThat(adapter(PayWithRegisteredPaymentMeanRequest.class).toJson(request))
        .isEqualTo("{\"paymentMean\":\"ovhAccount\"}");
  }

  @Test
  void constructor_ovhAccountWithoutId_accepted() {
    assertThat(new PayWithRegisteredPaymentMeanRequest(PaymentMean.OVH_ACCOUNT, null).paymentMeanId()).isNull();
  }

  @Test
  void constructor_nullMean_throwsIllegalArgumentException() {
    assertThatThrownBy(() -> new PayWithRegisteredPaymentMeanRequest(null, 1234L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("paymentMean must not be null");
  }

  @Test
  void constructor_paypalWithoutId_throwsIllegalArgumentExceptionNamingPaypal() {
    assertThatThrownBy(() -> new PayWithRegisteredPaymentMeanRequest(PaymentMean.PAYPAL, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("paymentMeanId is mandatory for paymentMean 'paypal'");
  }

  @Test
  void constructor_creditCardOrBankAccountWithoutId_throwsIllegalArgumentException() {
    assertThatThrownBy(() -> new PayWithRegisteredPaymentMeanRequest(PaymentMean.CREDIT_CARD, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'creditCard'");
    assertThatThrownBy(() -> new PayWithRegisteredPaymentMeanRequest(PaymentMean.BANK_ACCOUNT, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'bankAccount'");
  }

  @Test
  void constructor_zeroOrNegativeId_throwsIllegalArgumentExceptionNamingIt() {
    assertThatThrownBy(() -> new PayWithRegisteredPaymentMeanRequest(PaymentMean.PAYPAL, 0L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("paymentMeanId 0 must be a positive number");
    assertThatThrownBy(() -> new PayWithRegisteredPaymentMeanRequest(PaymentMean.OVH_ACCOUNT, -1L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("paymentMeanId -1 must be a positive number");
  }

  @Test
  void constructor_unknownMeanWithoutId_accepted() {
    assertThat(new PayWithRegisteredPaymentMeanRequest(PaymentMean.of("bitcoin"), null).paymentMean())
        .hasToString("bitcoin");
  }
}
