package io.github.ovhrenewal.core.fleet;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What renewing a set of services would cost, item by item, with totals per currency; nothing is
 * ordered. A value: it is written to and read from a versioned JSON file that people and scripts
 * can read.
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
   * The items to order.
   *
   * @return the ready items, in plan order
   */
  public List<PlanItem> ready() {
    return items.stream().filter(PlanItem::ready).toList();
  }
}
