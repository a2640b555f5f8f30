package io.github.ovhrenewal.api.model;

import static io.github.ovhrenewal.api.Fixtures.parse;
import static io.github.ovhrenewal.api.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaymentMethodTest {

  @Test
  void fromJson_fullPaypalMethod_readsItsFieldsAndIgnoresTheOthers() {
    PaymentMethod method = parse(PaymentMethod.class, read("payment-method-paypal.json"));

    assertThat(method).isEqualTo(new PaymentMethod(98765L, "PAYPAL", 1234L, "VALID", "billing@example.com", "company PayPal"));
  }

  @Test
  void fromJson_withoutMeanId_meanIdIsNull() {
    PaymentMethod method = parse(PaymentMethod.class,
        "{\"paymentMethodId\":1,\"paymentType\":\"CREDIT_CARD\",\"paymentMeanId\":null,\"status\":\"EXPIRED\"}");

    assertThat(method.paymentMeanId()).isNull();
    assertThat(method.status()).isEqualTo("EXPIRED");
    assertThat(method.label()).isNull();
  }
}
