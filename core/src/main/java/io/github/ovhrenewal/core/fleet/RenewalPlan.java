package io.github.ovhrenewal.core.fleet;

import io.github.ovhrenewal.core.exception.PlanFileException;
import io.github.ovhrenewal.core.util.Arguments;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What renewing a set of services would cost, item by item, with totals per currency; nothing is
 * ordered. A value: it is written to and read from a versioned JSON file that people and scripts
 * can read.
 *
 * <pre>{@code
 * RenewalPlan plan = client.renewals().plan(due, PlanOptions.defaults());
 * plan.write(Path.of("plan.json"));                       // review it, keep it
 * ApplyReport report = client.renewals().apply(RenewalPlan.read(Path.of("plan.json")), options);
 * }</pre>
 *
 * <p>The file, {@code "version": 1}, pretty-printed; amounts are JSON strings holding the exact
 * decimal, so that no reader turns them into floating point:
 *
 * <pre>{@code
 * {
 *   "version": 1,
 *   "createdAt": "2026-11-23T10:00:00Z",
 *   "items": [
 *     {
 *       "serviceId": 12345,
 *       "name": "example.com",
 *       "route": "/domain/example.com",
 *       "expiration": "2027-01-31",
 *       "period": "P1Y",
 *       "status": "ready",
 *       "priceWithoutTax": "10.00",
 *       "tax": "2.00",
 *       "priceWithTax": "12.00",
 *       "currency": "EUR"
 *     },
 *     {
 *       "serviceId": 67890,
 *       "period": "P1Y",
 *       "status": "skipped",
 *       "reason": "it renews automatically; the includeAutomatic option includes it",
 *       "reasonCode": "automaticRenewal"
 *     }
 *   ],
 *   "totals": [
 *     {
 *       "currency": "EUR",
 *       "items": 1,
 *       "priceWithoutTax": "10.00",
 *       "tax": "2.00",
 *       "priceWithTax": "12.00"
 *     }
 *   ]
 * }
 * }</pre>
 *
 * Fields without a value ({@code name}, {@code route}, {@code expiration}, a skipped item's
 * {@code period}) are left out. Reading checks the whole document before returning anything: the
 * version, every field's type and format, each service listed once, a ready item's price and
 * currency (none negative, {@code priceWithTax = priceWithoutTax + tax}), a skipped item's reason,
 * and totals equal to the sums of the ready items. Unknown fields are ignored.
 *
 * @param version the file format's version, {@link #VERSION}
 * @param createdAt when it was priced (the server's time)
 * @param items one per service, in the order given to the planner
 * @param totals the ready items' totals, one per currency
 */
public record RenewalPlan(int version, OffsetDateTime createdAt, List<PlanItem> items, List<PlanTotal> totals) {

  /** The plan file format this SDK writes and reads. */
  public static final int VERSION = 1;

  /**
   * Copies the lists.
   *
   * @param version the file format's version
   * @param createdAt when it was priced
   * @param items one per service
   * @param totals one per currency
   */
  public RenewalPlan {
    items = List.copyOf(items);
    totals = List.copyOf(totals);
  }

  /**
   * A plan of these items, priced at {@code createdAt}, with their totals per currency.
   *
   * @param createdAt when it was priced
   * @param items one per service
   * @return the plan, of the current {@link #VERSION}
   * @throws IllegalArgumentException if an argument or an item is null
   */
  public static RenewalPlan of(OffsetDateTime createdAt, List<PlanItem> items) {
    Arguments.notNull("createdAt", createdAt);
    Arguments.notNull("items", items);
    return new RenewalPlan(VERSION, createdAt, items, totalsOf(items));
  }

  /**
   * The totals of the ready items, one per currency, in the order each currency first appears.
   *
   * @param items the items
   * @return the totals
   * @throws IllegalArgumentException if an item is null
   */
  public static List<PlanTotal> totalsOf(List<PlanItem> items) {
    Arguments.notNull("items", items);
    Map<String, PlanTotal> totals = new LinkedHashMap<>();
    for (PlanItem item : items) {
      Arguments.notNull("item", item);
      if (item.ready()) {
        PlanTotal sum = totals.get(item.currency());
        totals.put(item.currency(), sum == null
            ? new PlanTotal(item.currency(), 1, item.priceWithoutTax(), item.tax(), item.priceWithTax())
            : new PlanTotal(item.currency(), sum.items() + 1, add(sum.priceWithoutTax(), item.priceWithoutTax()),
                add(sum.tax(), item.tax()), add(sum.priceWithTax(), item.priceWithTax())));
      }
    }
    return new ArrayList<>(totals.values());
  }

  // A ready item built without an amount (only by hand: the planner and the reader never do) must
  // not make the totals throw; the total is then unknown, and the file reader would refuse it.
  private static BigDecimal add(BigDecimal a, BigDecimal b) {
    return a == null || b == null ? null : a.add(b);
  }

  /**
   * The items to order.
   *
   * @return the ready items, in plan order
   */
  public List<PlanItem> ready() {
    return items.stream().filter(PlanItem::ready).toList();
  }

  /**
   * Writes the plan to a file, replacing it: written to a temporary file in the same directory,
   * forced to disk, then moved over the target in one step, so that a reader sees the old plan or
   * the new one, never half of one.
   *
   * @param file the file, e.g. {@code plan.json}
   * @throws IllegalArgumentException if the file is null
   * @throws PlanFileException if it cannot be written (the message names the file and why)
   */
  public void write(Path file) {
    Arguments.notNull("file", file);
    PlanFile.write(this, file);
  }

  /**
   * Reads a plan file written by {@link #write(Path)} (or by {@code ovh-renew plan -o}), checking
   * all of it first.
   *
   * @param file the file
   * @return the plan
   * @throws IllegalArgumentException if the file is null
   * @throws PlanFileException if the file cannot be read, is not JSON, is of another version, or is
   *     not a consistent plan; the message names the file, the JSON path and what was expected
   */
  public static RenewalPlan read(Path file) {
    Arguments.notNull("file", file);
    return PlanFile.read(file);
  }

  /**
   * The plan as the file holds it: pretty-printed JSON, two spaces of indent, ending with a newline.
   *
   * @return the JSON text
   */
  public String toJson() {
    return PlanFile.toJson(this);
  }

  /**
   * Reads a plan from its JSON text, checking all of it first, as {@link #read(Path)} does.
   *
   * @param json the JSON text
   * @param source what the text was read from, for messages (e.g. {@code "stdin"}), or null
   * @return the plan
   * @throws IllegalArgumentException if the text is null
   * @throws PlanFileException if the text is not JSON, is of another version, or is not a
   *     consistent plan; the message names the source, the JSON path and what was expected
   */
  public static RenewalPlan fromJson(String json, String source) {
    Arguments.notNull("json", json);
    return PlanFile.fromJson(json, source == null ? "the JSON text" : source);
  }
}
