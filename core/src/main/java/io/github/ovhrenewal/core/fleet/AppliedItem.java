package io.github.ovhrenewal.core.fleet;

import io.github.ovhrenewal.api.model.RenewPeriod;
import java.math.BigDecimal;

/**
 * What became of one plan item when the plan was applied.
 *
 * @param serviceId the service's id
 * @param name the service's name, or null
 * @param period the period it was (or was to be) renewed for, or null
 * @param state what became of it
 * @param orderId the order's id, or null when no order is known
 * @param priceWithTax the order's price with tax (the plan's quote when no order answered), or null
 * @param currency the currency of the price, or null
 * @param message why it is refused, unknown or not ordered, in words (with the query id when the
 *     server answered), or null
 */
public record AppliedItem(
    long serviceId,
    String name,
    RenewPeriod period,
    State state,
    Long orderId,
    BigDecimal priceWithTax,
    String currency,
    String message) {

  /** What became of an item. */
  public enum State {
    /** Ordered and paid (or found paid). */
    PAID("paid"),
    /** Ordered; not paid, because no payment was asked for or the payment was refused. */
    ORDERED("ordered"),
    /** The server refused the order: nothing was ordered. */
    REFUSED("refused"),
    /** The order (or its payment) was sent and no usable answer came back, and reconciling found
     * nothing: it may exist. Never re-ordered unless the caller says so. */
    UNKNOWN("unknown"),
    /** Skipped in the plan. */
    SKIPPED("skipped"),
    /** Not sent: the run stopped first (the budget would have been crossed). */
    NOT_ORDERED("notOrdered");

    private final String wire;

    State(String wire) {
      this.wire = wire;
    }

    /**
     * The name in the journal and in JSON output.
     *
     * @return e.g. {@code "paid"}
     */
    public String wire() {
      return wire;
    }
  }
}
