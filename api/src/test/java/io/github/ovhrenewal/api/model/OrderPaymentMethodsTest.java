package io.github.ovhrenewal.api.model;

import static io.github.ovhrenewal.api.Fixtures.parse;
import static io.github.ovhrenewal.api.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class OrderPaymentMethodsTest {

  @Test
  void fromJson_paypalAndCard_readsRegisteredMethodsAndTheirIds() {
    OrderPaymentMethods methods = parse(OrderPaymentMethods.class, read("order-payment-methods.json"));

    assertThat(methods.registered()).containsExactly(98_765L, 98_766L);
    assertThat(methods.paymentMethods())
        .containsExactly(
            new PaymentMethod(98_765L, "PAYPAL", null, 1_234L, PaymentMethodStatus.VALID, "billing@example.com", "company PayPal", true,
                OffsetDateTime.parse("2021-03-02T10:11:12+01:00"), null),
            new PaymentMethod(98_766L, "CREDIT_CARD", "VISA", 5_678L, PaymentMethodStatus.VALID, "XXXX XXXX XXXX 4242", null, false,
                OffsetDateTime.parse("2022-09-10T09:00:00+02:00"), OffsetDateTime.parse("2026-08-31T23:59:59+02:00")));
  }

  @Test
  void fromJson_paypalAndCard_readsWhatCouldPay() {
    OrderPaymentMethods methods = parse(OrderPaymentMethods.class, read("order-payment-methods.json"));

    assertThat(methods.available())
        .containsExactly(
            new AvailablePaymentMethod(true, null, "CREDIT_CARD", true, true),
            new AvailablePaymentMethod(true, null, "PAYPAL", true, false));
  }

  @Test
  void fromJson_emptyObject_listsEmpty() {
    OrderPaymentMethods methods = parse(OrderPaymentMethods.class, "{}");

    assertThat(methods.available()).isNotNull().isEmpty();
    assertThat(methods.paymentMethods()).isNotNull().isEmpty();
    assertThat(methods.registered()).isNotNull().isEmpty();
  }

  @Test
  void fromJson_listsNull_listsEmpty() {
    OrderPaymentMethods methods =
        parse(OrderPaymentMethods.class, "{\"available\":null,\"paymentMethods\":null,\"registered\":null}");

    assertThat(methods.available()).isNotNull().isEmpty();
    assertThat(methods.paymentMethods()).isNotNull().isEmpty();
    assertThat(methods.registered()).isNotNull().isEmpty();
  }

  @Test
  void fromJson_availableWithOnlyItsType_optionalsNull() {
    AvailablePaymentMethod available =
        parse(OrderPaymentMethods.class, "{\"available\":[{\"paymentType\":\"SEPA_DIRECT_DEBIT\"}]}").available().get(0);

    assertThat(available).isEqualTo(new AvailablePaymentMethod(null, null, "SEPA_DIRECT_DEBIT", null, null));
  }
}
