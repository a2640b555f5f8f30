package io.github.ovhrenewal.api.model;

/**
 * A kind of payment method that could pay an order ({@code payment.method.AvailablePaymentMethod}).
 * Only the fields that say how it could pay; the others (icon, integration, and the session,
 * merchant and organization ids that only registering a new method uses) are ignored.
 *
 * @param oneshot whether it can pay once without being registered, or null
 * @param paymentSubType its sub-type, e.g. {@code VISA}, or null (text, since the reference types it as a free string)
 * @param paymentType its type, e.g. {@code CREDIT_CARD} or {@code PAYPAL} (text, as in {@link PaymentMethod#paymentType()})
 * @param registerable whether it can be registered, or null
 * @param registerableWithTransaction whether it can be registered while paying the order, or null
 */
public record AvailablePaymentMethod(
    Boolean oneshot,
    String paymentSubType,
    String paymentType,
    Boolean registerable,
    Boolean registerableWithTransaction) {}
