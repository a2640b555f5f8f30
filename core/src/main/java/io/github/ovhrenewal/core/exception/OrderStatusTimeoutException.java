package io.github.ovhrenewal.core.exception;

import io.github.ovhrenewal.api.model.OrderStatus;
import java.time.Duration;

/**
 * An order did not reach the awaited status in time. Nothing is wrong with the order for that:
 * delivery may take longer; read its status again later.
 */
public final class OrderStatusTimeoutException extends OvhException {
  private static final long serialVersionUID = 1L;

  /** The order awaited. */
  private final long orderId;
  private final transient OrderStatus lastStatus;
  /** How long it was awaited. */
  private final Duration waited;

  /**
   * Creates the exception.
   *
   * @param message what was awaited and the last status seen
   * @param orderId the order
   * @param lastStatus the last status read, or null if none could be read
   * @param waited how long it was awaited
   */
  public OrderStatusTimeoutException(String message, long orderId, OrderStatus lastStatus, Duration waited) {
    super(message, null);
    this.orderId = orderId;
    this.lastStatus = lastStatus;
    this.waited = waited;
  }

  /**
   * The order.
   *
   * @return its id
   */
  public long orderId() {
    return orderId;
  }

  /**
   * The last status read.
   *
   * @return the status, or null if none could be read
   */
  public OrderStatus lastStatus() {
    return lastStatus;
  }

  /**
   * How long the order was awaited.
   *
   * @return the duration
   */
  public Duration waited() {
    return waited;
  }
}
