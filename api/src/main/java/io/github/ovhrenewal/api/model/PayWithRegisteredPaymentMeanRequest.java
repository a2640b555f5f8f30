package io.github.ovhrenewal.api.model;

/**
 * The body of {@code POST /me/order/{orderId}/payWithRegisteredPaymentMean}:
 * {@code {"paymentMean":"paypal","paymentMeanId":1234}}.
 *
 * <p>A request value, so it validates: a bad one fails here, before anything is sent.
 *
 * @param paymentMean the kind of registered mean
 * @param paymentMeanId the registered mean's id; mandatory for {@code paypal}, {@code creditCard}
 *     and {@code bankAccount}, left out of the JSON when null
 */
public record PayWithRegisteredPaymentMeanRequest(PaymentMean paymentMean, Long paymentMeanId) {

  /**
   * Checks the values.
   *
   * @param paymentMean the kind of registered mean, not null
   * @param paymentMeanId the registered mean's id, positive; null only for a mean that takes none
   * @throws IllegalArgumentException if {@code paymentMean} is null, its id is missing where OVH
   *     requires one, or the id is not positive
   */
  public PayWithRegisteredPaymentMeanRequest {
    if (paymentMean == null) {
      throw new IllegalArgumentException("paymentMean must not be null; e.g. " + PaymentMean.knownValues());
    }
    if (paymentMeanId == null && paymentMean.requiresId()) {
      throw new IllegalArgumentException(
          "paymentMeanId is mandatory for paymentMean '" + paymentMean + "' (as for paypal, creditCard and bankAccount)");
    }
    if (paymentMeanId != null && paymentMeanId <= 0) {
      throw new IllegalArgumentException("paymentMeanId " + paymentMeanId + " must be a positive number");
    }
  }
}
