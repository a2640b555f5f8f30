package io.github.ovhrenewal.api.model;

/**
 * The payment method an order is to be paid with ({@code billing.order.PayWithPaymentMethod}): {@code {"id":555}}.
 *
 * <p>A request value, so it validates: a bad one fails here, before anything is sent.
 *
 * @param id the payment method's id, a {@link PaymentMethod#paymentMethodId()} (e.g. from
 *     {@code GET /me/payment/method?default=true} or {@link OrderPaymentMethods#registered()})
 */
public record PayWithPaymentMethod(long id) {

  /**
   * Checks the value.
   *
   * @throws IllegalArgumentException if {@code id} is not positive
   *
   * @param id the payment method's id, a {@link PaymentMethod#paymentMethodId()} (e.g. from {@code GET /me/payment/method?default=true} or {@link OrderPaymentMethods#registered()})
   */
  public PayWithPaymentMethod {
    if (id <= 0) {
      throw new IllegalArgumentException("payment method id " + id + " must be a positive number");
    }
  }
}
