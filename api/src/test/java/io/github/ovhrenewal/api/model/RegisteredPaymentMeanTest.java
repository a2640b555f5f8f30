package io.github.ovhrenewal.api.model;

import static io.github.ovhrenewal.api.Fixtures.parseList;
import static io.github.ovhrenewal.api.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegisteredPaymentMeanTest {

  @Test
  void fromJson_list_readsKnownMeans() {
    assertThat(parseList(RegisteredPaymentMean.class, read("registered-payment-means.json")))
        .extracting(RegisteredPaymentMean::paymentMean)
        .containsExactly(
            PaymentMean.PAYPAL, PaymentMean.CREDIT_CARD, PaymentMean.OVH_ACCOUNT, PaymentMean.SEPA_DIRECT_DEBIT);
  }

  @Test
  void fromJson_unknownMean_keepsText() {
    RegisteredPaymentMean mean = parseList(RegisteredPaymentMean.class, "[{\"paymentMean\":\"bitcoin\"}]").get(0);

    assertThat(mean.paymentMean()).hasToString("bitcoin");
    assertThat(mean.paymentMean().isKnown()).isFalse();
  }

  @Test
  void fromJson_emptyList_isEmpty() {
    assertThat(parseList(RegisteredPaymentMean.class, "[]")).isEmpty();
  }
}
