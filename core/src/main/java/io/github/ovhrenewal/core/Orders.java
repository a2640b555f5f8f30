package io.github.ovhrenewal.core;

import io.github.ovhrenewal.core.exception.OrderOutcomeUnknownException;
import io.github.ovhrenewal.core.exception.OvhApiException;
import io.github.ovhrenewal.core.exception.OvhNotFoundException;
import io.github.ovhrenewal.core.util.Arguments;
import io.github.ovhrenewal.api.model.Order;
import io.github.ovhrenewal.api.model.OrderStatus;
import io.github.ovhrenewal.api.model.PayWithRegisteredPaymentMeanRequest;
import io.github.ovhrenewal.api.model.PaymentMean;
import io.github.ovhrenewal.api.model.PaymentMethod;
import io.github.ovhrenewal.api.model.RegisteredPaymentMean;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
      if (VALID.equals(method.status()) && method.paymentMeanId() != null && sameKind(method.paymentType(), paymentMean)) {
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

  private static String iso(OffsetDateTime time) {
    return time == null ? null : time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
