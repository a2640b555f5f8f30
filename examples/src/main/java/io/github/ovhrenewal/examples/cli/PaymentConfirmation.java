package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.api.model.OrderStatus;
import io.github.ovhrenewal.core.exception.OvhException;
import io.github.ovhrenewal.core.RenewalClient;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Pays an order, and calls it paid only when the order's status, read afterwards, is one that
 * follows a payment. An accepted payment answer alone proves nothing: a proxy answering 200 for a
 * payment that never reached OVH looks the same.
 */
final class PaymentConfirmation {
  /**
   * The statuses of {@code billing.order.OrderStatusEnum} that an order reaches only once paid:
   * {@code checking} (the payment is being verified), {@code delivering}, {@code delivered}. The
   * others ({@code notPaid}, {@code cancelled}, {@code cancelling}, {@code documentsRequested},
   * {@code unknown}) and any value added later confirm nothing.
   */
  static final List<OrderStatus> PAID = List.of(OrderStatus.CHECKING, OrderStatus.DELIVERING, OrderStatus.DELIVERED);

  private PaymentConfirmation() {}

  /** Whether an order in this status has been paid. */
  static boolean confirmsPayment(OrderStatus status) {
    return PAID.contains(status);
  }

  /**
   * Pays the order once, then reads its status.
   *
   * @param client the client
   * @param orderId the order
   * @param payment a payment method or a registered mean (never {@code default}: resolve it first)
   * @return the status, one of {@link #PAID}
   * @throws PaymentNotConfirmedException if the payment was accepted but the status does not
   *     confirm it, or cannot be read
   */
  static OrderStatus payAndConfirm(RenewalClient client, long orderId, PaymentArg payment) {
    if (payment.isMethod()) {
      client.orders().pay(orderId, payment.id());
    } else {
      client.orders().payWithRegisteredPaymentMean(orderId, payment.mean(), payment.meanId());
    }
    String accepted = "the payment of order " + orderId + " with " + payment + " was answered as accepted, but ";
    OrderStatus status;
    try {
      status = client.orders().status(orderId);
    } catch (OvhException e) {
      throw new PaymentNotConfirmedException(orderId, accepted + "the order's status could not be read: " + e.getMessage(), e);
    }
    if (!confirmsPayment(status)) {
      throw new PaymentNotConfirmedException(orderId, accepted + "the order's status is " + status
          + ", not one that follows a payment (" + PAID.stream().map(OrderStatus::value).collect(Collectors.joining(", ")) + ")", null);
    }
    return status;
  }
}
