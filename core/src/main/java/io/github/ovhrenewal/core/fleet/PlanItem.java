package io.github.ovhrenewal.core.fleet;

import io.github.ovhrenewal.api.model.RenewPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One service in a {@link RenewalPlan}: its renewal alone for one period, priced by a dry run
 * ({@link Status#READY}), or left out with the reason ({@link Status#SKIPPED}).
 *
 * @param serviceId the service's id
 * @param name the service's name, the {@code domain} of its order details, or null
 * @param route where it lives in the API, e.g. {@code "/vps/vps112233.ovh.net"}, or null
 * @param expiration the day it expires, or null
 * @param period the period to renew for, or null when skipped for want of one
 * @param status ready to order, or skipped
 * @param skipReason why it is skipped, or null when ready
 * @param reason why it is skipped, in words (naming what is offered, or the query id of a failed
 *     call), or null when ready
 * @param priceWithoutTax the dry run's price without tax, or null when skipped
 * @param tax the dry run's tax, or null when skipped
 * @param priceWithTax the dry run's price with tax, or null when skipped
 * @param currency the currency code of the prices, e.g. {@code "EUR"}, or null when skipped
 */
public record PlanItem(
    long serviceId,
    String name,
    String route,
    LocalDate expiration,
    RenewPeriod period,
    Status status,
    SkipReason skipReason,
    String reason,
    BigDecimal priceWithoutTax,
    BigDecimal tax,
    BigDecimal priceWithTax,
    String currency) {

  /**
   * Whether the item is to be ordered.
   *
   * @return true when {@link Status#READY}
   */
  public boolean ready() {
    return status == Status.READY;
  }

  /** Whether an item is to be ordered. */
  public enum Status {
    /** Priced, to be ordered. */
    READY("ready"),
    /** Left out; the item says why. */
    SKIPPED("skipped");

    private final String wire;

    Status(String wire) {
      this.wire = wire;
    }

    /**
     * The name in the plan file.
     *
     * @return e.g. {@code "ready"}
     */
    public String wire() {
      return wire;
    }
  }

  /** Why an item is left out of the orders. */
  public enum SkipReason {
    /** It renews automatically; {@link PlanOptions#includeAutomatic(boolean)} includes it. */
    AUTOMATIC_RENEWAL("automaticRenewal"),
    /** Its termination or deletion is pending: renewing would pay for a service going away. */
    TERMINATION_PENDING("terminationPending"),
    /** No period was given and the service has no current renewal period. */
    NO_PERIOD("noPeriod"),
    /** The period is not among its offers; the reason names what is. */
    PERIOD_NOT_OFFERED("periodNotOffered"),
    /** No offer renews this service alone for the period (only with linked services). */
    NOT_RENEWABLE_ALONE("notRenewableAlone"),
    /** Reading its offers or pricing it failed; the reason holds the error and its query id. */
    PRICING_FAILED("pricingFailed");

    private final String wire;

    SkipReason(String wire) {
      this.wire = wire;
    }

    /**
     * The name in the plan file.
     *
     * @return e.g. {@code "automaticRenewal"}
     */
    public String wire() {
      return wire;
    }
  }
}
