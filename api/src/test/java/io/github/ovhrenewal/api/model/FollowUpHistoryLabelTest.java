package io.github.ovhrenewal.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FollowUpHistoryLabelTest {

  @Test
  void of_knownText_isTheConstant() {
    assertThat(FollowUpHistoryLabel.of("REGISTERED_PAYMENT_INITIATED")).isSameAs(FollowUpHistoryLabel.REGISTERED_PAYMENT_INITIATED);
  }

  @Test
  void of_unknownText_keptAndNotKnown() {
    FollowUpHistoryLabel value = FollowUpHistoryLabel.of("PAYMENT_REFUSED");

    assertThat(value.value()).isEqualTo("PAYMENT_REFUSED");
    assertThat(value.isKnown()).isFalse();
    assertThat(value).isEqualTo(FollowUpHistoryLabel.of("PAYMENT_REFUSED")).hasToString("PAYMENT_REFUSED");
  }

  @Test
  void knownValues_referenceOrder() {
    assertThat(FollowUpHistoryLabel.knownValues())
        .extracting(FollowUpHistoryLabel::value)
        .containsExactly(
            "DELIVERY", "FRAUD_CHECK", "FRAUD_DOCS_REQUESTED", "FRAUD_MANUAL_REVIEW", "FRAUD_REFUSED",
            "INVOICE_IN_PROGRESS", "INVOICE_SENT", "ORDER_ACCEPTED", "ORDER_STARTED", "PAYMENT_CONFIRMED",
            "PAYMENT_INITIATED", "PAYMENT_RECEIVED", "REGISTERED_PAYMENT_INITIATED");
  }

  @Test
  void of_blank_throwsIllegalArgumentExceptionNamingType() {
    assertThatThrownBy(() -> FollowUpHistoryLabel.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("FollowUpHistoryLabel must not be blank")
        .hasMessageContaining("DELIVERY");
  }
}
