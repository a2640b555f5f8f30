package io.github.ovhrenewal.core;

import io.github.ovhrenewal.api.model.PaymentMethod;
import io.github.ovhrenewal.core.exception.OvhException;
import io.github.ovhrenewal.core.exception.OvhNotFoundException;
import io.github.ovhrenewal.core.exception.PaymentMethodUnusableException;
import io.github.ovhrenewal.core.internal.PaymentMethodReads;
import io.github.ovhrenewal.core.util.Arguments;
import java.util.List;
import java.util.Optional;

/**
 * The account's payment methods: {@code client.payments()}. The ids they carry are what
 * {@link Orders#pay(long, long)} takes, the way OVH now prefers to pay an order.
 *
 * <pre>{@code
 * PaymentMethod card = client.payments().defaultMethod().orElseThrow();
 * client.orders().pay(orderId, card.paymentMethodId());
 * }</pre>
 */
public final class Payments {
  private final ClientContext context;

  Payments(ClientContext context) {
    this.context = context;
  }

  /**
   * Every payment method of the account: {@code GET /me/payment/method}, then
   * {@code GET /me/payment/method/{id}} for each.
   *
   * @return the methods, in the server's order
   * @throws OvhException if a call fails
   */
  public List<PaymentMethod> methods() {
    return methods(PaymentMethodFilter.all());
  }

  /**
   * The payment methods that match a filter: the filter is sent as the query of
   * {@code GET /me/payment/method} ({@code default}, {@code paymentType}, {@code status}) and
   * checked again on each method read, so a server that ignores a filter does not widen the
   * answer.
   *
   * @param filter e.g. {@code PaymentMethodFilter.all().status(PaymentMethodStatus.VALID)}
   * @return the methods, in the server's order
   * @throws IllegalArgumentException if the filter is null (nothing is sent)
   * @throws OvhException if a call fails
   */
  public List<PaymentMethod> methods(PaymentMethodFilter filter) {
    Arguments.notNull("filter", filter);
    return PaymentMethodReads.list(context.executor, context.payments, filter.defaultOnly(), filter.paymentType(), filter.status());
  }

  /**
   * The account's default payment method: {@code GET /me/payment/method?default=true}, then the
   * method read.
   *
   * @return the default method, or empty when the account has none
   * @throws OvhException if a call fails
   */
  public Optional<PaymentMethod> defaultMethod() {
    return methods(PaymentMethodFilter.defaultMethod()).stream().findFirst();
  }

  /**
   * {@code GET /me/payment/method/{paymentMethodId}}.
   *
   * @param paymentMethodId the id, positive
   * @return the method
   * @throws IllegalArgumentException if the id is not positive (nothing is sent)
   * @throws OvhNotFoundException if the account has no such method
   */
  public PaymentMethod method(long paymentMethodId) {
    Arguments.positiveId("paymentMethodId", paymentMethodId);
    return context.executor.execute(context.payments.getPaymentMethod(paymentMethodId));
  }

  /**
   * Reads a payment method and checks that it can pay: what to call before ordering, so that no
   * order is left unpaid for want of a usable method.
   *
   * @param paymentMethodId the id, positive
   * @return the method, valid
   * @throws IllegalArgumentException if the id is not positive (nothing is sent)
   * @throws PaymentMethodUnusableException if the account has no such method, or its status is not
   *     {@code VALID}; the message names the method, its status and the account's valid methods
   * @throws OvhException if a call fails
   */
  public PaymentMethod requireUsable(long paymentMethodId) {
    Arguments.positiveId("paymentMethodId", paymentMethodId);
    return PaymentMethodReads.requireUsable(context.executor, context.payments, paymentMethodId);
  }
}
