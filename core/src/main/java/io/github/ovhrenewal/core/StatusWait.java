package io.github.ovhrenewal.core;

import io.github.ovhrenewal.api.model.OrderStatus;
import io.github.ovhrenewal.core.exception.OrderStatusTimeoutException;
import io.github.ovhrenewal.core.exception.OvhTransportException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One wait for an order's status: reads it, pauses, reads again, until it is awaited or cancelled,
 * or the time is out. The pause starts at {@link #FIRST_PAUSE} and doubles up to {@link #MAX_PAUSE}:
 * delivery takes seconds for a renewal, minutes at worst, and a status read every second for
 * minutes would eat the account's rate limit. The clock and the sleeper are the client's, so tests
 * wait for nothing.
 */
final class StatusWait {
  static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
  static final Duration MAX_PAUSE = Duration.ofSeconds(30);

  private final ClientContext context;
  private final long orderId;
  private final Set<OrderStatus> statuses;
  private final Duration timeout;

  StatusWait(ClientContext context, long orderId, Set<OrderStatus> statuses, Duration timeout) {
    this.context = context;
    this.orderId = orderId;
    this.statuses = Set.copyOf(statuses);
    this.timeout = timeout;
  }

  OrderStatus await() {
    Instant start = context.clock().instant();
    Instant deadline = start.plus(timeout);
    Duration pause = FIRST_PAUSE;
    OrderStatus last;
    while (true) {
      last = context.executor.execute(context.orders.getOrderStatus(orderId));
      if (statuses.contains(last) || OrderStatus.CANCELLED.equals(last)) {
        return last;
      }
      Duration left = Duration.between(context.clock().instant(), deadline);
      if (left.isNegative() || left.isZero()) {
        break;
      }
      // The last pause is cut to the deadline and the status read once more there: the wait never
      // outlasts the timeout, and a delivery during the last pause is seen.
      Duration now = pause.compareTo(left) > 0 ? left : pause;
      sleep(now);
      pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
    }
    throw new OrderStatusTimeoutException("order " + orderId + " did not reach " + names() + " within " + timeout
        + "; its status is " + last + ". Nothing is wrong for that: read its status again later (client.orders().status("
        + orderId + "))", orderId, last, Duration.between(start, context.clock().instant()));
  }

  private void sleep(Duration duration) {
    try {
      context.sleeper().sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OvhTransportException("interrupted while waiting for the status of order " + orderId, e);
    }
  }

  private String names() {
    return statuses.stream().map(OrderStatus::value).sorted().collect(Collectors.joining(" or "));
  }
}
