package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.core.exception.OvhNotGrantedException;
import io.github.ovhrenewal.core.RenewalClient;
import java.io.PrintWriter;
import java.util.List;

/**
 * Checks, before ordering, that the account can pay with the mean {@code --pay} names. An order
 * that cannot be paid stays on the account unpaid, and a script that renews again orders twice:
 * whatever can be checked is checked before the order is sent.
 */
final class PaymentMeanCheck {
  private PaymentMeanCheck() {}

  /**
   * Refuses a mean with an id that the account does not have among its valid payment methods.
   * Means without an id (ovhAccount...) have nothing to check against. A consumer key that may not
   * read the payment methods only gets a warning: refusing would stop renewals that worked before
   * the check existed.
   *
   * @param client the client
   * @param payment the {@code --pay} argument
   * @param err where the warning goes
   * @throws IllegalArgumentException if the account has no such mean (exit code 2: nothing was sent
   *     but reads)
   */
  static void beforeOrdering(RenewalClient client, PaymentArg payment, PrintWriter err) {
    if (!payment.mean().requiresId()) {
      return;
    }
    List<Long> ids;
    try {
      ids = client.orders().registeredPaymentMeanIds(payment.mean());
    } catch (OvhNotGrantedException e) {
      if (!"NOT_GRANTED_CALL".equals(e.errorCode())) {
        throw e;
      }
      err.println("ovh-renew: warning: cannot check " + payment + " before ordering: this consumer key may not read"
          + " the payment methods (GET /me/payment/method); a key made by 'ovh-renew create-consumer-key' may.");
      err.flush();
      return;
    }
    if (!ids.contains(payment.meanId())) {
      throw new IllegalArgumentException("--pay " + payment + ": this account has no valid " + payment.mean()
          + " with id " + payment.meanId() + " (its valid " + payment.mean() + " ids: "
          + (ids.isEmpty() ? "none" : ids.toString()) + "); nothing was ordered");
    }
  }
}
