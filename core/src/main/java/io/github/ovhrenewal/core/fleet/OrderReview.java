package io.github.ovhrenewal.core.fleet;

import io.github.ovhrenewal.api.model.Order;
import io.github.ovhrenewal.api.model.OrderStatus;
import io.github.ovhrenewal.core.internal.OrderReads;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Predicate;

/**
 * The review of recent orders: each order created since a moment, with its status and entries,
 * read concurrently under the client's bound.
 */
final class OrderReview {
  private final FleetContext context;

  OrderReview(FleetContext context) {
    this.context = context;
  }

  /**
   * The orders created since {@code from} whose status passes {@code keep}, oldest id first. The
   * status is read first, so that an order left out costs one read, not its details.
   */
  List<OrderOverview> since(OffsetDateTime from, Predicate<OrderStatus> keep) {
    List<Long> ids = context.executor().execute(
        context.orderApi().listOrders(from.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), null));
    List<Long> sorted = (ids == null ? List.<Long>of() : ids).stream().distinct().sorted().toList();
    List<OrderOverview> read = context.runner().map(sorted, id -> overview(id, keep), ProgressListener.none());
    return read.stream().filter(o -> o != null).toList();
  }

  private OrderOverview overview(long orderId, Predicate<OrderStatus> keep) {
    OrderStatus status = context.executor().execute(context.orderApi().getOrderStatus(orderId));
    if (status == null || !keep.test(status)) {
      return null;
    }
    Order order = context.executor().execute(context.orderApi().getOrder(orderId));
    return new OrderOverview(order, status, OrderReads.details(context.executor(), context.orderApi(), orderId));
  }
}
