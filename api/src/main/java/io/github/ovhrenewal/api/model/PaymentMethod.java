package io.github.ovhrenewal.api.model;

import com.squareup.moshi.Json;
import java.time.OffsetDateTime;

/**
 * A payment method of the account ({@code me.payment.PaymentMethod}), as
 * {@code GET /me/payment/method/{paymentMethodId}} returns it. Only the fields this SDK reads; the
 * others are ignored.
 *
 * <p>Its {@link #paymentMethodId()} is what {@code POST /me/order/{orderId}/pay} takes; its
 * {@link #paymentMeanId()} is the id that {@code payWithRegisteredPaymentMean} takes for a mean of
 * the same kind (a PayPal account, a card, a bank account).
 *
 * <p>{@link OrderPaymentMethods#paymentMethods()} holds the same fields ({@code payment.method.PaymentMethod}),
 * read as this type too.
 *
 * @param paymentMethodId the payment method's id
 * @param paymentType its kind, in the new API's spelling: e.g. {@code PAYPAL}, {@code CREDIT_CARD},
 *     {@code SEPA_DIRECT_DEBIT} (text, since the reference types it as a free string)
 * @param paymentSubType its sub-kind, e.g. {@code VISA} or {@code MASTERCARD} for a card, or null
 * @param paymentMeanId the id of the registered payment mean behind it, or null
 * @param status its state: only {@link PaymentMethodStatus#VALID} can pay
 * @param label its public label (e.g. a masked card number), or null
 * @param description the account owner's own description, or null
 * @param isDefault whether it is the account's default method (JSON {@code default}), or null when
 *     the answer does not say
 * @param creationDate when it was registered, or null
 * @param expirationDate when it expires (a card), or null
 */
public record PaymentMethod(
    long paymentMethodId,
    String paymentType,
    String paymentSubType,
    Long paymentMeanId,
    PaymentMethodStatus status,
    String label,
    String description,
    @Json(name = "default") Boolean isDefault,
    OffsetDateTime creationDate,
    OffsetDateTime expirationDate) {

  /**
   * Whether this method can pay now: its status is {@link PaymentMethodStatus#VALID}.
   *
   * @return true when valid
   */
  public boolean isValid() {
    return PaymentMethodStatus.VALID.equals(status);
  }

  /**
   * Whether this is the account's default method.
   *
   * @return true only when the answer says so
   */
  public boolean isDefaultMethod() {
    return Boolean.TRUE.equals(isDefault);
  }
}
