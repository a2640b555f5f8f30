package io.github.ovhrenewal.core.fleet;

import io.github.ovhrenewal.api.model.PaymentMean;
import io.github.ovhrenewal.api.model.PaymentMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks, before anything is ordered, that the account has the registered payment mean an apply
 * is to pay with: an order left unpaid for want of a mean is what a fleet run must not produce by
 * the hundred. The same reading as {@code client.orders().registeredPaymentMeanIds(mean)} (which
 * this package cannot call: the facade sits above it): the valid payment methods of
 * {@code GET /me/payment/method?status=VALID}, each read, matched by kind and
 * {@code paymentMeanId}.
 */
final class PaymentMeans {
  private static final String VALID = "VALID";

  private PaymentMeans() {}

  /**
   * Fails unless the account has this registered mean; a mean without an id is not checked.
   *
   * @param context the calls
   * @param mean the mean
   * @param id its id, or null
   * @throws IllegalArgumentException if the account has no valid mean of that kind with that id
   */
  static void check(FleetContext context, PaymentMean mean, Long id) {
    if (mean == null || id == null || !mean.requiresId()) {
      return;
    }
    List<Long> methodIds = context.executor().execute(context.paymentApi().listPaymentMethods(null, VALID, null));
    List<Long> found = new ArrayList<>();
    for (long methodId : methodIds == null ? List.<Long>of() : methodIds) {
      PaymentMethod method = context.executor().execute(context.paymentApi().getPaymentMethod(methodId));
      // The status filter is asked of the server and checked again.
      if (method != null && method.isValid() && method.paymentMeanId() != null && sameKind(method.paymentType(), mean)) {
        if (method.paymentMeanId().equals(id)) {
          return;
        }
        found.add(method.paymentMeanId());
      }
    }
    throw new IllegalArgumentException("payment mean " + mean + ":" + id + " is not among the account's valid registered " + mean
        + " means (" + (found.isEmpty() ? "it has none" : "it has " + found) + "); nothing was ordered");
  }

  /** The legacy mean names are the new payment types in camel case; bankAccount became SEPA direct debit. */
  private static boolean sameKind(String paymentType, PaymentMean mean) {
    if (paymentType == null) {
      return false;
    }
    String type = normalized(paymentType);
    return type.equals(normalized(mean.value()))
        || (mean.equals(PaymentMean.BANK_ACCOUNT) && type.equals(normalized(PaymentMean.SEPA_DIRECT_DEBIT.value())));
  }

  private static String normalized(String kind) {
    return kind.replace("_", "").toLowerCase(Locale.ROOT);
  }
}
