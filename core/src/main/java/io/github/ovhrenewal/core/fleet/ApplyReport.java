package io.github.ovhrenewal.core.fleet;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What applying a plan did: every item's final state, and the totals ordered and paid.
 *
 * @param items one per plan item, in plan order
 * @param orderedWithTax the total with tax of every order this plan holds (this run's and
 *     earlier runs' of the same journal), by currency code
 * @param paidWithTax the part of it that is paid, by currency code
 * @param stopReason why the run stopped ordering before the end (the budget), or null
 */
public record ApplyReport(
    List<AppliedItem> items, Map<String, BigDecimal> orderedWithTax, Map<String, BigDecimal> paidWithTax, String stopReason) {

  /**
   * Copies the lists and maps.
   *
   * @param items one per plan item
   * @param orderedWithTax ordered totals by currency
   * @param paidWithTax paid totals by currency
   * @param stopReason why the run stopped, or null
   */
  public ApplyReport {
    items = List.copyOf(items);
    orderedWithTax = Map.copyOf(orderedWithTax);
    paidWithTax = Map.copyOf(paidWithTax);
  }

  /**
   * Whether an item's outcome is unknown: its order may exist.
   *
   * @return true when any item is {@link AppliedItem.State#UNKNOWN}
   */
  public boolean hasUnknown() {
    return items.stream().anyMatch(i -> i.state() == AppliedItem.State.UNKNOWN);
  }

  /**
   * Whether the server refused an item.
   *
   * @return true when any item is {@link AppliedItem.State#REFUSED}
   */
  public boolean hasRefused() {
    return items.stream().anyMatch(i -> i.state() == AppliedItem.State.REFUSED);
  }
}
