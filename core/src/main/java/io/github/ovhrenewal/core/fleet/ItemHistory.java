package io.github.ovhrenewal.core.fleet;

import io.github.ovhrenewal.core.fleet.JournalEntry.State;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the journal says of one service: its last step and what the steps so far established (the
 * order, its price, when its order was last sent). Mutable, confined to one item's task (or to
 * reconciling, before the tasks start).
 */
final class ItemHistory {
  private State last;
  private Long orderId;
  private BigDecimal priceWithTax;
  private String currency;
  private OffsetDateTime attemptedAt;
  private String error;
  private String queryId;
  private boolean reconciled;
  private int abandonedUnknown;

  /**
   * Folds the journal's entries, service by service.
   *
   * @param entries the entries, in file order
   * @return each journaled service's history
   */
  static Map<Long, ItemHistory> fold(List<JournalEntry> entries) {
    Map<Long, ItemHistory> histories = new HashMap<>();
    for (JournalEntry entry : entries) {
      histories.computeIfAbsent(entry.serviceId(), id -> new ItemHistory()).apply(entry);
    }
    return histories;
  }

  /**
   * Takes one more step into account.
   *
   * @param entry the step
   */
  void apply(JournalEntry entry) {
    switch (entry.state()) {
      case SENDING -> {
        if (last == State.UNKNOWN || last == State.SENDING) {
          // Ordered again although the earlier order may exist (reorderUnknown): the budget
          // still counts the earlier one.
          abandonedUnknown++;
        }
        attemptedAt = entry.at();
        orderId = null;
        priceWithTax = null;
        currency = null;
        reconciled = false;
        error = null;
        queryId = null;
      }
      case ORDERED -> {
        orderId = entry.orderId();
        priceWithTax = entry.priceWithTax();
        currency = entry.currency();
        reconciled = entry.reconciled();
        error = null;
        queryId = null;
      }
      case PAID -> {
        orderId = entry.orderId();
        error = null;
        queryId = null;
      }
      case PAYING -> orderId = entry.orderId();
      default -> {
        if (entry.state() == State.UNKNOWN && attemptedAt == null) {
          // An unknown outcome without its sending line (an edited journal): look from this time on.
          attemptedAt = entry.at();
        }
        if (entry.orderId() != null) {
          orderId = entry.orderId();
        }
        error = entry.error();
        queryId = entry.queryId();
      }
    }
    last = entry.state();
  }

  /** The last step, or null when nothing is journaled. */
  State last() {
    return last;
  }

  /** The order, once known. */
  Long orderId() {
    return orderId;
  }

  /** The order's price with tax, once known (null when the answer had none). */
  BigDecimal priceWithTax() {
    return priceWithTax;
  }

  /** The price's currency, once known. */
  String currency() {
    return currency;
  }

  /** When the last order was sent (its {@code sending} line), or null. */
  OffsetDateTime attemptedAt() {
    return attemptedAt;
  }

  /** The last refusal or failure, in words, or null. */
  String error() {
    return error;
  }

  /** The last refusal's query id, or null. */
  String queryId() {
    return queryId;
  }

  /** Whether the order was found by reconciling. */
  boolean reconciled() {
    return reconciled;
  }

  /** How many earlier orders of unknown outcome were followed by a new one. */
  int abandonedUnknown() {
    return abandonedUnknown;
  }

  /** Whether the order's outcome is unknown: sent, and no answer recorded or usable. */
  boolean orderUnknown() {
    return last == State.SENDING || last == State.UNKNOWN;
  }

  /** Whether an order is known to exist. */
  boolean hasOrder() {
    return orderId != null && last != State.SENDING && last != State.UNKNOWN && last != State.REFUSED;
  }
}
