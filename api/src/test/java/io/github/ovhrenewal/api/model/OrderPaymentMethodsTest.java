package io.github.ovhrenewal.api.model;

import static io.github.ovhrenewal.api.Fixtures.parse;
import static io.github.ovhrenewal.api.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderPaymentMethodsTest {

  @Test
  void fromJson_paypalAndCard_readsRegisteredMethodsAndTheirIds() {
    OrderPaymentMethods methods = parse(OrderPaymentMethods.class, read("order-payment-methods.json"));

    assertThat(methods.registered()).containsExactly(98_765L, 98_766L);
    assertThat(methods.paymentMethods())
        .containsExactly(
            new PaymentMethod(98_765L, "PAYPAL", 1_234L, "VALID", "billing@example.com", "company PayPal"),
            new PaymentMethod(98_766L, "CREDIT_CARD", 5_678L, "VALID", "XXXX XXXX XXXX 4242", null));
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
