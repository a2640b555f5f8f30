package io.github.ovhrenewal.api.model;

import static io.github.ovhrenewal.api.Fixtures.parse;
import static io.github.ovhrenewal.api.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class PaymentMethodTest {

  @Test
  void fromJson_fullPaypalMethod_readsItsFieldsAndIgnoresTheOthers() {
    PaymentMethod method = parse(PaymentMethod.class, read("payment-method-paypal.json"));

    assertThat(method).isEqualTo(new PaymentMethod(98765L, "PAYPAL", null, 1234L, PaymentMethodStatus.VALID, "billing@example.com", "company PayPal", true,
        OffsetDateTime.parse("2021-03-02T10:11:12+01:00"), null));
  }

  @Test
  void fromJson_withoutMeanId_meanIdIsNull() {
    PaymentMethod method = parse(PaymentMethod.class,
        "{\"paymentMethodId\":1,\"paymentType\":\"CREDIT_CARD\",\"paymentMeanId\":null,\"status\":\"EXPIRED\"}");

    assertThat(method.paymentMeanId()).isNull();
    assertThat(method.status()).isEqualTo(PaymentMethodStatus.EXPIRED);
    assertThat(method.isValid()).isFalse();
    assertThat(method.isDefault()).isNull();
    assertThat(method.isDefaultMethod()).isFalse();
    assertThat(method.label()).isNull();
  }

  @Test
  void fromJson_defaultField_readsIntoIsDefault() {
    PaymentMethod method = parse(PaymentMethod.class,
        "{\"paymentMethodId\":2,\"paymentType\":\"CREDIT_CARD\",\"status\":\"VALID\",\"default\":true}");

    assertThat(method.isDefault()).isTrue();
    assertThat(method.isDefaultMethod()).isTrue();
    assertThat(method.isValid()).isTrue();
  }

  @Test
  void fromJson_unknownStatus_keepsItsTextAndCannotPay() {
    PaymentMethod method = parse(PaymentMethod.class,
        "{\"paymentMethodId\":3,\"paymentType\":\"PAYPAL\",\"status\":\"SUSPENDED_2031\"}");

    assertThat(method.status().value()).isEqualTo("SUSPENDED_2031");
    assertThat(method.status().isKnown()).isFalse();
    assertThat(method.isValid()).isFalse();
  }
}
