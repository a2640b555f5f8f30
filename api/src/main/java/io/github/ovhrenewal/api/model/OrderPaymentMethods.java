package io.github.ovhrenewal.api.model;

import java.util.List;

/**
 * What can pay an order ({@code billing.order.PaymentMethods}), as {@code GET /me/order/{orderId}/paymentMethods}
 * returns it.
 *
 * <p>The elements of {@link #paymentMethods()} are {@code payment.method.PaymentMethod}s in the
 * reference: the same fields, names and types as {@code me.payment.PaymentMethod} for every field
 * {@link PaymentMethod} reads, so they are read as {@link PaymentMethod} and compare with what
 * {@code GET /me/payment/method/{paymentMethodId}} returns.
 *
 * @param available the kinds of payment method that could pay it, registered or not, never null
 * @param paymentMethods the account's registered payment methods that can pay it, never null
 * @param registered the ids of those registered payment methods, never null
 */
public record OrderPaymentMethods(
    List<AvailablePaymentMethod> available, List<PaymentMethod> paymentMethods, List<Long> registered) {

  /**
   * Absent lists become empty lists.
   *
   * @param available the kinds of payment method that could pay it, registered or not, never null
   * @param paymentMethods the account's registered payment methods that can pay it, never null
   * @param registered the ids of those registered payment methods, never null
   */
  public OrderPaymentMethods {
    available = Lists.orEmpty(available);
    paymentMethods = Lists.orEmpty(paymentMethods);
    registered = Lists.orEmpty(registered);
  }
}
