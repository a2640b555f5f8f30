package io.github.ovhrenewal.core.fleet;

import io.github.ovhrenewal.api.OrderApi;
import io.github.ovhrenewal.api.PaymentApi;
import io.github.ovhrenewal.api.ServiceApi;
import io.github.ovhrenewal.api.ServicesApi;
import io.github.ovhrenewal.core.internal.Engine;
import java.util.Collection;
import java.util.List;

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
}
