package io.github.ovhrenewal.api.model;

/**
 * The body of {@code POST /me/order/{orderId}/pay}: {@code {"paymentMethod":{"id":555}}}.
 *
 * <p>A request value, so it validates: a bad one fails here, before anything is sent.
 *
 * @param paymentMethod the payment method to pay with
 */
public record PayWithPaymentMethodRequest(PayWithPaymentMethod paymentMethod) {

  /**
   * Checks the value.
   *
   * @throws IllegalArgumentException if {@code paymentMethod} is null
   *
   * @param paymentMethod the payment method to pay with
   */
  public PayWithPaymentMethodRequest {
    if (paymentMethod == null) {
      throw new IllegalArgumentException("paymentMethod must not be null");
    }
  }

  /**
   * The body that pays with one payment method.
   *
   * @param paymentMethodId the payment method's id, e.g. {@code 555}
   * @return the body, {@code {"paymentMethod":{"id":555}}}
   * @throws IllegalArgumentException if {@code paymentMethodId} is not positive
   */
  public static PayWithPaymentMethodRequest of(long paymentMethodId) {
    return new PayWithPaymentMethodRequest(new PayWithPaymentMethod(paymentMethodId));
  }
}
