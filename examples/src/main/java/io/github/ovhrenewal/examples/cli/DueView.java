package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.core.fleet.ServiceSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How {@code due} shows services: the rows in order (soonest first, each add-on right under its
 * parent when the parent is listed), as a table, CSV or JSON. Pure: built from values, so it is
 * tested without a server.
 */
final class DueView {
  static final List<String> TABLE_HEADER = List.of("ID", "SERVICE", "PRODUCT", "EXPIRES", "DAYS LEFT", "RENEW MODE", "PERIOD");
  static final List<String> CSV_HEADER = List.of("id", "service", "product", "expires", "daysLeft", "renewMode", "period", "parentServiceId");

  private DueView() {}

  /**
   * One listed service.
   *
   * @param service the service
   * @param depth 0, or how many listed ancestors it is shown under
   * @param daysLeft days from today to its expiration, or null
   */
  record Row(ServiceSummary service, int depth, Long daysLeft) {}

  /**
   * The rows: services in the order given (soonest first), except that an add-on whose parent is
   * listed comes right after its parent (and its parent's earlier add-ons), one level deeper.
   *
   * @param services the services, soonest first
   * @param today the day days left count from
   * @return the rows, each service once
   */
  static List<Row> rows(List<ServiceSummary> services, LocalDate today) {
    Map<Long, ServiceSummary> listed = new LinkedHashMap<>();
    for (ServiceSummary s : services) {
      listed.putIfAbsent(s.serviceId(), s);
    }
    Map<Long, List<ServiceSummary>> children = new LinkedHashMap<>();
    List<ServiceSummary> roots = new ArrayList<>();
    for (ServiceSummary s : listed.values()) {
      Long parent = s.parentServiceId();
      if (parent != null && parent != s.serviceId() && listed.containsKey(parent)) {
        children.computeIfAbsent(parent, p -> new ArrayList<>()).add(s);
      } else {
        roots.add(s);
      }
    }
    List<Row> rows = new ArrayList<>();
    Set<Long> shown = new HashSet<>();
    for (ServiceSummary root : roots) {
      add(rows, shown, children, root, 0, today);
    }
    // Services in a parent cycle (a server answering nonsense) have no root: listed flat, never lost.
    for (ServiceSummary s : listed.values()) {
      add(rows, shown, children, s, 0, today);
    }
    return rows;
  }

  private static void add(List<Row> rows, Set<Long> shown, Map<Long, List<ServiceSummary>> children, ServiceSummary s, int depth,
      LocalDate today) {
    if (!shown.add(s.serviceId())) {
      return;
    }
    rows.add(new Row(s, depth, s.daysLeft(today)));
    for (ServiceSummary child : children.getOrDefault(s.serviceId(), List.of())) {
      add(rows, shown, children, child, depth + 1, today);
    }
  }

  /** Where a service lives: its route (which names it), else its name. */
  static String service(ServiceSummary s) {
    if (s.route() != null) {
      return s.route();
    }
    return s.name() == null ? "-" : s.name();
  }

  /** The table's rows; an add-on's service is indented under its parent. */
  static List<List<String>> tableRows(List<Row> rows) {
    List<List<String>> table = new ArrayList<>();
    for (Row row : rows) {
      ServiceSummary s = row.service();
      String indent = row.depth() == 0 ? "" : "  ".repeat(row.depth() - 1) + "  + ";
      table.add(List.of(
          Long.toString(s.serviceId()),
          indent + service(s),
          text(s.product()),
          text(s.expiration()),
          text(row.daysLeft()),
          s.renewMode() == null ? "-" : s.renewMode().value(),
          text(s.renewPeriod())));
    }
    return table;
  }

  /** The CSV text: the table's columns and the parent's id, not indented, with a header line. */
  static String csv(List<Row> rows) {
    List<List<String>> lines = new ArrayList<>();
    for (Row row : rows) {
      ServiceSummary s = row.service();
      lines.add(java.util.Arrays.asList(
          Long.toString(s.serviceId()),
          s.route() != null ? s.route() : s.name(),
          s.product(),
          s.expiration() == null ? null : s.expiration().toString(),
          row.daysLeft() == null ? null : row.daysLeft().toString(),
          s.renewMode() == null ? null : s.renewMode().value(),
          s.renewPeriod() == null ? null : s.renewPeriod().toString(),
          s.parentServiceId() == null ? null : s.parentServiceId().toString()));
    }
    return Csv.of(CSV_HEADER, lines);
  }

  /** The JSON array: one object per row, every key present (null when unknown). */
  static List<Map<String, Object>> json(List<Row> rows) {
    List<Map<String, Object>> json = new ArrayList<>();
    for (Row row : rows) {
      ServiceSummary s = row.service();
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("serviceId", s.serviceId());
      o.put("parentServiceId", s.parentServiceId());
      o.put("route", s.route());
      o.put("name", s.name());
      o.put("displayName", s.displayName());
      o.put("product", s.product());
      o.put("expiration", s.expiration() == null ? null : s.expiration().toString());
      o.put("daysLeft", row.daysLeft());
      o.put("renewMode", s.renewMode() == null ? null : s.renewMode().value());
      o.put("renewPeriod", s.renewPeriod() == null ? null : s.renewPeriod().toString());
      o.put("terminationPending", s.terminationPending());
      json.add(o);
    }
    return json;
  }

  /** A service in a few words, for the progress line per item. */
  static String describe(ServiceSummary s) {
    return s.serviceId() + " " + service(s) + (s.expiration() == null ? "" : " expires " + s.expiration());
  }

  private static String text(Object value) {
    return value == null ? "-" : value.toString();
  }
}
