package io.github.ovhrenewal.core.fleet;

import io.github.ovhrenewal.api.model.RenewPeriod;

/**
 * How {@code client.renewals().plan(...)} prices: the period, and whether services that renew
 * automatically are included. Immutable: each method returns a new value.
 *
 * <pre>{@code
 * RenewalPlan plan = client.renewals().plan(due, PlanOptions.defaults().period(RenewPeriod.P1Y));
 * }</pre>
 */
public final class PlanOptions {
  private final RenewPeriod period;
  private final boolean includeAutomatic;
  private final ProgressListener<? super PlanItem> listener;

  private PlanOptions(RenewPeriod period, boolean includeAutomatic, ProgressListener<? super PlanItem> listener) {
    this.period = period;
    this.includeAutomatic = includeAutomatic;
    this.listener = listener;
  }

  /**
   * Each service's own current renewal period, automatic renewals skipped, no listener.
   *
   * @return the defaults
   */
  public static PlanOptions defaults() {
    return new PlanOptions(null, false, ProgressListener.none());
  }

  /**
   * Renews every service for this period.
   *
   * @param period the period, or null for each service's current renewal period
   * @return new options
   */
  public PlanOptions period(RenewPeriod period) {
    return new PlanOptions(period, includeAutomatic, listener);
  }

  /**
   * Includes services that renew automatically (skipped by default, as they renew themselves).
   *
   * @param include whether to include them
   * @return new options
   */
  public PlanOptions includeAutomatic(boolean include) {
    return new PlanOptions(period, include, listener);
  }

  /**
   * Told of each item once it is priced or skipped.
   *
   * @param listener the listener
   * @return new options
   * @throws IllegalArgumentException if null
   */
  public PlanOptions listener(ProgressListener<? super PlanItem> listener) {
    if (listener == null) {
      throw new IllegalArgumentException("listener must not be null; use ProgressListener.none()");
    }
    return new PlanOptions(period, includeAutomatic, listener);
  }

  /**
   * The period every service renews for.
   *
   * @return the period, or null for each service's current renewal period
   */
  public RenewPeriod period() {
    return period;
  }

  /**
   * Whether services that renew automatically are priced.
   *
   * @return true to include them
   */
  public boolean includeAutomatic() {
    return includeAutomatic;
  }

  /**
   * The progress listener.
   *
   * @return the listener, never null
   */
  public ProgressListener<? super PlanItem> listener() {
    return listener;
  }

  @Override
  public String toString() {
    return "PlanOptions[period=" + (period == null ? "current" : period) + ", includeAutomatic=" + includeAutomatic + "]";
  }
}
