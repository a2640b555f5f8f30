package io.github.ovhrenewal.core.fleet;

import io.github.ovhrenewal.api.model.Price;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The budget of a run, and the order in which its orders are admitted.
 *
 * <p>Each plan item passes here exactly once, before it sends anything. Items that order are
 * admitted in plan order, whatever the threads do: an item waits until every item before it has
 * passed. So the first order that would cross the budget is the same on every run, and it and
 * every later order are refused together. Admitting reserves the item's quote, which its answer
 * then replaces with the real price (or releases, when nothing was ordered).
 */
final class Budget {
  /** Why an item may or may not send its order. */
  enum Verdict {
    /** Send it: its quote is reserved. */
    ADMITTED,
    /** Nothing to order: passed through. */
    PASSED,
    /** The budget stops the run here: not sent. */
    STOPPED,
    /** The run is halted (the journal cannot be written, or the run was interrupted): not sent. */
    HALTED
  }

  private final Map<String, BigDecimal> max;
  private final Map<String, BigDecimal> spent = new HashMap<>();
  private final boolean[] passed;
  private int next;
  private String stopReason;
  private String haltReason;

  /**
   * A budget for a plan of {@code items} items.
   *
   * @param max the most to order with tax, by currency (empty for no budget)
   * @param spentBefore what earlier runs of the journal ordered (or may have ordered), by currency
   * @param items the plan's items, each of which passes once
   */
  Budget(Map<String, BigDecimal> max, Map<String, BigDecimal> spentBefore, int items) {
    this.max = Map.copyOf(max);
    this.spent.putAll(spentBefore);
    this.passed = new boolean[items];
  }

  /**
   * Passes item {@code index}: an item that orders waits for the items before it, then is
   * admitted or stopped; one that does not passes at once.
   *
   * @param index the item's place in the plan
   * @param item the item, when it is to order; null when it orders nothing
   * @return the verdict
   */
  synchronized Verdict pass(int index, PlanItem item) {
    if (item == null) {
      mark(index);
      return Verdict.PASSED;
    }
    try {
      while (next < index && haltReason == null) {
        wait();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      halt("the run was interrupted");
    }
    try {
      if (haltReason != null) {
        return Verdict.HALTED;
      }
      if (stopReason != null) {
        return Verdict.STOPPED;
      }
      String refusal = refusal(item);
      if (refusal != null) {
        stopReason = refusal;
        return Verdict.STOPPED;
      }
      if (item.currency() != null && item.priceWithTax() != null) {
        spent.merge(item.currency(), item.priceWithTax(), BigDecimal::add);
      }
      return Verdict.ADMITTED;
    } finally {
      mark(index);
    }
  }

  private String refusal(PlanItem item) {
    if (max.isEmpty()) {
      return null;
    }
    String currency = item.currency();
    BigDecimal quote = item.priceWithTax();
    if (currency == null || quote == null) {
      return "budget: the renewal of service " + item.serviceId() + " has no " + (currency == null ? "currency" : "price with tax")
          + " in the plan to check against the budget " + max + ": it and the items after it were not ordered";
    }
    BigDecimal limit = max.get(currency);
    if (limit == null) {
      return null;
    }
    BigDecimal before = spent.getOrDefault(currency, BigDecimal.ZERO);
    BigDecimal after = before.add(quote);
    if (after.compareTo(limit) <= 0) {
      return null;
    }
    return "budget: ordering the renewal of service " + item.serviceId() + (item.name() == null ? "" : " (" + item.name() + ")")
        + " for " + item.period() + " at " + amount(quote, currency) + " with tax would take the " + currency + " total to "
        + amount(after, currency) + ", above the maximum of " + amount(limit, currency) + " (" + amount(before, currency)
        + " ordered or possibly ordered so far, this journal's earlier runs included): it and the items after it were not ordered";
  }

  private static String amount(BigDecimal value, String currency) {
    return Price.amount(value, currency) + " " + currency;
  }

  private void mark(int index) {
    passed[index] = true;
    while (next < passed.length && passed[next]) {
      next++;
    }
    notifyAll();
  }

  /**
   * An admitted order answered: its real price replaces its quote.
   *
   * @param item the item whose quote was reserved
   * @param currency the order's currency
   * @param priceWithTax the order's price with tax
   */
  synchronized void ordered(PlanItem item, String currency, BigDecimal priceWithTax) {
    release(item);
    if (currency != null && priceWithTax != null) {
      spent.merge(currency, priceWithTax, BigDecimal::add);
    }
  }

  /**
   * An admitted order was refused: nothing was ordered, the quote is released.
   *
   * @param item the item whose quote was reserved
   */
  synchronized void refused(PlanItem item) {
    release(item);
  }

  private void release(PlanItem item) {
    if (item.currency() != null && item.priceWithTax() != null) {
      spent.merge(item.currency(), item.priceWithTax().negate(), BigDecimal::add);
    }
  }

  /**
   * Stops every order not yet admitted, for good.
   *
   * @param reason why
   */
  synchronized void halt(String reason) {
    if (haltReason == null) {
      haltReason = reason;
    }
    notifyAll();
  }

  /** Why the budget stopped the run, or null. */
  synchronized String stopReason() {
    return stopReason;
  }

  /** Why the run was halted, or null. */
  synchronized String haltReason() {
    return haltReason;
  }
}
