package io.github.ovhrenewal.examples.sandbox;

import java.time.OffsetDateTime;

/**
 * One payment method of the account ({@code me.payment.PaymentMethod}), and the registered
 * payment mean behind it, which {@code payWithRegisteredPaymentMean} names by its legacy kind and
 * id ({@code paypal} 1234).
 *
 * @param paymentMethodId its id under {@code /me/payment/method}
 * @param paymentType its kind in the new API's spelling, e.g. {@code PAYPAL}
 * @param paymentMean the same kind in {@code billing.ReusablePaymentMeanEnum}'s legacy spelling,
 *     e.g. {@code paypal}
 * @param paymentMeanId the registered mean's id, as payments take it
 * @param label its public label
 * @param isDefault whether it is the account's default
 * @param status e.g. {@code VALID}
 * @param creation when it was registered
 * @param paymentSubType e.g. {@code VISA} for a card, or null
 * @param expiration when it expires (a card), or null
 */
record SandboxPaymentMethod(
    long paymentMethodId,
    String paymentType,
    String paymentMean,
    long paymentMeanId,
    String label,
    boolean isDefault,
    String status,
    OffsetDateTime creation,
    String paymentSubType,
    OffsetDateTime expiration) {

  static final String VALID = "VALID";

  /** Whether it can pay: only a valid method does. */
  boolean isValid() {
    return VALID.equals(status);
  }
}
