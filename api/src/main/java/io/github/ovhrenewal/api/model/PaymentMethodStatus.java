package io.github.ovhrenewal.api.model;

import java.util.List;

/**
 * The state of a payment method ({@code me.payment.method.StatusEnum}): only {@link #VALID} can pay.
 *
 * <p>An open enumeration: values the server adds later parse too and keep their text (see {@link OpenEnum}).
 */
public final class PaymentMethodStatus extends OpenEnum {
  private static final Registry<PaymentMethodStatus> REGISTRY = new Registry<>("PaymentMethodStatus", PaymentMethodStatus::new);

  /** The value {@code CANCELED}. */
  public static final PaymentMethodStatus CANCELED = REGISTRY.known("CANCELED");
  /** The value {@code CANCELING}. */
  public static final PaymentMethodStatus CANCELING = REGISTRY.known("CANCELING");
  /** The value {@code CREATED}. */
  public static final PaymentMethodStatus CREATED = REGISTRY.known("CREATED");
  /** The value {@code CREATING}. */
  public static final PaymentMethodStatus CREATING = REGISTRY.known("CREATING");
  /** The value {@code ERROR}. */
  public static final PaymentMethodStatus ERROR = REGISTRY.known("ERROR");
  /** The value {@code EXPIRED}. */
  public static final PaymentMethodStatus EXPIRED = REGISTRY.known("EXPIRED");
  /** The value {@code FAILED}. */
  public static final PaymentMethodStatus FAILED = REGISTRY.known("FAILED");
  /** The value {@code MAINTENANCE}. */
  public static final PaymentMethodStatus MAINTENANCE = REGISTRY.known("MAINTENANCE");
  /** The value {@code PAUSED}. */
  public static final PaymentMethodStatus PAUSED = REGISTRY.known("PAUSED");
  /** The value {@code REJECTED}. */
  public static final PaymentMethodStatus REJECTED = REGISTRY.known("REJECTED");
  /** The value {@code REPLACED}. */
  public static final PaymentMethodStatus REPLACED = REGISTRY.known("REPLACED");
  /** The value {@code VALID}. */
  public static final PaymentMethodStatus VALID = REGISTRY.known("VALID");
  /** The value {@code VALIDATING}. */
  public static final PaymentMethodStatus VALIDATING = REGISTRY.known("VALIDATING");

  private PaymentMethodStatus(String value, Boolean known) {
    super(value, known);
  }

  /**
   * Returns the value with this wire text: a constant when known, otherwise a new value that keeps the text.
   *
   * @param value the exact text the API uses
   * @return the value, never null
   * @throws IllegalArgumentException if {@code value} is null or blank
   */
  public static PaymentMethodStatus of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK version knows, in the API's order.
   *
   * @return an unmodifiable list
   */
  public static List<PaymentMethodStatus> knownValues() {
    return REGISTRY.values();
  }
}
