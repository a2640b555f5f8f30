package io.github.ovhrenewal.core;

import io.github.ovhrenewal.api.model.Order;
import io.github.ovhrenewal.api.model.OrderDetail;
import io.github.ovhrenewal.api.model.OrderPaymentMethods;
import io.github.ovhrenewal.api.model.OrderStatus;
import io.github.ovhrenewal.api.model.PayWithPaymentMethodRequest;
import io.github.ovhrenewal.api.model.PayWithRegisteredPaymentMeanRequest;
import io.github.ovhrenewal.api.model.PaymentMean;
import io.github.ovhrenewal.api.model.PaymentMethod;
import io.github.ovhrenewal.api.model.RegisteredPaymentMean;
import io.github.ovhrenewal.core.exception.OrderOutcomeUnknownException;
import io.github.ovhrenewal.core.exception.OrderStatusTimeoutException;
import io.github.ovhrenewal.core.exception.OvhApiException;
import io.github.ovhrenewal.core.exception.OvhException;
import io.github.ovhrenewal.core.exception.OvhNotFoundException;
import io.github.ovhrenewal.core.fleet.OrderOverview;
import io.github.ovhrenewal.core.internal.OrderReads;
import io.github.ovhrenewal.core.util.Arguments;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The account's orders and their payment: {@code client.orders()}.
 *
 * <pre>{@code
 * client.orders().payWithRegisteredPaymentMean(order.orderId(), PaymentMean.PAYPAL, 1234L);
 * }</pre>
 */
public final class Orders {
  /** The only payment method state that can pay ({@code me.payment.method.StatusEnum}). */
  private static final String VALID = "VALID";

  private final ClientContext context;

  Orders(ClientContext context) {
    this.context = context;
  }

  /**
   * {@code GET /me/order/{orderId}}.
   *
   * @param orderId the order id, positive
   * @return the order
   * @throws OvhNotFoundException if there is no such order
   */
  public Order get(long orderId) {
    Arguments.positiveId("orderId", orderId);
    return context.executor.execute(context.orders.getOrder(orderId));
  }

  /**
   * {@code GET /me/order/{orderId}/status}.
   *
   * @param orderId the order id, positive
   * @return the status, e.g. {@link OrderStatus#NOT_PAID} or {@link OrderStatus#DELIVERED}
   */
  public OrderStatus status(long orderId) {
    Arguments.positiveId("orderId", orderId);
    return context.executor.execute(context.orders.getOrderStatus(orderId));
  }

  /**
   * {@code GET /me/order?date.from=…&date.to=…}: ids of the orders created in a time range.
   *
   * @param from lower bound, or null
   * @param to upper bound, or null
   * @return the ids, never null
   */
  public List<Long> list(OffsetDateTime from, OffsetDateTime to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("date range is empty: to " + to + " is before from " + from);
    }
    List<Long> ids = context.executor.execute(context.orders.listOrders(iso(from), iso(to)));
    return ids == null ? List.of() : List.copyOf(ids);
  }

  /**
   * The orders created since a moment, with their details: how to find out whether an order
   * whose answer was lost ({@link OrderOutcomeUnknownException#attemptedAt()}) exists.
   *
   * @param from the lower bound
   * @return the orders, oldest id first
   */
  public List<Order> createdSince(OffsetDateTime from) {
    Arguments.notNull("from", from);
    List<Order> found = new ArrayList<>();
    for (long id : list(from, null)) {
      found.add(get(id));
    }
    return found;
  }

  /**
   * {@code GET /me/order/{orderId}/availableRegisteredPaymentMean}: the registered means that can pay this order.
   *
   * @param orderId the order id, positive
   * @return the means, never null
   */
  public List<RegisteredPaymentMean> availableRegisteredPaymentMeans(long orderId) {
    Arguments.positiveId("orderId", orderId);
    List<RegisteredPaymentMean> means = context.executor.execute(context.payments.availableRegisteredPaymentMeans(orderId));
    return means == null ? List.of() : List.copyOf(means);
  }

  /**
   * The ids of the account's registered payment means of one kind, as
   * {@link #payWithRegisteredPaymentMean(long, PaymentMean, Long)} takes them: to check a mean
   * before ordering, so that no order is left unpaid for want of a mean the account does not have.
   *
   * <p>Read from {@code GET /me/payment/method?status=VALID} and {@code GET /me/payment/method/{id}}
   * for each: the {@code paymentMeanId} of every valid payment method of that kind. A kind is
   * matched regardless of case and underscores ({@code paypal} is {@code PAYPAL}, {@code creditCard}
   * is {@code CREDIT_CARD}); {@code bankAccount} also matches {@code SEPA_DIRECT_DEBIT}, its newer
   * name.
   *
   * @param paymentMean a mean that takes an id ({@link PaymentMean#requiresId()}): paypal,
   *     creditCard or bankAccount
   * @return the ids, in the server's order; empty when the account has none
   * @throws IllegalArgumentException if the mean takes no id (nothing is sent)
   * @throws io.github.ovhrenewal.core.exception.OvhNotGrantedException if the consumer key may not
   *     read the payment methods
   */
  public List<Long> registeredPaymentMeanIds(PaymentMean paymentMean) {
    Arguments.notNull("paymentMean", paymentMean);
    if (!paymentMean.requiresId()) {
      throw new IllegalArgumentException("paymentMean " + paymentMean + " takes no id; only paypal, creditCard and bankAccount have registered ids");
    }
    List<Long> methodIds = context.executor.execute(context.payments.listPaymentMethods(null, VALID, null));
    List<Long> meanIds = new ArrayList<>();
    for (long methodId : methodIds) {
      PaymentMethod method = context.executor.execute(context.payments.getPaymentMethod(methodId));
      // The status filter is asked of the server and checked again: a method that cannot pay must
      // not pass a check made to avoid a payment that fails.
      if (method.isValid() && method.paymentMeanId() != null && sameKind(method.paymentType(), paymentMean)) {
        meanIds.add(method.paymentMeanId());
      }
    }
    return List.copyOf(meanIds);
  }

  /** The legacy mean names are the new payment types in camel case; bankAccount became SEPA direct debit. */
  private static boolean sameKind(String paymentType, PaymentMean mean) {
    if (paymentType == null) {
      return false;
    }
    String type = normalized(paymentType);
    return type.equals(normalized(mean.value()))
        || (mean.equals(PaymentMean.BANK_ACCOUNT) && type.equals(normalized(PaymentMean.SEPA_DIRECT_DEBIT.value())));
  }

  private static String normalized(String kind) {
    return kind.replace("_", "").toLowerCase(Locale.ROOT);
  }

  /**
   * {@code POST /me/order/{orderId}/payWithRegisteredPaymentMean}: pays an order. Sent at most
   * once: never retried.
   *
   * @param orderId the order id, positive
   * @param paymentMean the kind of mean, e.g. {@link PaymentMean#PAYPAL}
   * @param paymentMeanId the registered mean's id; mandatory for paypal, creditCard and bankAccount
   * @throws IllegalArgumentException if an argument is missing or invalid (nothing is sent)
   * @throws OrderOutcomeUnknownException if it was sent and no usable answer came back: read
   *     {@link #status(long)} before paying again
   * @throws OvhApiException if the server refused it
   */
  public void payWithRegisteredPaymentMean(long orderId, PaymentMean paymentMean, Long paymentMeanId) {
    Arguments.positiveId("orderId", orderId);
    PayWithRegisteredPaymentMeanRequest body = new PayWithRegisteredPaymentMeanRequest(paymentMean, paymentMeanId);
    OffsetDateTime attemptedAt = context.serverNow().minusSeconds(5);
    context.executor.executeOnce(
        context.payments.payWithRegisteredPaymentMean(orderId, body),
        failure -> new OrderOutcomeUnknownException(
            "the payment of order " + orderId + " with " + Arguments.bounded(String.valueOf(paymentMean)) + " was sent and no usable answer came back: "
                + "it may have been made. Do not pay again before checking client.orders().status(" + orderId
                + "). Cause: " + failure.getMessage(),
            null, null, null, orderId, attemptedAt, failure));
  }

  /**
   * Pays an order with a mean that needs no id, such as {@link PaymentMean#OVH_ACCOUNT}.
   *
   * @param orderId the order id, positive
   * @param paymentMean the kind of mean
   * @throws IllegalArgumentException if the mean requires an id (nothing is sent)
   */
  public void payWithRegisteredPaymentMean(long orderId, PaymentMean paymentMean) {
    payWithRegisteredPaymentMean(orderId, paymentMean, null);
  }

  /**
   * {@code POST /me/order/{orderId}/pay} with {@code {"paymentMethod":{"id":…}}}: pays an order
   * with a payment method, the way OVH now prefers. Sent at most once: never retried, never re-sent
   * after a 401.
   *
   * @param orderId the order id, positive
   * @param paymentMethodId the payment method's id, positive (from {@link Payments#methods()})
   * @throws IllegalArgumentException if an id is not positive (nothing is sent)
   * @throws OrderOutcomeUnknownException if it was sent and no usable answer came back: read
   *     {@link #status(long)} before paying again
   * @throws OvhApiException if the server refused it
   */
  public void pay(long orderId, long paymentMethodId) {
    Arguments.positiveId("orderId", orderId);
    Arguments.positiveId("paymentMethodId", paymentMethodId);
    PayWithPaymentMethodRequest body = PayWithPaymentMethodRequest.of(paymentMethodId);
    OffsetDateTime attemptedAt = context.serverNow().minusSeconds(5);
    context.executor.executeOnce(
        context.payments.pay(orderId, body),
        failure -> new OrderOutcomeUnknownException(
            "the payment of order " + orderId + " with payment method " + paymentMethodId + " was sent and no usable answer came back: "
                + "it may have been made. Do not pay again before checking client.orders().status(" + orderId
                + "). Cause: " + failure.getMessage(),
            null, null, null, orderId, attemptedAt, failure));
  }

  /**
   * {@code GET /me/order/{orderId}/paymentMethods}: the account's methods that can pay this order,
   * and the kinds that could.
   *
   * @param orderId the order id, positive
   * @return the methods
   * @throws IllegalArgumentException if the id is not positive (nothing is sent)
   */
  public OrderPaymentMethods paymentMethods(long orderId) {
    Arguments.positiveId("orderId", orderId);
    OrderPaymentMethods methods = context.executor.execute(context.payments.getOrderPaymentMethods(orderId));
    return methods == null ? new OrderPaymentMethods(null, null, null) : methods;
  }

  /**
   * {@code GET /me/order/{orderId}/details}, then each entry: which services, descriptions and
   * prices the order holds.
   *
   * @param orderId the order id, positive
   * @return the entries, in the server's order
   * @throws IllegalArgumentException if the id is not positive (nothing is sent)
   */
  public List<OrderDetail> details(long orderId) {
    Arguments.positiveId("orderId", orderId);
    return OrderReads.details(context.executor, context.orders, orderId);
  }

  /**
   * Waits until an order reaches one of the given statuses, reading {@code GET
   * /me/order/{orderId}/status} with a growing pause between reads (1 s, doubling, at most 30 s),
   * through the client's {@link RenewalClient.Builder#sleeper sleeper} and
   * {@link RenewalClient.Builder#clock clock}. A cancelled order never changes again: its status is
   * returned at once, awaited or not.
   *
   * @param orderId the order id, positive
   * @param statuses the statuses to wait for, e.g. {@code Set.of(OrderStatus.DELIVERED)}; not empty
   * @param timeout how long to wait at most, positive
   * @return the status reached: one of {@code statuses}, or {@link OrderStatus#CANCELLED}
   * @throws IllegalArgumentException if an argument is invalid (nothing is sent)
   * @throws OrderStatusTimeoutException if the time ran out first; it carries the last status seen
   * @throws OvhException if a read fails (after the retry policy)
   */
  public OrderStatus awaitStatus(long orderId, Set<OrderStatus> statuses, Duration timeout) {
    Arguments.positiveId("orderId", orderId);
    Arguments.notNull("statuses", statuses);
    if (statuses.isEmpty() || statuses.stream().anyMatch(java.util.Objects::isNull)) {
      throw new IllegalArgumentException("statuses must name at least one status, e.g. Set.of(OrderStatus.DELIVERED), got " + statuses);
    }
    Arguments.notNull("timeout", timeout);
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
    return new StatusWait(context, orderId, statuses, timeout).await();
  }

  /**
   * The orders created since a moment, each with its status and entries, oldest first: what a
   * review of recent orders needs. Per-order reads run concurrently, at most
   * {@link RenewalClient.Builder#concurrency(int)} in flight.
   *
   * @param from the lower bound
   * @return the orders, oldest id first
   * @throws IllegalArgumentException if {@code from} is null (nothing is sent)
   */
  public List<OrderOverview> since(OffsetDateTime from) {
    Arguments.notNull("from", from);
    return context.fleet.orders(from, status -> true);
  }

  /**
   * The orders created since a moment that are not paid ({@link OrderStatus#NOT_PAID}), each with
   * its entries: orders left behind, to pay with {@link #pay(long, long)} or let expire.
   *
   * @param from the lower bound
   * @return the unpaid orders, oldest id first
   * @throws IllegalArgumentException if {@code from} is null (nothing is sent)
   */
  public List<OrderOverview> unpaid(OffsetDateTime from) {
    Arguments.notNull("from", from);
    return context.fleet.orders(from, OrderStatus.NOT_PAID::equals);
  }

  private static String iso(OffsetDateTime time) {
    return time == null ? null : time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
