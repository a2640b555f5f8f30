package io.github.ovhrenewal.core;

import io.github.ovhrenewal.core.exception.OvhException;
import io.github.ovhrenewal.core.fleet.ApplyOptions;
import io.github.ovhrenewal.core.fleet.ApplyReport;
import io.github.ovhrenewal.core.fleet.PlanOptions;
import io.github.ovhrenewal.core.fleet.RenewalPlan;
import io.github.ovhrenewal.core.fleet.ServiceSummary;
import io.github.ovhrenewal.core.util.Arguments;
import java.util.Collection;

/**
 * Entry point of the renewal flow: {@code client.renewals()}.
 *
 * <pre>{@code
 * RenewOrder order = client.renewals().forService(id).choose(RenewPeriod.P1Y).order();
 * }</pre>
 */
public final class Renewals {
  private final ClientContext context;

  Renewals(ClientContext context) {
    this.context = context;
  }

  /**
   * The renewal of a service known by its id.
   *
   * @param serviceId the service id, positive
   * @return the renewal, to list its options or choose one
   * @throws IllegalArgumentException if the id is not positive
   */
  public ServiceRenewal forService(long serviceId) {
    return new ServiceRenewal(context, Arguments.positiveId("serviceId", serviceId), null, null);
  }

  /**
   * The renewal of a service known by its product route and name; its id is read from
   * {@code serviceInfos} on first use.
   *
   * @param route the product route, e.g. {@code "/vps"}
   * @param serviceName the service name, e.g. {@code "vps112233.ovh.net"}
   * @return the renewal
   * @throws IllegalArgumentException if the route or name is blank or malformed
   */
  public ServiceRenewal forService(String route, String serviceName) {
    return new ServiceRenewal(context, 0, Arguments.route(route), Arguments.serviceName(serviceName));
  }

  /**
   * Prices the renewal of each service alone, as {@link ServiceRenewal#choose choose(period)}
   * would select it, with one offers read and one dry run per service, concurrently (at most
   * {@link RenewalClient.Builder#concurrency(int)} in flight). Nothing is ordered. Services that
   * renew automatically, are being terminated, or cannot be priced stay in the plan as skipped,
   * with the reason; one failing service never stops the plan. A service given twice is planned
   * once, so that it cannot be ordered twice. Write the plan with {@link RenewalPlan#write} and
   * read it back with {@link RenewalPlan#read}.
   *
   * @param services the services, e.g. from {@link Services#expiringWithin}
   * @param options the period (default: each service's current one) and what to include
   * @return the plan, items in the order of {@code services}
   * @throws IllegalArgumentException if an argument is null, or a service is null or has no
   *     positive id (nothing is sent)
   */
  public RenewalPlan plan(Collection<ServiceSummary> services, PlanOptions options) {
    Arguments.notNull("services", services);
    Arguments.notNull("options", options);
    return context.fleet.plan(services, options);
  }

  /**
   * Orders each ready item of a plan exactly once, and pays it when the options name a payment.
   * Every order is written to the journal before it is sent; re-running with the same plan and
   * journal skips what is done, pays what is ordered and unpaid, and reconciles any order whose
   * answer was lost from the account's orders before ordering anything again.
   *
   * @param plan the plan, e.g. read back from its file
   * @param options the journal (required), payment, budget and bound
   * @return every item's final state and the totals
   * @throws IllegalArgumentException if an argument is null or the journal belongs to another plan (nothing is sent)
   * @throws OvhException if the journal cannot be written (nothing more is ordered)
   * @throws io.github.ovhrenewal.core.exception.PaymentMethodUnusableException if the options pay with
   *     a payment method that does not exist or is not valid (nothing is ordered)
   */
  public ApplyReport apply(RenewalPlan plan, ApplyOptions options) {
    Arguments.notNull("plan", plan);
    Arguments.notNull("options", options);
    return context.fleet.apply(plan, options);
  }
}
