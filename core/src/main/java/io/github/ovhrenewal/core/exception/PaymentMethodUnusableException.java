package io.github.ovhrenewal.core.exception;

import io.github.ovhrenewal.api.model.PaymentMethodStatus;

/**
 * A payment method cannot pay: the account has no such method, or its status is not
 * {@code VALID} (expired, canceled, being validated...). Thrown before ordering: nothing was
 * ordered and nothing was paid.
 */
public final class PaymentMethodUnusableException extends OvhException {
  private static final long serialVersionUID = 1L;

  /** The method asked for. */
  private final long paymentMethodId;
  private final transient PaymentMethodStatus status;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and which methods can pay, without secrets
   * @param paymentMethodId the method asked for
   * @param status its status, or null when the account has no such method
   * @param cause the underlying failure (e.g. the 404), or null
   */
  public PaymentMethodUnusableException(String message, long paymentMethodId, PaymentMethodStatus status, Throwable cause) {
    super(message, cause);
    this.paymentMethodId = paymentMethodId;
    this.status = status;
  }

  /**
   * The method asked for.
   *
   * @return its id
   */
  public long paymentMethodId() {
    return paymentMethodId;
  }

  /**
   * The method's status.
   *
   * @return the status, or null when the account has no such method
   */
  public PaymentMethodStatus status() {
    return status;
  }
}
