package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.api.model.Order;
import io.github.ovhrenewal.api.model.OrderStatus;
import io.github.ovhrenewal.core.RenewalClient;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ovh-renew order-status ORDER_ID}: an order's status and price, read from the API
 * ({@code GET /me/order/{orderId}} and {@code /status}): what to check after an unknown outcome,
 * before paying or renewing again.
 */
@Command(name = "order-status", description = "Show an order's status and price: whether it is paid. Nothing is sent but reads.")
final class OrderStatusCommand implements Callable<Integer> {
  @ParentCommand
  OvhRenewCli cli;

  @Parameters(index = "0", paramLabel = "ORDER_ID", description = "The order id, as renew printed it.")
  String orderId;

  @Override
  public Integer call() {
    long id = OrderIdArg.parse(orderId);
    try (CliSession session = cli.session()) {
      RenewalClient client = session.client();
      Order order = client.orders().get(id);
      OrderStatus status = client.orders().status(id);
      boolean paid = PaymentConfirmation.confirmsPayment(status);
      Printer printer = cli.printer();
      if (printer.json()) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("orderId", id);
        json.put("status", status);
        json.put("paid", paid);
        json.put("date", order.date());
        json.put("expirationDate", order.expirationDate());
        json.put("priceWithoutTax", Printer.amount(order.priceWithoutTax()));
        json.put("tax", Printer.amount(order.tax()));
        json.put("priceWithTax", Printer.amount(order.priceWithTax()));
        json.put("currency", order.priceWithTax() == null ? null : order.priceWithTax().currencyCode());
        printer.json(json);
      } else {
        printer.line("Order " + id + ": " + status + (paid ? " (paid)" : " (not confirmed paid)") + ", "
            + Printer.money(order.priceWithTax()) + " with tax, ordered " + order.date()
            + (paid || order.expirationDate() == null ? "" : ", to pay before " + order.expirationDate()) + ".");
      }
      return OvhRenewCli.OK;
    }
  }
}
