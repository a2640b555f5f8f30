package io.github.ovhrenewal.core;

import io.github.ovhrenewal.api.model.Price;
import io.github.ovhrenewal.api.model.RenewOrder;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.api.model.RenewRequest;
import io.github.ovhrenewal.api.model.RenewStrategy;
import io.github.ovhrenewal.core.exception.BudgetExceededException;
import io.github.ovhrenewal.core.exception.OrderNotPaidException;
import io.github.ovhrenewal.core.exception.OrderOutcomeUnknownException;
import io.github.ovhrenewal.core.exception.OvhApiException;
import io.github.ovhrenewal.core.exception.OvhDecodingException;
import io.github.ovhrenewal.core.exception.OvhException;
import io.github.ovhrenewal.core.exception.OvhTransportException;
import io.github.ovhrenewal.core.exception.PaymentMethodUnusableException;
import io.github.ovhrenewal.core.internal.PaymentMethodReads;
import io.github.ovhrenewal.core.util.Arguments;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One offered renewal, chosen: a period and a strategy (the services renewed together). Price it
 * with {@link #quote()} or order it with {@link #order()}.
 */
public final class RenewalChoice {
  private final ClientContext context;
  private final long serviceId;
  private final RenewPeriod period;
  private final RenewStrategy strategy;
  private final BigDecimal maxPrice;
  private final Long paymentMethodId;

  RenewalChoice(ClientContext context, long serviceId, RenewPeriod period, RenewStrategy strategy) {
    this(context, serviceId, period, strategy, null, null);
  }

  private RenewalChoice(
      ClientContext context, long serviceId, RenewPeriod period, RenewStrategy strategy, BigDecimal maxPrice, Long paymentMethodId) {
    this.context = context;
    this.serviceId = serviceId;
    this.period = period;
    this.strategy = strategy;
    this.maxPrice = maxPrice;
    this.paymentMethodId = paymentMethodId;
  }

  /**
   * Pays the order with a payment method: {@link #order()} then first checks that the method
   * exists and is {@code VALID} ({@link Payments#requireUsable(long)}), before anything is
   * ordered, and pays the new order with {@code POST /me/order/{orderId}/pay} (sent once).
   *
   * <pre>{@code
   * long card = client.payments().defaultMethod().orElseThrow().paymentMethodId();
   * RenewOrder paid = client.renewals().forService(id).choose(RenewPeriod.P1Y).payWith(card).order();
   * }</pre>
   *
   * @param paymentMethodId the payment method's id, positive
   * @return a choice that pays with it
   * @throws IllegalArgumentException if the id is not positive
   */
  public RenewalChoice payWith(long paymentMethodId) {
    Arguments.positiveId("paymentMethodId", paymentMethodId);
    return new RenewalChoice(context, serviceId, period, strategy, maxPrice, paymentMethodId);
  }

  /**
   * The payment method set with {@link #payWith(long)}.
   *
   * @return its id, or null when {@link #order()} does not pay
   */
  public Long paymentMethodId() {
    return paymentMethodId;
  }

  /**
   * The budget guard: {@link #order()} first quotes (a dry run) and refuses to order when the
   * price with tax exceeds {@code maxPrice}, before anything is ordered.
   *
   * <pre>{@code
   * client.renewals().forService(id).choose(RenewPeriod.P1Y).maxPrice(new BigDecimal("30.00")).order();
   * }</pre>
   *
   * @param maxPrice the most to pay, with tax, in the account's currency; zero or positive
   * @return a choice with this budget
   * @throws IllegalArgumentException if the price is null or negative
   */
  public RenewalChoice maxPrice(BigDecimal maxPrice) {
    Arguments.notNull("maxPrice", maxPrice);
    if (maxPrice.signum() < 0) {
      throw new IllegalArgumentException("maxPrice must be zero or positive, got " + maxPrice.toPlainString());
    }
    return new RenewalChoice(context, serviceId, period, strategy, maxPrice, paymentMethodId);
  }

  /**
   * The budget set with {@link #maxPrice(BigDecimal)}.
   *
   * @return the maximum price with tax, or null for none
   */
  public BigDecimal maxPrice() {
    return maxPrice;
  }

  /**
   * The service the renewal was asked for.
   *
   * @return its id
   */
  public long serviceId() {
    return serviceId;
  }

  /**
   * The period, exactly as the server offered it.
   *
   * @return the period
   */
  public RenewPeriod period() {
    return period;
  }

  /**
   * The chosen strategy.
   *
   * @return the strategy, with its price and services
   */
  public RenewStrategy strategy() {
    return strategy;
  }

  /**
   * The services that will be renewed.
   *
   * @return their ids, in the server's order
   */
  public List<Long> services() {
    return strategy.services();
  }

  /**
   * The offered price, without tax.
   *
   * @return the strategy's price, or null when the server gave none
   */
  public Price price() {
    return strategy.price();
  }

  /**
   * {@code POST /service/{serviceId}/renew} with {@code dryRun: true}: the price of this renewal
   * with and without tax. Nothing is ordered.
   *
   * @return the priced order (its {@code orderId} is not an order)
   * @throws OvhException if the call fails
   */
  public RenewOrder quote() {
    return context.executor.execute(context.services.renew(serviceId, request(true)));
  }

  /**
   * {@code POST /service/{serviceId}/renew} with {@code dryRun: false}: creates the renewal order,
   * to be paid. Sent at most once: never retried.
   *
   * @return the order, with its id and amounts
   * @throws OrderOutcomeUnknownException if the request was sent and no usable answer came back:
   *     the order may exist; see {@link OrderOutcomeUnknownException} to reconcile
   * @throws OvhApiException if the server refused it (then nothing was ordered)
   * @throws BudgetExceededException if a {@link #maxPrice(BigDecimal) budget} is set and the
   *     quote with tax exceeds it (then nothing was ordered)
   * @throws PaymentMethodUnusableException if a {@link #payWith(long) payment method} is set and
   *     cannot pay (then nothing was ordered)
   * @throws OrderNotPaidException if a payment method is set, the order was created and its payment
   *     was refused: pay it with {@code client.orders().pay(orderId, …)}, do not order again
   * @throws OrderOutcomeUnknownException also when the payment was sent and no usable answer came
   *     back; then {@link OrderOutcomeUnknownException#orderId()} names the order
   */
  public RenewOrder order() {
    if (paymentMethodId != null) {
      // Before the order: an order that cannot be paid stays on the account, and a caller who
      // fixes the method and runs again orders twice.
      PaymentMethodReads.requireUsable(context.executor, context.payments, paymentMethodId);
    }
    Price quotedWithTax = maxPrice == null ? null : checkBudget();
    RenewRequest body = request(false);
    OffsetDateTime attemptedAt = context.serverNow().minusSeconds(5);
    RenewOrder order = context.executor.executeOnce(
        context.services.renew(serviceId, body),
        failure -> lostOrder(attemptedAt, quotedWithTax, failure));
    if (order == null || order.orderId() == null || order.orderId() <= 0) {
      // The server took the order but did not say which: as unknown as a lost answer.
      throw lostOrder(attemptedAt, quotedWithTax, new OvhDecodingException(
          "POST /service/" + serviceId + "/renew answered without an order id: " + order, null, null, null));
    }
    if (paymentMethodId != null) {
      pay(order.orderId());
    }
    return order;
  }

  /** Pays the order just created; a refusal says the order exists, so that nobody orders again. */
  private void pay(long orderId) {
    try {
      new Orders(context).pay(orderId, paymentMethodId);
    } catch (OvhApiException | OvhTransportException refused) {
      throw new OrderNotPaidException("the renewal of service " + serviceId + " for " + period + " was ordered (order " + orderId
          + ") and its payment with payment method " + paymentMethodId + " was refused: " + refused.getMessage()
          + ". The order exists unpaid: pay it with client.orders().pay(" + orderId + ", …), do not order again", orderId, refused);
    }
  }

  private Price checkBudget() {
    RenewOrder quote = quote();
    BigDecimal withTax = quote == null || quote.priceWithTax() == null ? null : quote.priceWithTax().value();
    if (withTax == null) {
      throw new BudgetExceededException(
          "refusing to order the renewal of service " + serviceId + " for " + period + ": the quote has no price with tax to check against the budget of "
              + maxPrice.toPlainString(), maxPrice, quote);
    }
    if (withTax.compareTo(maxPrice) > 0) {
      throw new BudgetExceededException(
          "refusing to order the renewal of service " + serviceId + " for " + period + ": the quote is "
              + Prices.format(quote.priceWithTax()) + " with tax, above the budget of " + Prices.format(maxPrice, quote.priceWithTax())
              + "; nothing was ordered", maxPrice, quote);
    }
    return quote.priceWithTax();
  }

  private RenewRequest request(boolean dryRun) {
    return new RenewRequest(dryRun, period, strategy.services());
  }

  private OrderOutcomeUnknownException lostOrder(OffsetDateTime attemptedAt, Price quotedWithTax, OvhException failure) {
    BigDecimal amount = strategy.price() == null ? null : strategy.price().value();
    String price = Prices.format(strategy.price()) + " without tax"
        + (quotedWithTax == null ? "" : ", " + Prices.format(quotedWithTax) + " with tax");
    return new OrderOutcomeUnknownException(
        "the renewal order of service " + serviceId + " for " + period + " (services " + Arguments.bounded(services(), "ids") + ", " + price
            + ") was sent and no usable answer came back: it may exist. Do not order again before checking "
            + "client.orders().createdSince(" + attemptedAt + "). Cause: " + failure.getMessage(),
        serviceId, period, amount, null, attemptedAt, failure);
  }

  /** The choice, for logs: service, period, services and price. */
  @Override
  public String toString() {
    return "RenewalChoice[serviceId=" + serviceId + ", period=" + period + ", services=" + Arguments.bounded(services(), "ids") + ", price="
        + Prices.format(price()) + "]";
  }
}
