package io.github.ovhrenewal.core;

import io.github.ovhrenewal.api.model.RenewMode;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.api.model.ServiceDetails;
import io.github.ovhrenewal.api.model.ServiceInfos;
import io.github.ovhrenewal.api.model.ServiceRenewMode;
import io.github.ovhrenewal.core.exception.OvhException;
import io.github.ovhrenewal.core.exception.OvhNotFoundException;
import io.github.ovhrenewal.core.fleet.ProgressListener;
import io.github.ovhrenewal.core.fleet.RenewSettings;
import io.github.ovhrenewal.core.fleet.RenewalChange;
import io.github.ovhrenewal.core.fleet.ServiceSummary;
import io.github.ovhrenewal.core.util.Arguments;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The account's services: {@code client.services()}.
 *
 * <pre>{@code
 * long id = client.services().info("/vps", "vps112233.ovh.net").serviceId();
 * }</pre>
 */
public final class Services {
  private final ClientContext context;

  Services(ClientContext context) {
    this.context = context;
  }

  /**
   * {@code GET /service}: the id of every service of the account.
   *
   * @return the ids, never null
   * @throws OvhException if the call fails
   */
  public List<Long> list() {
    List<Long> ids = context.executor.execute(context.services.listServices());
    return ids == null ? List.of() : List.copyOf(ids);
  }

  /**
   * {@code GET /service/{serviceId}}: one service, with its route, expiry and renewal mode.
   *
   * @param serviceId the service id, positive
   * @return the service
   * @throws IllegalArgumentException if the id is not positive (nothing is sent)
   * @throws OvhNotFoundException if there is no such service
   */
  public ServiceDetails get(long serviceId) {
    Arguments.positiveId("serviceId", serviceId);
    return context.executor.execute(context.services.getService(serviceId));
  }

  /**
   * {@code GET /{route}/{serviceName}/serviceInfos}: a product's service, whose
   * {@link ServiceInfos#serviceId()} the renewal calls take.
   *
   * @param route the product route, e.g. {@code "/vps"}, {@code "/domain"}, {@code "/hosting/web"}, {@code "/dedicated/server"}
   * @param serviceName the service name, e.g. {@code "vps112233.ovh.net"}
   * @return the service's information
   * @throws IllegalArgumentException if the route or name is blank or malformed (nothing is sent)
   * @throws OvhNotFoundException if there is no such service
   */
  public ServiceInfos info(String route, String serviceName) {
    String bareRoute = Arguments.route(route);
    String name = Arguments.serviceName(serviceName);
    return context.executor.execute(context.serviceInfos.getServiceInfos(bareRoute, name));
  }

  /**
   * Every service of the account with its expiration and renewal settings, in as few calls as the
   * server allows: pages of {@code GET /services} in the pagination mode ({@code
   * X-Pagination-Mode: CachedObjectList-Pages}, 5,000 a page); when the server answers plain ids
   * instead, one {@code GET /services/{id}} per id; when it has no {@code /services}, {@code GET
   * /service} and one {@code GET /service/{id}} per id. Per-id calls run concurrently, at most
   * {@link RenewalClient.Builder#concurrency(int)} in flight, under the client's rate limit and
   * retry policy. A service deleted between the list of ids and its own read is left out. Should
   * the pages of the pagination mode stop short of the total they announce, the services are read
   * one by one instead: the list is never partial.
   *
   * @return the services, in the server's order, add-ons included
   * @throws OvhException if a call fails
   */
  public List<ServiceSummary> summaries() {
    return summaries(ProgressListener.none());
  }

  /**
   * As {@link #summaries()}, telling {@code listener} of each service read when the server needs
   * one call per service (the pagination mode tells nothing: it is a few calls in all).
   *
   * @param listener told of each service read
   * @return the services, in the server's order
   * @throws IllegalArgumentException if the listener is null
   * @throws OvhException if a call fails
   */
  public List<ServiceSummary> summaries(ProgressListener<? super ServiceSummary> listener) {
    Arguments.notNull("listener", listener);
    return context.fleet.summaries(listener);
  }

  /**
   * The services that expire within {@code period} from today (today included, and those already
   * expired), soonest first. Dates are compared as OVH gives them; today is the server's date in
   * this machine's time zone. Services that do not expire are left out. Whatever their renewal
   * mode: filter on {@link ServiceSummary#renewsAutomatically()} for the ones that lapse if
   * nobody acts.
   *
   * @param period e.g. {@code Period.ofDays(30)}, zero or more
   * @return the services, soonest first, then by id
   * @throws IllegalArgumentException if the period is null or negative (nothing is sent)
   * @throws OvhException if a call fails
   */
  public List<ServiceSummary> expiringWithin(Period period) {
    return expiringWithin(period, ProgressListener.none());
  }

  /**
   * As {@link #expiringWithin(Period)}, with progress.
   *
   * @param period e.g. {@code Period.ofDays(30)}, zero or more
   * @param listener told of each service read, see {@link #summaries(ProgressListener)}
   * @return the services, soonest first, then by id
   * @throws IllegalArgumentException if the period is null or negative (nothing is sent)
   * @throws OvhException if a call fails
   */
  public List<ServiceSummary> expiringWithin(Period period, ProgressListener<? super ServiceSummary> listener) {
    Arguments.notNull("period", period);
    if (period.isNegative()) {
      throw new IllegalArgumentException("period must be zero or positive, got " + period);
    }
    Arguments.notNull("listener", listener);
    return expiringOnOrBefore(today().plus(period), listener);
  }

  /**
   * The services that expire before {@code day} (that day excluded, those already expired
   * included), soonest first; see {@link #expiringWithin(Period)}.
   *
   * @param day the first day not included, e.g. {@code LocalDate.of(2027, 1, 31)}
   * @return the services, soonest first, then by id
   * @throws IllegalArgumentException if the day is null (nothing is sent)
   * @throws OvhException if a call fails
   */
  public List<ServiceSummary> expiringBefore(LocalDate day) {
    return expiringBefore(day, ProgressListener.none());
  }

  /**
   * As {@link #expiringBefore(LocalDate)}, with progress.
   *
   * @param day the first day not included
   * @param listener told of each service read, see {@link #summaries(ProgressListener)}
   * @return the services, soonest first, then by id
   * @throws IllegalArgumentException if the day is null (nothing is sent)
   * @throws OvhException if a call fails
   */
  public List<ServiceSummary> expiringBefore(LocalDate day, ProgressListener<? super ServiceSummary> listener) {
    Arguments.notNull("day", day);
    Arguments.notNull("listener", listener);
    return expiringOnOrBefore(day.minusDays(1), listener);
  }

  /**
   * Today, as the expiring filters count it: the server's date in this machine's time zone.
   *
   * @return the day
   */
  public LocalDate today() {
    return context.serverNow().atZoneSameInstant(ZoneId.systemDefault()).toLocalDate();
  }

  /**
   * How a service renews and how it may: {@code GET /services/{serviceId}} and {@code GET
   * /services/{serviceId}/renewPeriodCapacities}.
   *
   * @param serviceId the service id, positive
   * @return the current mode, period and next date, and the allowed modes and periods
   * @throws IllegalArgumentException if the id is not positive (nothing is sent)
   * @throws OvhNotFoundException if there is no such service
   */
  public RenewSettings renewSettings(long serviceId) {
    Arguments.positiveId("serviceId", serviceId);
    return context.fleet.renewSettings(serviceId);
  }

  /**
   * How each of many services renews and how it may, read concurrently (at most
   * {@link RenewalClient.Builder#concurrency(int)} in flight): {@link #renewSettings(long)} for each.
   *
   * @param serviceIds the services
   * @param listener told of each service read
   * @return their settings, in the order given
   * @throws IllegalArgumentException if an argument is null or an id is not positive (nothing is sent)
   * @throws OvhException if a read fails (one failure stops the rest: a missing service is an error here)
   */
  public List<RenewSettings> renewSettings(Collection<Long> serviceIds, ProgressListener<? super RenewSettings> listener) {
    checkIds(serviceIds);
    Arguments.notNull("listener", listener);
    return context.fleet.renewSettings(List.copyOf(serviceIds), listener);
  }

  /**
   * Sets how a service renews: {@code PUT /services/{serviceId}} with exactly
   * {@code {"renew":{"mode":…,"period":…}}}, once its {@link #renewSettings(long) settings} show the
   * mode and period allowed. When the service already renews so, nothing is sent. A {@code PUT} is
   * idempotent: it is retried as a read is.
   *
   * @param serviceId the service id, positive
   * @param mode {@link ServiceRenewMode#AUTOMATIC} or {@link ServiceRenewMode#MANUAL}
   * @param period e.g. {@link RenewPeriod#P1Y}
   * @return {@link RenewalChange.Result#CHANGED} or {@link RenewalChange.Result#UNCHANGED}, with the settings before
   * @throws IllegalArgumentException if an argument is invalid, or the mode or period is not one the
   *     service allows; the message names what is allowed (no change is sent)
   * @throws OvhException if a call fails
   */
  public RenewalChange setRenewal(long serviceId, ServiceRenewMode mode, RenewPeriod period) {
    Arguments.positiveId("serviceId", serviceId);
    Arguments.notNull("mode", mode);
    Arguments.notNull("period", period);
    return context.fleet.setRenewal(serviceId, mode, period);
  }

  /**
   * As {@link #setRenewal(long, ServiceRenewMode, RenewPeriod)}, with the mode as {@code /service}
   * spells it: {@link RenewMode#MANUAL} is manual, {@link RenewMode#AUTOMATIC} and every automatic
   * variant ({@code automaticV2016}…) are automatic.
   *
   * @param serviceId the service id, positive
   * @param mode a manual or automatic mode
   * @param period e.g. {@link RenewPeriod#P1Y}
   * @return the change, as the other form
   * @throws IllegalArgumentException if the mode is neither manual nor automatic (e.g.
   *     {@code deleteAtExpiration}), or as the other form
   */
  public RenewalChange setRenewal(long serviceId, RenewMode mode, RenewPeriod period) {
    Arguments.notNull("mode", mode);
    return setRenewal(serviceId, servicesMode(mode), period);
  }

  /**
   * Plans the same renewal setting for many services: reads each one's {@link #renewSettings(long)
   * settings}, concurrently (at most {@link RenewalClient.Builder#concurrency(int)} in flight), and
   * says per service whether it would change ({@link RenewalChange.Result#TO_CHANGE}), already
   * renews so ({@link RenewalChange.Result#UNCHANGED}), or cannot ({@link RenewalChange.Result#REFUSED},
   * with the reason: a mode or period it does not allow, or a failed read). Nothing is changed.
   * A service given twice is planned once.
   *
   * @param serviceIds the services
   * @param mode the mode to set
   * @param period the period to set, or null to keep each service's current one
   * @param listener told of each service planned
   * @return one change per service, in the order given
   * @throws IllegalArgumentException if an argument is null or an id is not positive (nothing is sent)
   */
  public List<RenewalChange> planRenewalChanges(
      Collection<Long> serviceIds, ServiceRenewMode mode, RenewPeriod period, ProgressListener<? super RenewalChange> listener) {
    checkIds(serviceIds);
    Arguments.notNull("mode", mode);
    Arguments.notNull("listener", listener);
    return context.fleet.planRenewalChanges(List.copyOf(serviceIds), mode, period, listener);
  }

  /**
   * Sends the planned changes ({@link RenewalChange.Result#TO_CHANGE}), one {@code PUT} each,
   * concurrently (bounded as the plan was); the others are returned as they are. A refusal of one
   * service never stops the others.
   *
   * @param changes from {@link #planRenewalChanges}
   * @param listener told of each change done
   * @return one result per change, in the same order: changed, unchanged or refused (with why)
   * @throws IllegalArgumentException if an argument is null (nothing is sent)
   */
  public List<RenewalChange> applyRenewalChanges(List<RenewalChange> changes, ProgressListener<? super RenewalChange> listener) {
    Arguments.notNull("changes", changes);
    Arguments.notNull("listener", listener);
    if (changes.contains(null)) {
      throw new IllegalArgumentException("changes must not hold null; take them from planRenewalChanges(...)");
    }
    return context.fleet.applyRenewalChanges(List.copyOf(changes), listener);
  }

  private static void checkIds(Collection<Long> serviceIds) {
    Arguments.notNull("serviceIds", serviceIds);
    for (Long id : serviceIds) {
      if (id == null || id <= 0) {
        throw new IllegalArgumentException("serviceIds must be positive service ids, got " + Arguments.bounded(serviceIds, "ids"));
      }
    }
  }

  /** The {@code /services} mode for a {@code /service} one: manual, or any automatic variant. */
  private static ServiceRenewMode servicesMode(RenewMode mode) {
    if (RenewMode.MANUAL.equals(mode)) {
      return ServiceRenewMode.MANUAL;
    }
    if (mode.value().startsWith("automatic")) {
      return ServiceRenewMode.AUTOMATIC;
    }
    throw new IllegalArgumentException("mode " + Arguments.bounded(mode.value()) + " is neither manual nor automatic; a service renews "
        + "automatic or manual (RenewMode.AUTOMATIC, RenewMode.MANUAL); nothing was sent");
  }

  private List<ServiceSummary> expiringOnOrBefore(LocalDate last, ProgressListener<? super ServiceSummary> listener) {
    return summaries(listener).stream()
        .filter(s -> s.expiration() != null && !s.expiration().isAfter(last))
        .sorted(Comparator.comparing(ServiceSummary::expiration).thenComparingLong(ServiceSummary::serviceId))
        .toList();
  }
}
