package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.core.RenewalChoice;
import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.core.exception.OrderOutcomeUnknownException;
import io.github.ovhrenewal.api.model.Order;
import io.github.ovhrenewal.api.model.OrderStatus;
import io.github.ovhrenewal.api.model.RenewOrder;
import io.github.ovhrenewal.api.model.RenewPeriod;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ovh-renew renew SERVICE PERIOD [--pay PAYMENT] [--yes] [--wait]}: quotes, asks, orders, pays
 * when asked to, and waits for delivery with {@code --wait}. Without a terminal and without {@code --yes} it refuses to order. Nothing is
 * ordered before the period, the budget ({@code --max-price}) and the payment mean are checked; the
 * order is called paid only once its status confirms it.
 */
@Command(name = "renew", description = "Order the renewal of a service (shows the quote and asks first), and pay it with --pay. Never re-sent: a lost answer exits 3.")
final class RenewCommand implements Callable<Integer> {
  @ParentCommand
  OvhRenewCli cli;

  @Mixin
  ServicePeriodArgs args;

  @Option(names = "--pay", paramLabel = "PAYMENT",
      description = "Pay the order: default (the account's default payment method), method:ID, or a registered mean MEAN[:ID] (paypal:1234, ovhAccount). Checked before ordering.")
  String pay;

  @Mixin
  WaitArgs wait;

  @Option(names = "--yes", description = "Order without asking (for scripts and cron).")
  boolean yes;

  @Option(names = "--max-price", paramLabel = "AMOUNT", description = "Refuse to order if the quote with tax is above AMOUNT (e.g. 30.00).")
  String maxPrice;

  @Override
  public Integer call() {
    // Every argument is checked before anything is sent.
    ServiceRef ref = args.service();
    RenewPeriod renewPeriod = args.period();
    PaymentArg payment = pay == null ? null : PaymentArg.parse(pay);
    BigDecimal budget = maxPrice == null ? null : parseAmount(maxPrice);
    java.time.Duration waitTimeout = wait.timeout(payment != null);
    if (!yes && !cli.terminal.isInteractive()) {
      throw new IllegalArgumentException("refusing to order without confirmation: no terminal to ask; add --yes to order from a script");
    }
    try (CliSession session = cli.session()) {
      RenewalClient client = session.client();
      Printer printer = cli.printer();
      RenewalChoice choice = ref.renewal(client).choose(renewPeriod);
      if (budget != null) {
        choice = choice.maxPrice(budget);
      }
      if (payment != null) {
        payment = PaymentMeanCheck.beforeOrdering(client, payment, cli.err);
      }
      // The quote (a dry run) is for the person asked to confirm. Under --yes nobody is asked: the
      // order's own answer carries the same prices, and --max-price is checked by order() itself.
      RenewOrder quote = yes ? null : choice.quote();
      if (quote != null) {
        if (!printer.json()) {
          OrderView.printQuote(printer, choice, quote);
        }
        if (!cli.terminal.confirm("Order this renewal for " + Printer.money(quote.priceWithTax()) + " with tax?")) {
          cli.err.println("ovh-renew: not ordered.");
          cli.err.flush();
          return OvhRenewCli.OK;
        }
      }
      RenewOrder order = orderOrReconcile(client, choice);
      if (quote == null && !printer.json()) {
        OrderView.printQuote(printer, choice, order);
      }
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("quote", OrderView.quote(choice, quote != null ? quote : order));
      json.put("order", OrderView.order(order));
      OrderView.printOrder(printer, order);
      if (payment != null) {
        OrderStatus status = pay(client, order.orderId(), payment);
        json.put("payment", PayCommand.paymentView(payment, status));
        printer.line("Paid order " + order.orderId() + " with " + payment + ": status " + status + ".");
        if (waitTimeout != null) {
          OrderStatus reached = WaitArgs.untilDelivered(client, order.orderId(), waitTimeout, cli.err);
          json.put("delivery", reached);
          printer.line("Order " + order.orderId() + ": " + reached + ".");
        }
      } else {
        printer.line("Not paid yet: ovh-renew pay " + order.orderId() + " --pay default|method:ID|MEAN[:ID]");
      }
      if (printer.json()) {
        printer.json(json);
      }
      return OvhRenewCli.OK;
    }
  }

  /**
   * Pays the order just created, confirmed by its status. Whatever happens, the order exists: the
   * person (or script) is told so, or an exit code without it would make them renew again and
   * order twice.
   */
  private OrderStatus pay(RenewalClient client, long orderId, PaymentArg payment) {
    try {
      return PaymentConfirmation.payAndConfirm(client, orderId, payment);
    } catch (OrderOutcomeUnknownException | PaymentNotConfirmedException e) {
      cli.err.println("ovh-renew: order " + orderId + " was created; its payment was sent and may have been made.");
      throw e;
    } catch (RuntimeException e) {
      cli.err.println("ovh-renew: order " + orderId + " was created but is not paid; do not renew again,"
          + " pay it with: ovh-renew pay " + orderId + " --pay default|method:ID|MEAN[:ID]");
      throw e;
    }
  }

  /**
   * Orders once. When the answer is lost, lists the orders created since just before the attempt,
   * so the person can see whether it exists, then reports the unknown outcome (exit code 3).
   */
  private RenewOrder orderOrReconcile(RenewalClient client, RenewalChoice choice) {
    try {
      return choice.order();
    } catch (OrderOutcomeUnknownException lost) {
      try {
        List<Order> candidates = client.orders().createdSince(lost.attemptedAt());
        cli.err.println("ovh-renew: orders created since " + lost.attemptedAt() + ": "
            + (candidates.isEmpty() ? "none found yet" : candidates.stream()
                .map(o -> o.orderId() + " (" + Printer.money(o.priceWithoutTax()) + " without tax)").toList()));
      } catch (RuntimeException reconcileFailed) {
        cli.err.println("ovh-renew: could not list the recent orders either: " + reconcileFailed.getMessage());
      }
      cli.err.flush();
      throw lost;
    }
  }

  private static BigDecimal parseAmount(String text) {
    try {
      BigDecimal amount = new BigDecimal(text.trim());
      if (amount.signum() >= 0) {
        return amount;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("--max-price '" + text + "' is not an amount; expected a number such as 30.00");
  }
}
