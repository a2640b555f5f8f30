package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.core.fleet.PlanItem;
import io.github.ovhrenewal.core.fleet.PlanTotal;
import io.github.ovhrenewal.core.fleet.RenewalPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** How {@code plan} and {@code apply} show a plan: pure, built from values. */
final class PlanView {
  static final List<String> TABLE_HEADER = List.of("ID", "NAME", "EXPIRES", "PERIOD", "STATUS", "WITH TAX / REASON");

  private PlanView() {}

  /** One row per item: a ready item's price with tax, a skipped item's reason. */
  static List<List<String>> tableRows(List<PlanItem> items) {
    List<List<String>> rows = new ArrayList<>();
    for (PlanItem item : items) {
      rows.add(List.of(
          Long.toString(item.serviceId()),
          name(item),
          item.expiration() == null ? "-" : item.expiration().toString(),
          item.period() == null ? "-" : item.period().toString(),
          item.status().wire(),
          item.ready() ? Printer.money(item.priceWithTax(), item.currency()) : reason(item)));
    }
    return rows;
  }

  /** The totals, one line per currency, then how many items are skipped. */
  static List<String> totalLines(RenewalPlan plan) {
    List<String> lines = new ArrayList<>();
    for (PlanTotal total : plan.totals()) {
      lines.add("Total " + total.currency() + ": " + total.items() + " renewal(s), "
          + Printer.money(total.priceWithoutTax(), total.currency()) + " without tax + "
          + Printer.money(total.tax(), total.currency()) + " tax = "
          + Printer.money(total.priceWithTax(), total.currency()) + " with tax.");
    }
    int skipped = plan.items().size() - plan.ready().size();
    if (plan.totals().isEmpty()) {
      lines.add("Nothing to order.");
    }
    if (skipped > 0) {
      lines.add(skipped + " skipped (see the reasons above).");
    }
    return lines;
  }

  /** The totals with tax in a few words, e.g. {@code 36.00 EUR + 12.00 CAD}. */
  static String totalWithTax(RenewalPlan plan) {
    return plan.totals().isEmpty()
        ? "nothing"
        : plan.totals().stream().map(t -> Printer.money(t.priceWithTax(), t.currency())).collect(Collectors.joining(" + "));
  }

  /** An item in a few words, for the progress line per item. */
  static String describe(PlanItem item) {
    return item.serviceId() + " " + name(item) + " " + item.status().wire() + " "
        + (item.ready() ? Printer.money(item.priceWithTax(), item.currency()) : reason(item));
  }

  static String name(PlanItem item) {
    if (item.name() != null) {
      return item.name();
    }
    return item.route() == null ? "-" : item.route();
  }

  private static String reason(PlanItem item) {
    if (item.reason() != null) {
      return item.reason();
    }
    return item.skipReason() == null ? "-" : item.skipReason().wire();
  }
}
