package io.github.ovhrenewal.core.exception;

/**
 * An order was created and its payment was refused: the order exists, unpaid. Pay it (e.g.
 * {@code client.orders().pay(orderId, paymentMethodId)}) rather than ordering again, which would
 * create a second order.
 */
public final class OrderNotPaidException extends OvhException {
  private static final long serialVersionUID = 1L;

  /** The order that exists, unpaid. */
  private final long orderId;

  /**
   * Creates the exception.
   *
   * @param message what happened, naming the order, without secrets
   * @param orderId the order that exists unpaid
   * @param cause the payment's refusal
   */
  public OrderNotPaidException(String message, long orderId, OvhException cause) {
    super(message, cause);
    this.orderId = orderId;
  }

  /**
   * The order that exists, unpaid.
   *
   * @return its id
   */
  public long orderId() {
    return orderId;
  }
}
