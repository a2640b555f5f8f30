package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.core.RenewalChoice;
import io.github.ovhrenewal.api.model.RenewOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How quotes and orders are shown; the order's password and its URLs (which embed it) are never printed. */
final class OrderView {
  private OrderView() {}

  static Map<String, Object> quote(RenewalChoice choice, RenewOrder quote) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("serviceId", choice.serviceId());
    json.put("period", choice.period());
    json.put("services", choice.services());
    json.put("priceWithoutTax", Printer.amount(quote.priceWithoutTax()));
    json.put("tax", Printer.amount(quote.tax()));
    json.put("priceWithTax", Printer.amount(quote.priceWithTax()));
    json.put("currency", quote.priceWithTax() == null ? null : quote.priceWithTax().currencyCode());
    return json;
  }

  static Map<String, Object> order(RenewOrder order) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("orderId", order.orderId());
    json.put("date", order.date());
    json.put("expirationDate", order.expirationDate());
    json.put("priceWithoutTax", Printer.amount(order.priceWithoutTax()));
    json.put("tax", Printer.amount(order.tax()));
    json.put("priceWithTax", Printer.amount(order.priceWithTax()));
    json.put("currency", order.priceWithTax() == null ? null : order.priceWithTax().currencyCode());
    return json;
  }

  static void printQuote(Printer printer, RenewalChoice choice, RenewOrder quote) {
    printer.line("Renewal of service " + choice.serviceId() + " for " + choice.period() + " (services " + choice.services() + "):");
    printer.table(List.of("WITHOUT TAX", "TAX", "WITH TAX"), List.of(List.of(
        Printer.money(quote.priceWithoutTax()), Printer.money(quote.tax()), Printer.money(quote.priceWithTax()))));
  }

  static void printOrder(Printer printer, RenewOrder order) {
    printer.line("Ordered: order " + order.orderId() + ", " + Printer.money(order.priceWithTax()) + " with tax"
        + (order.expirationDate() == null ? "" : ", to pay before " + order.expirationDate()) + ".");
  }
}
