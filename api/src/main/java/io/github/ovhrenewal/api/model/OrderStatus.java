package io.github.ovhrenewal.api.model;

import java.util.List;

/**
 * The status of an order ({@code billing.order.OrderStatusEnum}), as {@code GET /me/order/{orderId}/status} returns it.
 *
 * <p>An open enumeration: values the server adds later parse too and keep their text (see {@link OpenEnum}).
 */
public final class OrderStatus extends OpenEnum {
  private static final Registry<OrderStatus> REGISTRY = new Registry<>("OrderStatus", OrderStatus::new);

  /** The value {@code cancelled}. */
  public static final OrderStatus CANCELLED = REGISTRY.known("cancelled");
  /** The value {@code cancelling}. */
  public static final OrderStatus CANCELLING = REGISTRY.known("cancelling");
  /** The value {@code checking}. */
  public static final OrderStatus CHECKING = REGISTRY.known("checking");
  /** The value {@code delivered}. */
  public static final OrderStatus DELIVERED = REGISTRY.known("delivered");
  /** The value {@code delivering}. */
  public static final OrderStatus DELIVERING = REGISTRY.known("delivering");
  /** The value {@code documentsRequested}. */
  public static final OrderStatus DOCUMENTS_REQUESTED = REGISTRY.known("documentsRequested");
  /** The value {@code notPaid}. */
  public static final OrderStatus NOT_PAID = REGISTRY.known("notPaid");
  /** The value {@code unknown}. */
  public static final OrderStatus UNKNOWN = REGISTRY.known("unknown");

  private OrderStatus(String value, Boolean known) {
    super(value, known);
  }

  /**
   * Returns the value with this wire text: a constant when known, otherwise a new value that keeps the text.
   *
   * @param value the exact text the API uses
   * @return the value, never null
   * @throws IllegalArgumentException if {@code value} is null or blank
   */
  public static OrderStatus of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK version knows, in the API's order.
   *
   * @return an unmodifiable list
   */
  public static List<OrderStatus> knownValues() {
    return REGISTRY.values();
  }
}
