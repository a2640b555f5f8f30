package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.core.fleet.AppliedItem;
import io.github.ovhrenewal.core.fleet.AppliedItem.State;
import io.github.ovhrenewal.core.fleet.ApplyReport;
import io.github.ovhrenewal.core.fleet.PlanItem;
import io.github.ovhrenewal.core.fleet.RenewalPlan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** How {@code apply} shows what it will do and what it did, and the exit code of a report. Pure. */
final class ApplyView {
  static final List<String> PREVIEW_HEADER = List.of("ID", "NAME", "EXPIRES", "PERIOD", "WITH TAX");
  static final List<String> REPORT_HEADER = List.of("ID", "NAME", "STATE", "ORDER", "WITH TAX", "MESSAGE");

  private ApplyView() {}

  /** The ready items, one row each. */
  static List<List<String>> previewRows(RenewalPlan plan) {
    List<List<String>> rows = new ArrayList<>();
    for (PlanItem item : plan.ready()) {
      rows.add(List.of(
          Long.toString(item.serviceId()),
          PlanView.name(item),
          item.expiration() == null ? "-" : item.expiration().toString(),
          item.period() == null ? "-" : item.period().toString(),
          Printer.money(item.priceWithTax(), item.currency())));
    }
    return rows;
  }

  /** One row per item of the report. */
  static List<List<String>> reportRows(ApplyReport report) {
    List<List<String>> rows = new ArrayList<>();
    for (AppliedItem item : report.items()) {
      rows.add(List.of(
          Long.toString(item.serviceId()),
          item.name() == null ? "-" : item.name(),
          item.state().wire(),
          item.orderId() == null ? "-" : item.orderId().toString(),
          Printer.money(item.priceWithTax(), item.currency()),
          item.message() == null ? "" : item.message()));
    }
    return rows;
  }

  /** The totals ordered and paid, in words. */
  static List<String> totalLines(ApplyReport report) {
    List<String> lines = new ArrayList<>();
    lines.add("Ordered (with tax, this plan's orders in all runs of the journal): " + amounts(report.orderedWithTax()) + ".");
    lines.add("Paid (with tax): " + amounts(report.paidWithTax()) + ".");
    if (report.stopReason() != null) {
      lines.add("Stopped ordering: " + report.stopReason());
    }
    return lines;
  }

  /** Amounts by currency, e.g. {@code 36.00 EUR + 12.00 CAD}, or {@code none}. */
  static String amounts(Map<String, BigDecimal> byCurrency) {
    if (byCurrency.isEmpty()) {
      return "none";
    }
    return new TreeMap<>(byCurrency).entrySet().stream()
        .map(e -> Printer.money(e.getValue(), e.getKey()))
        .collect(Collectors.joining(" + "));
  }

  /** The report as JSON: every key present, amounts exact. */
  static Map<String, Object> json(ApplyReport report, String journal) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (AppliedItem item : report.items()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("serviceId", item.serviceId());
      o.put("name", item.name());
      o.put("period", item.period() == null ? null : item.period().toString());
      o.put("state", item.state().wire());
      o.put("orderId", item.orderId());
      o.put("priceWithTax", item.priceWithTax());
      o.put("currency", item.currency());
      o.put("message", item.message());
      items.add(o);
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("items", items);
    json.put("orderedWithTax", new TreeMap<>(report.orderedWithTax()));
    json.put("paidWithTax", new TreeMap<>(report.paidWithTax()));
    json.put("stopReason", report.stopReason());
    json.put("journal", journal);
    return json;
  }

  /** An item in a few words, for the progress line per item. */
  static String describe(AppliedItem item) {
    return item.serviceId() + (item.name() == null ? "" : " " + item.name()) + " " + item.state().wire()
        + (item.orderId() == null ? "" : " order " + item.orderId());
  }

  /**
   * The exit code of a report: 3 when an outcome is unknown (an order may exist), else 1 when the
   * server refused an order (or, a payment being asked for, an order is left unpaid), else 2 when
   * the run stopped before ordering everything (the budget), else 0.
   *
   * @param report the report
   * @param paymentAsked whether {@code --pay} was given
   * @return the exit code
   */
  static int exitCode(ApplyReport report, boolean paymentAsked) {
    if (report.hasUnknown()) {
      return OvhRenewCli.OUTCOME_UNKNOWN;
    }
    if (!failed(report, paymentAsked).isEmpty()) {
      return OvhRenewCli.API_FAILURE;
    }
    if (report.stopReason() != null || !withState(report, State.NOT_ORDERED).isEmpty()) {
      return OvhRenewCli.BAD_INPUT;
    }
    return OvhRenewCli.OK;
  }

  /** The items refused, and those ordered but left unpaid when a payment was asked for. */
  static List<AppliedItem> failed(ApplyReport report, boolean paymentAsked) {
    return report.items().stream()
        .filter(i -> i.state() == State.REFUSED || (paymentAsked && i.state() == State.ORDERED))
        .toList();
  }

  static List<AppliedItem> withState(ApplyReport report, State state) {
    return report.items().stream().filter(i -> i.state() == state).toList();
  }

  /** Service ids, at most 20 then a count, for a message. */
  static String ids(List<AppliedItem> items) {
    List<String> ids = items.stream()
        .map(i -> i.serviceId() + (i.orderId() == null ? "" : " (order " + i.orderId() + ")"))
        .toList();
    return ids.size() > 20 ? String.join(", ", ids.subList(0, 20)) + " and " + (ids.size() - 20) + " more" : String.join(", ", ids);
  }
}
