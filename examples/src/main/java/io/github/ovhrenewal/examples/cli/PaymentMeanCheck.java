package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.api.model.PaymentMethod;
import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.core.exception.OvhNotGrantedException;
import java.io.PrintWriter;
import java.util.List;

/**
 * Checks, before ordering, that the account can pay the way {@code --pay} names. An order that
 * cannot be paid stays on the account unpaid, and a script that renews again orders twice:
 * whatever can be checked is checked before the order is sent.
 */
final class PaymentMeanCheck {
  private PaymentMeanCheck() {}

  /**
   * Resolves and checks the payment. {@code default} becomes the account's default method; a
   * payment method must exist and be {@code VALID} ({@code PaymentMethodUnusableException}, exit
   * code 2); a registered mean with an id must be among the account's valid payment methods. Means
   * without an id (ovhAccount...) have nothing to check against. A consumer key that may not read
   * the payment methods only gets a warning for a method or mean named by id: refusing would stop
   * renewals that worked before the check existed; {@code default} cannot be resolved without
   * reading them, so it is refused.
   *
   * @param client the client
   * @param payment the {@code --pay} argument
   * @param err where a warning goes
   * @return the payment to make: {@code default} resolved to {@code method:ID}, the others as given
   * @throws IllegalArgumentException if the account has no such mean, or no default method (exit
   *     code 2: nothing was sent but reads)
   */
  static PaymentArg beforeOrdering(RenewalClient client, PaymentArg payment, PrintWriter err) {
    try {
      switch (payment.kind()) {
        case DEFAULT -> {
          PaymentMethod method = client.payments().defaultMethod().orElseThrow(() -> new IllegalArgumentException(
              "--pay default: this account has no default payment method; name one with --pay method:ID "
                  + "(see 'ovh-renew payment-methods'); nothing was ordered"));
          if (!method.isValid()) {
            // Read again only to refuse with the full message (status, expiry, the valid methods).
            client.payments().requireUsable(method.paymentMethodId());
          }
          return PaymentArg.method(method.paymentMethodId());
        }
        case METHOD -> {
          client.payments().requireUsable(payment.id());
          return payment;
        }
        default -> {
          checkMean(client, payment);
          return payment;
        }
      }
    } catch (OvhNotGrantedException e) {
      if (!"NOT_GRANTED_CALL".equals(e.errorCode()) || payment.kind() == PaymentArg.Kind.DEFAULT) {
        throw e;
      }
      err.println("ovh-renew: warning: cannot check " + payment + " before ordering: this consumer key may not read"
          + " the payment methods (GET /me/payment/method); a key made by 'ovh-renew create-consumer-key' may.");
      err.flush();
      return payment;
    }
  }

  private static void checkMean(RenewalClient client, PaymentArg payment) {
    if (!payment.mean().requiresId()) {
      return;
    }
    List<Long> ids = client.orders().registeredPaymentMeanIds(payment.mean());
    if (!ids.contains(payment.meanId())) {
      throw new IllegalArgumentException("--pay " + payment + ": this account has no valid " + payment.mean()
          + " with id " + payment.meanId() + " (its valid " + payment.mean() + " ids: "
          + (ids.isEmpty() ? "none" : ids.toString()) + "); nothing was ordered");
    }
  }
}
