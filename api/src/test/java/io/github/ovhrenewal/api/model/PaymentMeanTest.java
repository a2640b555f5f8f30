package io.github.ovhrenewal.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentMeanTest {

  @Test
  void of_paypal_returnsConstant() {
    assertThat(PaymentMean.of("paypal")).isSameAs(PaymentMean.PAYPAL);
    assertThat(PaymentMean.of("creditCard")).isSameAs(PaymentMean.CREDIT_CARD);
    assertThat(PaymentMean.of("ovhAccount")).isSameAs(PaymentMean.OVH_ACCOUNT);
  }

  @Test
  void of_upperCaseSpelling_isKnownButDistinct() {
    PaymentMean upper = PaymentMean.of("PAYPAL");

    assertThat(upper.isKnown()).isTrue();
    assertThat(upper).isNotEqualTo(PaymentMean.PAYPAL);
  }

  @Test
  void requiresId_paypalCreditCardBankAccount_isTrue() {
    assertThat(PaymentMean.PAYPAL.requiresId()).isTrue();
    assertThat(PaymentMean.CREDIT_CARD.requiresId()).isTrue();
    assertThat(PaymentMean.BANK_ACCOUNT.requiresId()).isTrue();
  }

  @Test
  void requiresId_everyOtherKnownMean_isFalse() {
    Set<String> needId = Set.of("paypal", "creditCard", "bankAccount");

    assertThat(PaymentMean.knownValues())
        .allSatisfy(mean -> assertThat(mean.requiresId()).as(mean.value()).isEqualTo(needId.contains(mean.value())));
    assertThat(PaymentMean.OVH_ACCOUNT.requiresId()).isFalse();
    assertThat(PaymentMean.FIDELITY_ACCOUNT.requiresId()).isFalse();
  }

  @Test
  void of_unknown_keptAndNotKnown() {
    PaymentMean bitcoin = PaymentMean.of("bitcoin");

    assertThat(bitcoin.value()).isEqualTo("bitcoin");
    assertThat(bitcoin).hasToString("bitcoin");
    assertThat(bitcoin.isKnown()).isFalse();
    assertThat(bitcoin.requiresId()).isFalse();
    assertThat(bitcoin).isEqualTo(PaymentMean.of("bitcoin"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " \t"})
  void of_nullOrBlank_throwsIllegalArgumentExceptionWithMessage(String text) {
    assertThatThrownBy(() -> PaymentMean.of(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("PaymentMean must not be " + (text == null ? "null" : "blank"))
        .hasMessageContaining("paypal");
  }

  @Test
  void knownValues_containsEveryReferenceMean() {
    assertThat(PaymentMean.knownValues())
        .extracting(PaymentMean::value)
        .containsExactlyInAnyOrder(
            "CREDIT_CARD", "CURRENT_ACCOUNT", "DEFERRED_PAYMENT_ACCOUNT", "DOMESTIC_CARD", "ENTERPRISE",
            "INTERNAL_TRUSTED_ACCOUNT", "PAYPAL", "RUPAY", "SEPA_DIRECT_DEBIT", "bankAccount", "creditCard",
            "deferredPaymentAccount", "fidelityAccount", "ovhAccount", "paypal");
    assertThat(PaymentMean.knownValues()).first().isSameAs(PaymentMean.PAYPAL);
  }
}
