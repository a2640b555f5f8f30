package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.api.model.OpenEnum;
import io.github.ovhrenewal.api.model.PaymentMean;
import java.util.stream.Collectors;

/**
 * The {@code --pay} argument, in one of three forms, checked entirely before anything is sent:
 * <ul>
 *   <li>{@code default}: the account's default payment method ({@code GET /me/payment/method?default=true}),
 *       resolved before ordering;
 *   <li>{@code method:ID}: a payment method by its id ({@code POST /me/order/{id}/pay});
 *   <li>{@code MEAN[:ID]}: a registered payment mean, e.g. {@code paypal:1234}, {@code creditCard:5678},
 *       {@code ovhAccount} ({@code payWithRegisteredPaymentMean}). The mean must be one of the
 *       reference's ({@code billing.ReusablePaymentMeanEnum}), and paypal, creditCard and
 *       bankAccount need an id.
 * </ul>
 *
 * @param kind which form
 * @param mean the registered mean, for {@link Kind#MEAN}; null otherwise
 * @param id the payment method's id ({@link Kind#METHOD}), the registered mean's id ({@link Kind#MEAN},
 *     or null for a mean without one), or null ({@link Kind#DEFAULT})
 */
record PaymentArg(Kind kind, PaymentMean mean, Long id) {

  /** The forms of {@code --pay}. */
  enum Kind {
    /** The account's default payment method, not yet resolved. */
    DEFAULT,
    /** A payment method, by id. */
    METHOD,
    /** A registered payment mean. */
    MEAN
  }

  static final String FORMS = "expected default, method:ID (a payment method, see 'ovh-renew payment-methods'), "
      + "or a registered mean MEAN[:ID], e.g. paypal:1234, creditCard:5678, ovhAccount";

  /**
   * Parses the argument.
   *
   * @param text e.g. {@code "default"}, {@code "method:3002"}, {@code "paypal:1234"}
   * @return the payment
   * @throws IllegalArgumentException naming the text and the allowed forms
   */
  static PaymentArg parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("--pay must not be blank; " + FORMS);
    }
    String trimmed = text.trim();
    if (trimmed.equals("default")) {
      return new PaymentArg(Kind.DEFAULT, null, null);
    }
    String[] parts = trimmed.split(":", -1);
    if (parts.length > 2 || parts[0].isBlank()) {
      throw new IllegalArgumentException("--pay '" + text + "' is not valid; " + FORMS);
    }
    if (parts[0].equals("method")) {
      if (parts.length != 2) {
        throw new IllegalArgumentException("--pay '" + text + "': a payment method needs its id, e.g. method:3002; " + FORMS);
      }
      return new PaymentArg(Kind.METHOD, null, id(text, parts[1]));
    }
    PaymentMean mean = PaymentMean.of(parts[0]);
    if (!mean.isKnown()) {
      // PaymentMean keeps unknown values for answers; an argument must be one the API accepts, or
      // the order would be placed and then fail to be paid.
      throw new IllegalArgumentException("--pay '" + text + "': " + parts[0] + " is neither default, method:ID nor a payment mean OVH knows ("
          + PaymentMean.knownValues().stream().map(OpenEnum::value).collect(Collectors.joining(", ")) + "); " + FORMS);
    }
    Long id = parts.length == 2 ? id(text, parts[1]) : null;
    if (id == null && mean.requiresId()) {
      throw new IllegalArgumentException("--pay '" + text + "': " + mean + " needs the registered mean's id, e.g. " + mean + ":1234");
    }
    return new PaymentArg(Kind.MEAN, mean, id);
  }

  private static long id(String text, String digits) {
    long id;
    try {
      id = Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--pay '" + text + "': the id '" + digits + "' is not a number; " + FORMS);
    }
    if (id <= 0) {
      throw new IllegalArgumentException("--pay '" + text + "': the id must be positive; " + FORMS);
    }
    return id;
  }

  /** A payment method by id. */
  static PaymentArg method(long paymentMethodId) {
    return new PaymentArg(Kind.METHOD, null, paymentMethodId);
  }

  /** Whether this pays with a payment method ({@code POST /me/order/{id}/pay}). */
  boolean isMethod() {
    return kind == Kind.METHOD;
  }

  /** The registered mean's id, for {@link Kind#MEAN}. */
  Long meanId() {
    return kind == Kind.MEAN ? id : null;
  }

  @Override
  public String toString() {
    return switch (kind) {
      case DEFAULT -> "default";
      case METHOD -> "method:" + id;
      case MEAN -> id == null ? mean.value() : mean.value() + ":" + id;
    };
  }
}
