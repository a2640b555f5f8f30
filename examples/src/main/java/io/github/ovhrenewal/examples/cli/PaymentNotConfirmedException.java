package io.github.ovhrenewal.examples.cli;

/**
 * A payment that the API accepted but that the order's status does not confirm: its outcome is
 * unknown (exit code 3), and the order must be checked before paying again.
 */
final class PaymentNotConfirmedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long orderId;

  PaymentNotConfirmedException(long orderId, String message, Throwable cause) {
    super(message, cause);
    this.orderId = orderId;
  }

  /** The order whose payment is in doubt. */
  long orderId() {
    return orderId;
  }
}
