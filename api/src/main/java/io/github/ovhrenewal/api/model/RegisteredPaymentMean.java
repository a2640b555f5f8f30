package io.github.ovhrenewal.api.model;

/**
 * A registered payment mean able to pay an order ({@code billing.order.RegisteredPaymentMean}).
 *
 * @param paymentMean the kind of mean, e.g. {@link PaymentMean#PAYPAL}
 */
public record RegisteredPaymentMean(PaymentMean paymentMean) {}
