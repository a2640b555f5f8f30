package io.github.ovhrenewal.core;

import io.github.ovhrenewal.api.model.PaymentMethodStatus;

/**
 * Which payment methods {@link Payments#methods(PaymentMethodFilter)} returns. Immutable: each
 * method returns a new filter.
 *
 * <pre>{@code
 * client.payments().methods(PaymentMethodFilter.all().paymentType("CREDIT_CARD").status(PaymentMethodStatus.VALID));
 * }</pre>
 *
 * @param defaultOnly true for the default method only, false for the others, null for both
 * @param paymentType only methods of this kind (e.g. {@code PAYPAL}, {@code CREDIT_CARD}), or null
 * @param status only methods in this state, or null
 */
public record PaymentMethodFilter(Boolean defaultOnly, String paymentType, PaymentMethodStatus status) {

  /**
   * Checks the kind.
   *
   * @param defaultOnly true for the default method only, false for the others, null for both
   * @param paymentType only methods of this kind, or null
   * @param status only methods in this state, or null
   * @throws IllegalArgumentException if the kind is blank or holds characters no kind has
   */
  public PaymentMethodFilter {
    if (paymentType != null && !paymentType.matches("[A-Za-z0-9_]{1,64}")) {
      throw new IllegalArgumentException("paymentType must be a kind such as PAYPAL or CREDIT_CARD (letters, digits, _), got '"
          + (paymentType.length() > 64 ? paymentType.substring(0, 64) + "…" : paymentType) + "'");
    }
  }

  /**
   * Every method.
   *
   * @return the filter that keeps all
   */
  public static PaymentMethodFilter all() {
    return new PaymentMethodFilter(null, null, null);
  }

  /**
   * The default method only.
   *
   * @return the filter
   */
  public static PaymentMethodFilter defaultMethod() {
    return new PaymentMethodFilter(true, null, null);
  }

  /**
   * This filter, keeping only methods of one kind.
   *
   * @param type e.g. {@code PAYPAL}, {@code CREDIT_CARD}, {@code SEPA_DIRECT_DEBIT}
   * @return a new filter
   * @throws IllegalArgumentException if the kind is blank or malformed
   */
  public PaymentMethodFilter paymentType(String type) {
    return new PaymentMethodFilter(defaultOnly, type, status);
  }

  /**
   * This filter, keeping only methods in one state.
   *
   * @param state e.g. {@link PaymentMethodStatus#VALID}
   * @return a new filter
   */
  public PaymentMethodFilter status(PaymentMethodStatus state) {
    return new PaymentMethodFilter(defaultOnly, paymentType, state);
  }
}
