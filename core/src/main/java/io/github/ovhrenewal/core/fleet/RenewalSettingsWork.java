package io.github.ovhrenewal.core.fleet;

import io.github.ovhrenewal.api.model.ExpandedService;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.api.model.ServiceRenewMode;
import io.github.ovhrenewal.api.model.ServiceRenewSettings;
import io.github.ovhrenewal.api.model.ServiceUpdate;
import io.github.ovhrenewal.core.exception.OvhException;
import io.github.ovhrenewal.core.fleet.RenewalChange.Result;
import io.github.ovhrenewal.core.util.Arguments;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reading and changing how services renew: the settings of one service, and the same change
 * planned then sent for many. A change is checked against what the service allows before it is
 * sent, and not sent when the service already renews so.
 */
final class RenewalSettingsWork {
  private final FleetContext context;

  RenewalSettingsWork(FleetContext context) {
    this.context = context;
  }

  /** {@code GET /services/{id}} and {@code GET /services/{id}/renewPeriodCapacities}. */
  RenewSettings settings(long serviceId) {
    ExpandedService service = context.executor().execute(context.servicesApi().getService(serviceId));
    List<RenewPeriod> periods = context.executor().execute(context.servicesApi().getRenewPeriodCapacities(serviceId));
    ServiceRenewSettings renew = service == null || service.billing() == null ? null : service.billing().renew();
    ServiceRenewSettings.Current current = renew == null ? null : renew.current();
    return new RenewSettings(
        serviceId,
        service == null || service.resource() == null ? null : service.resource().name(),
        service == null ? null : service.parentServiceId(),
        current == null ? null : current.mode(),
        current == null ? null : current.period(),
        current == null ? null : current.nextDate(),
        renew == null || renew.capacities() == null ? List.of() : renew.capacities().mode(),
        periods == null ? List.of() : periods);
  }

  /**
   * What setting {@code mode} and {@code period} (null: the current one) would do to a service
   * with these settings: TO_CHANGE, UNCHANGED, or REFUSED with what is allowed.
   */
  static RenewalChange planned(RenewSettings settings, ServiceRenewMode mode, RenewPeriod period) {
    RenewPeriod target = period != null ? period : settings.period();
    if (target == null) {
      return change(settings, mode, null, Result.REFUSED,
          "the service has no current renewal period to keep; name one (allowed: " + periods(settings) + ")");
    }
    if (mode.equals(settings.mode()) && target.equals(settings.period())) {
      // Already so: nothing to send, whatever the capacities say now.
      return change(settings, mode, target, Result.UNCHANGED, null);
    }
    if (!settings.possibleModes().contains(mode)) {
      return change(settings, mode, target, Result.REFUSED, "mode " + mode + " is not allowed for this service; allowed: "
          + (settings.possibleModes().isEmpty() ? "none" : settings.possibleModes().stream().map(Object::toString).collect(Collectors.joining(", "))));
    }
    // The current period needs no capacity: keeping it is always allowed, even when the
    // capacities no longer list it.
    if (period != null && !period.equals(settings.period()) && !settings.possiblePeriods().contains(period)) {
      return change(settings, mode, target, Result.REFUSED, "period " + period + " is not allowed for this service; allowed: " + periods(settings));
    }
    return change(settings, mode, target, Result.TO_CHANGE, null);
  }

  /** Sends one planned change; refusals and failures become REFUSED with the reason. */
  RenewalChange apply(RenewalChange change) {
    if (change.result() != Result.TO_CHANGE) {
      return change;
    }
    try {
      send(change.serviceId(), change.mode(), change.period());
      return with(change, Result.CHANGED, null);
    } catch (OvhException e) {
      return with(change, Result.REFUSED, e.getMessage());
    }
  }

  /** {@code PUT /services/{id}} with exactly {@code {"renew":{"mode":…,"period":…}}}; retried as a read (idempotent). */
  void send(long serviceId, ServiceRenewMode mode, RenewPeriod period) {
    context.executor().execute(context.servicesApi().updateService(serviceId, ServiceUpdate.renew(mode, period)));
  }

  /** Plans the change for each service, concurrently; a service given twice is planned once. */
  List<RenewalChange> plan(List<Long> serviceIds, ServiceRenewMode mode, RenewPeriod period, ProgressListener<? super RenewalChange> listener) {
    List<Long> unique = new ArrayList<>(new LinkedHashSet<>(serviceIds));
    return context.runner().map(unique, id -> planOne(id, mode, period), listener);
  }

  private RenewalChange planOne(long serviceId, ServiceRenewMode mode, RenewPeriod period) {
    try {
      return planned(settings(serviceId), mode, period);
    } catch (OvhException e) {
      String why = "its settings could not be read: " + e.getMessage();
      return new RenewalChange(serviceId, null, null, null, mode, period, Result.REFUSED, why);
    }
  }

  /** Sends each planned change, concurrently; one refusal never stops the others. */
  List<RenewalChange> apply(List<RenewalChange> changes, ProgressListener<? super RenewalChange> listener) {
    return context.runner().map(changes, this::apply, listener);
  }

  /** The result of {@link #planned} for {@code setRenewal}: refused is an IllegalArgumentException. */
  static void requireAllowed(RenewalChange planned) {
    if (planned.result() == Result.REFUSED) {
      throw new IllegalArgumentException("cannot set service " + planned.serviceId() + " to " + planned.mode() + " " + planned.period()
          + ": " + planned.reason() + "; nothing was sent");
    }
  }

  private static String periods(RenewSettings settings) {
    return settings.possiblePeriods().isEmpty() ? "none" : Arguments.bounded(settings.possiblePeriods(), "periods");
  }

  private static RenewalChange change(RenewSettings s, ServiceRenewMode mode, RenewPeriod period, Result result, String reason) {
    return new RenewalChange(s.serviceId(), s.name(), s.mode(), s.period(), mode, period, result, reason);
  }

  private static RenewalChange with(RenewalChange c, Result result, String reason) {
    return new RenewalChange(c.serviceId(), c.name(), c.currentMode(), c.currentPeriod(), c.mode(), c.period(), result, reason);
  }
}
