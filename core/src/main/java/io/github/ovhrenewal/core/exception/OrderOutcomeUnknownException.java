package io.github.ovhrenewal.core.exception;

import io.github.ovhrenewal.api.model.RenewPeriod;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * An order or a payment was sent and no usable answer came back (timeout, reset, dropped
 * connection, or a 5xx from a proxy): it may have been carried out. The SDK never sends it again.
 *
 * <p>Before trying again, find out: list the orders created since {@link #attemptedAt()} with
 * {@code client.orders().createdSince(e.attemptedAt())} and look for one whose
 * {@code priceWithoutTax} is this {@link #amount()}; for a payment, read
 * {@code client.orders().status(e.orderId())}.
 */
public final class OrderOutcomeUnknownException extends OvhException {
  private static final long serialVersionUID = 1L;

  /** The service being renewed, or null for a payment. */
  private final Long serviceId;
  private final transient RenewPeriod period;
  /** The offered price without tax, or null when unknown. */
  private final BigDecimal amount;
  /** The order being paid, or null for a renewal order. */
  private final Long orderId;
  /** A moment shortly before the request was sent. */
  private final OffsetDateTime attemptedAt;

  /**
   * Creates the exception.
   *
   * @param message what was sent and how to check it
   * @param serviceId the service being renewed, or null for a payment
   * @param period the renewal period, or null for a payment
   * @param amount the offered price without tax of the chosen strategy, or null when unknown
   * @param orderId the order being paid, or null for a renewal order
   * @param attemptedAt a moment shortly before the request was sent
   * @param cause the failure that hid the answer
   */
  public OrderOutcomeUnknownException(
      String message,
      Long serviceId,
      RenewPeriod period,
      BigDecimal amount,
      Long orderId,
      OffsetDateTime attemptedAt,
      Throwable cause) {
    super(message, cause);
    this.serviceId = serviceId;
    this.period = period;
    this.amount = amount;
    this.orderId = orderId;
    this.attemptedAt = attemptedAt;
  }

  /**
   * The service whose renewal was ordered.
   *
   * @return the service id, or null for a payment
   */
  public Long serviceId() {
    return serviceId;
  }

  /**
   * The period that was ordered.
   *
   * @return the period, or null for a payment
   */
  public RenewPeriod period() {
    return period;
  }

  /**
   * The offered price, without tax, of the renewal that was ordered (what
   * {@code Order.priceWithoutTax()} of the created order would show).
   *
   * @return the amount, or null
   */
  public BigDecimal amount() {
    return amount;
  }

  /**
   * The order that was being paid.
   *
   * @return the order id, or null for a renewal order
   */
  public Long orderId() {
    return orderId;
  }

  /**
   * A moment shortly before the request was sent: orders created since then are candidates.
   *
   * @return the time, from the server-corrected clock
   */
  public OffsetDateTime attemptedAt() {
    return attemptedAt;
  }
}
