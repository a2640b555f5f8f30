package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.core.fleet.OrderOverview;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ovh-renew orders [--since 30d] [--unpaid]}: the orders created recently, with what they
 * renew and whether they are paid: to find orders left unpaid and settle them with {@code pay}.
 */
@Command(name = "orders", description = "List recent orders: id, date, services, amount with tax, status. --unpaid for those left to pay (then: ovh-renew pay ORDER_ID --pay ...).")
final class OrdersCommand implements Callable<Integer> {
  @ParentCommand
  OvhRenewCli cli;

  @Option(names = "--since", paramLabel = "DURATION", description = "Orders created within this long before now: 30d (default), 8w, 6m, 1y, or ISO P30D.")
  String since;

  @Option(names = "--unpaid", description = "Only the orders not paid yet (status notPaid).")
  boolean unpaid;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    Period window = parseSince(since == null ? WindowArgs.DEFAULT_WITHIN : since);
    try (CliSession session = cli.session()) {
      RenewalClient client = session.client();
      // Counted on the server's clock: the date filter is the server's.
      OffsetDateTime from = client.services().today().minus(window).atStartOfDay().atOffset(ZoneOffset.UTC);
      List<OrderOverview> orders = unpaid ? client.orders().unpaid(from) : client.orders().since(from);
      Printer printer = cli.printer(json);
      if (printer.json()) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (OrderOverview o : orders) {
          Map<String, Object> item = new LinkedHashMap<>();
          item.put("orderId", o.orderId());
          item.put("date", o.date() == null ? null : o.date().toString());
          item.put("status", o.status().value());
          item.put("priceWithTax", Printer.amount(o.priceWithTax()));
          item.put("currency", o.priceWithTax() == null || o.priceWithTax().currencyCode() == null ? null : o.priceWithTax().currencyCode().value());
          item.put("services", o.services());
          items.add(item);
        }
        printer.jsonWithNulls(items);
      } else {
        List<List<String>> rows = new ArrayList<>();
        for (OrderOverview o : orders) {
          rows.add(List.of(String.valueOf(o.orderId()), o.date() == null ? "-" : o.date().toLocalDate().toString(),
              o.services().isEmpty() ? "-" : String.join(", ", o.services()), Printer.money(o.priceWithTax()), o.status().value()));
        }
        printer.table(List.of("ORDER", "DATE", "SERVICES", "WITH TAX", "STATUS"), rows);
        printer.line(orders.size() + (unpaid ? " unpaid" : "") + " order(s) since " + from.toLocalDate() + "."
            + (unpaid && !orders.isEmpty() ? " Pay one with: ovh-renew pay ORDER_ID --pay default|method:ID|MEAN[:ID]" : ""));
      }
      return OvhRenewCli.OK;
    }
  }

  private static Period parseSince(String text) {
    try {
      return WindowArgs.parseDuration(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--since '" + text + "' is not a duration; expected " + WindowArgs.DURATION_FORMS, e);
    }
  }
}
