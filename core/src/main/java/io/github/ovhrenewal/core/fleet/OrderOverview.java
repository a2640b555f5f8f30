package io.github.ovhrenewal.core.fleet;

import io.github.ovhrenewal.api.model.Order;
import io.github.ovhrenewal.api.model.OrderDetail;
import io.github.ovhrenewal.api.model.OrderStatus;
import io.github.ovhrenewal.api.model.Price;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One order of the account with its status and what it holds: what
 * {@code client.orders().since(...)} and {@code unpaid(...)} return, to find orders left unpaid or
 * undelivered and settle them.
 *
 * @param order the order ({@code GET /me/order/{orderId}})
 * @param status its status ({@code GET /me/order/{orderId}/status})
 * @param details its entries ({@code GET /me/order/{orderId}/details/{id}}), in the server's order
 */
public record OrderOverview(Order order, OrderStatus status, List<OrderDetail> details) {

  /**
   * Checks the parts.
   *
   * @param order the order
   * @param status its status
   * @param details its entries
   * @throws NullPointerException if the order or status is null
   */
  public OrderOverview {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(status, "status");
    details = details == null ? List.of() : List.copyOf(details);
  }

  /**
   * The order's id.
   *
   * @return the id
   */
  public long orderId() {
    return order.orderId();
  }

  /**
   * When the order was created.
   *
   * @return the date, or null when the server gave none
   */
  public OffsetDateTime date() {
    return order.date();
  }

  /**
   * The amount to pay, with tax.
   *
   * @return the price, or null when the server gave none
   */
  public Price priceWithTax() {
    return order.priceWithTax();
  }

  /**
   * The services the order is about: the {@code domain} of each entry that is not cancelled,
   * each once, in the server's order.
   *
   * @return the service names
   */
  public List<String> services() {
    return details.stream()
        .filter(d -> !Boolean.TRUE.equals(d.cancelled()))
        .map(OrderDetail::domain)
        .filter(d -> d != null && !d.isBlank())
        .distinct()
        .toList();
  }
}
