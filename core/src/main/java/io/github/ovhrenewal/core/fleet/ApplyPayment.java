package io.github.ovhrenewal.core.fleet;

import io.github.ovhrenewal.api.PaymentApi;
import io.github.ovhrenewal.api.model.NoContent;
import io.github.ovhrenewal.api.model.PayWithPaymentMethodRequest;
import io.github.ovhrenewal.api.model.PayWithRegisteredPaymentMeanRequest;
import io.github.ovhrenewal.core.internal.PaymentMethodReads;
import retrofit2.Call;

/**
 * How an apply pays each order: with a payment method ({@code POST /me/order/{id}/pay}) or a
 * registered mean ({@code payWithRegisteredPaymentMean}). Built from the options before anything
 * is sent, so a malformed payment fails first.
 */
final class ApplyPayment {
  private final PayWithRegisteredPaymentMeanRequest mean;
  private final Long methodId;

  private ApplyPayment(PayWithRegisteredPaymentMeanRequest mean, Long methodId) {
    this.mean = mean;
    this.methodId = methodId;
  }

  /** The payment the options name, or null when orders are not paid. */
  static ApplyPayment of(ApplyOptions options) {
    if (options.paymentMethodId() != null) {
      return new ApplyPayment(null, options.paymentMethodId());
    }
    if (options.paymentMean() != null) {
      return new ApplyPayment(new PayWithRegisteredPaymentMeanRequest(options.paymentMean(), options.paymentMeanId()), null);
    }
    return null;
  }

  /** Checks, before anything is ordered, that the account can pay this way. */
  void check(FleetContext context) {
    if (methodId != null) {
      PaymentMethodReads.requireUsable(context.executor(), context.paymentApi(), methodId);
    } else {
      PaymentMeans.check(context, mean.paymentMean(), mean.paymentMeanId());
    }
  }

  /** The payment call for one order: sent once, by the caller. */
  Call<NoContent> call(PaymentApi api, long orderId) {
    return methodId != null ? api.pay(orderId, PayWithPaymentMethodRequest.of(methodId)) : api.payWithRegisteredPaymentMean(orderId, mean);
  }

  /** For messages: {@code payment method 3002} or {@code paypal}. */
  @Override
  public String toString() {
    return methodId != null ? "payment method " + methodId : String.valueOf(mean.paymentMean());
  }
}
