package io.github.ovhrenewal.core.fleet;

import io.github.ovhrenewal.api.OrderApi;
import io.github.ovhrenewal.api.PaymentApi;
import io.github.ovhrenewal.api.ServiceApi;
import io.github.ovhrenewal.api.ServicesApi;
import io.github.ovhrenewal.api.model.OrderStatus;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.api.model.ServiceRenewMode;
import io.github.ovhrenewal.core.internal.Engine;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * The fleet operations of one client. Internal wiring: {@code RenewalClient} builds it, and
 * callers use {@code client.services().summaries()}, {@code client.renewals().plan(...)} and
 * {@code client.renewals().apply(...)}. Public only because the facade lives in another package.
 */
public final class FleetEngine {
  private final FleetContext context;

  /**
   * Wires the fleet operations onto an engine.
   *
   * @param engine the client's engine
   * @param concurrency the bound on requests in flight for listing and pricing
   */
  public FleetEngine(Engine engine, int concurrency) {
    this.context = new FleetContext(
        engine.executor(),
        engine.api(ServicesApi.class),
        engine.api(ServiceApi.class),
        engine.api(OrderApi.class),
        engine.api(PaymentApi.class),
        engine::serverNow,
        new BoundedRunner(concurrency));
  }

  /**
   * Every service of the account, in as few calls as the server allows.
   *
   * @param listener told of each service read when the server needs one call per service
   * @return the services, in the server's order
   */
  public List<ServiceSummary> summaries(ProgressListener<? super ServiceSummary> listener) {
    return new ServiceScan(context).summaries(listener);
  }

  /**
   * Prices the renewal of each service, concurrently; nothing is ordered.
   *
   * @param services the services
   * @param options the period and what to include
   * @return the plan
   */
  public RenewalPlan plan(Collection<ServiceSummary> services, PlanOptions options) {
    return new Planner(context).plan(services, options);
  }

  /**
   * Orders (and pays) each ready item of a plan exactly once, journaled.
   *
   * @param plan the plan
   * @param options the journal, payment, budget and bound
   * @return what became of each item
   */
  public ApplyReport apply(RenewalPlan plan, ApplyOptions options) {
    return new Applier(context).apply(plan, options);
  }

  /**
   * The orders created since a moment whose status passes a test, each with its entries.
   *
   * @param from the lower bound
   * @param keep which statuses to keep
   * @return the orders, oldest id first
   */
  public List<OrderOverview> orders(OffsetDateTime from, Predicate<OrderStatus> keep) {
    return new OrderReview(context).since(from, keep);
  }

  /**
   * How a service renews and how it may.
   *
   * @param serviceId the service
   * @return its settings and capacities
   */
  public RenewSettings renewSettings(long serviceId) {
    return new RenewalSettingsWork(context).settings(serviceId);
  }

  /**
   * How each of many services renews and how it may, read concurrently.
   *
   * @param serviceIds the services
   * @param listener told of each service read
   * @return their settings, in the order given
   */
  public List<RenewSettings> renewSettings(List<Long> serviceIds, ProgressListener<? super RenewSettings> listener) {
    RenewalSettingsWork work = new RenewalSettingsWork(context);
    return context.runner().map(serviceIds, work::settings, listener);
  }

  /**
   * Sets how one service renews, once checked against what it allows; nothing is sent when it
   * already renews so.
   *
   * @param serviceId the service
   * @param mode the mode
   * @param period the period
   * @return CHANGED or UNCHANGED, with the settings before
   * @throws IllegalArgumentException if the service does not allow the mode or period
   */
  public RenewalChange setRenewal(long serviceId, ServiceRenewMode mode, RenewPeriod period) {
    RenewalSettingsWork work = new RenewalSettingsWork(context);
    RenewalChange planned = RenewalSettingsWork.planned(work.settings(serviceId), mode, period);
    RenewalSettingsWork.requireAllowed(planned);
    if (planned.result() == RenewalChange.Result.UNCHANGED) {
      return planned;
    }
    // Sent directly, not through apply(): a refusal here is the caller's exception, not a result.
    work.send(serviceId, mode, planned.period());
    return new RenewalChange(planned.serviceId(), planned.name(), planned.currentMode(), planned.currentPeriod(), mode,
        planned.period(), RenewalChange.Result.CHANGED, null);
  }

  /**
   * Plans one renewal setting for many services, concurrently.
   *
   * @param serviceIds the services
   * @param mode the mode
   * @param period the period, or null to keep each one's
   * @param listener told of each service planned
   * @return one change per service
   */
  public List<RenewalChange> planRenewalChanges(
      List<Long> serviceIds, ServiceRenewMode mode, RenewPeriod period, ProgressListener<? super RenewalChange> listener) {
    return new RenewalSettingsWork(context).plan(serviceIds, mode, period, listener);
  }

  /**
   * Sends planned changes, concurrently.
   *
   * @param changes the planned changes
   * @param listener told of each change done
   * @return one result per change
   */
  public List<RenewalChange> applyRenewalChanges(List<RenewalChange> changes, ProgressListener<? super RenewalChange> listener) {
    return new RenewalSettingsWork(context).apply(changes, listener);
  }
}
