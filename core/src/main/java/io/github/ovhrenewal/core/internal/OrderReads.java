package io.github.ovhrenewal.core.internal;

import io.github.ovhrenewal.api.OrderApi;
import io.github.ovhrenewal.api.model.OrderDetail;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading what an order holds. One place for it: {@code client.orders().details(id)}, the review of
 * recent orders and the fleet's reconciliation of lost answers read details the same way.
 *
 * <p>Internal: not part of the SDK's API.
 */
public final class OrderReads {
  private OrderReads() {}

  /**
   * {@code GET /me/order/{orderId}/details}, then {@code GET /me/order/{orderId}/details/{id}}
   * for each.
   *
   * @param executor runs the calls
   * @param api the order calls
   * @param orderId the order
   * @return the entries, in the server's order
   */
  public static List<OrderDetail> details(CallExecutor executor, OrderApi api, long orderId) {
    List<Long> ids = executor.execute(api.listOrderDetails(orderId));
    List<OrderDetail> details = new ArrayList<>();
    for (long id : ids == null ? List.<Long>of() : ids) {
      OrderDetail detail = executor.execute(api.getOrderDetail(orderId, id));
      if (detail != null) {
        details.add(detail);
      }
    }
    return List.copyOf(details);
  }
}
