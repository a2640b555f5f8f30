package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.api.model.OpenEnum;
import io.github.ovhrenewal.api.model.PaymentMean;
import java.util.stream.Collectors;

/**
 * The {@code --pay MEAN[:ID]} argument: a registered payment mean and its id, e.g.
 * {@code paypal:1234}, {@code creditCard:5678}, {@code ovhAccount}. Checked entirely before anything
 * is sent: the mean must be one of the reference's ({@code billing.ReusablePaymentMeanEnum}, which
 * {@link PaymentMean#knownValues()} holds), and paypal, creditCard and bankAccount need an id.
 *
 * @param mean the payment mean
 * @param meanId the registered mean's id, or null
 */
record PaymentArg(PaymentMean mean, Long meanId) {

  /**
   * Parses the argument; checks that the mean is one OVH knows and that means which need an id
   * have one.
   *
   * @param text e.g. {@code "paypal:1234"}
   * @return the payment
   * @throws IllegalArgumentException naming the text and the allowed form
   */
  static PaymentArg parse(String text) {
    String allowed = "expected MEAN[:ID], e.g. paypal:1234, creditCard:5678, ovhAccount";
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("--pay must not be blank; " + allowed);
    }
    String[] parts = text.trim().split(":", -1);
    if (parts.length > 2 || parts[0].isBlank()) {
      throw new IllegalArgumentException("--pay '" + text + "' is not valid; " + allowed);
    }
    PaymentMean mean = PaymentMean.of(parts[0]);
    if (!mean.isKnown()) {
      // PaymentMean keeps unknown values for answers; an argument must be one the API accepts, or
      // the order would be placed and then fail to be paid.
      throw new IllegalArgumentException("--pay '" + text + "': " + parts[0] + " is not a payment mean OVH knows; expected one of "
          + PaymentMean.knownValues().stream().map(OpenEnum::value).collect(Collectors.joining(", ")));
    }
    Long id = null;
    if (parts.length == 2) {
      try {
        id = Long.parseLong(parts[1]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--pay '" + text + "': the id '" + parts[1] + "' is not a number; " + allowed);
      }
      if (id <= 0) {
        throw new IllegalArgumentException("--pay '" + text + "': the id must be positive; " + allowed);
      }
    }
    if (id == null && mean.requiresId()) {
      throw new IllegalArgumentException("--pay '" + text + "': " + mean + " needs the registered mean's id, e.g. " + mean + ":1234");
    }
    return new PaymentArg(mean, id);
  }

  @Override
  public String toString() {
    return meanId == null ? mean.value() : mean.value() + ":" + meanId;
  }
}
