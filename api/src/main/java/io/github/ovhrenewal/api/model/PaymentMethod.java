package io.github.ovhrenewal.api.model;

/**
 * A payment method of the account ({@code me.payment.PaymentMethod}), as
 * {@code GET /me/payment/method/{paymentMethodId}} returns it. Only the fields this SDK reads; the
 * others are ignored.
 *
 * <p>Its {@link #paymentMeanId()} is the id that {@code payWithRegisteredPaymentMean} takes for a
 * mean of the same kind (a PayPal account, a card, a bank account): what lets a caller check a
 * payment mean before ordering.
 *
 * <p>{@link OrderPaymentMethods#paymentMethods()} holds the same fields ({@code payment.method.PaymentMethod}),
 * read as this type too.
 *
 * @param paymentMethodId the payment method's id
 * @param paymentType its kind, in the new API's spelling: e.g. {@code PAYPAL}, {@code CREDIT_CARD},
 *     {@code SEPA_DIRECT_DEBIT} (text, since the reference types it as a free string)
 * @param paymentMeanId the id of the registered payment mean behind it, or null
 * @param status its state ({@code me.payment.method.StatusEnum}): only {@code VALID} can pay
 * @param label its public label (e.g. a masked card number), or null
 * @param description the account owner's own description, or null
 */
public record PaymentMethod(
    long paymentMethodId,
    String paymentType,
    Long paymentMeanId,
    String status,
    String label,
    String description) {}
