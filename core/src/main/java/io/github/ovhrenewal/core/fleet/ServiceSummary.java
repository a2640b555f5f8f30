package io.github.ovhrenewal.core.fleet;

import io.github.ovhrenewal.api.model.ExpandedService;
import io.github.ovhrenewal.api.model.ExpandedServiceResource;
import io.github.ovhrenewal.api.model.LifecycleAction;
import io.github.ovhrenewal.api.model.LifecycleState;
import io.github.ovhrenewal.api.model.RenewMode;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.api.model.ServiceBilling;
import io.github.ovhrenewal.api.model.ServiceDetails;
import io.github.ovhrenewal.api.model.ServiceRenew;
import io.github.ovhrenewal.api.model.ServiceRenewMode;
import io.github.ovhrenewal.api.model.ServiceRenewSettings;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One service of the account, as the fleet calls see it: what it is, when it expires and how it
 * renews. Lenient like every answer: any field but {@code serviceId} may be null, and unknown
 * enum values are kept.
 *
 * @param serviceId the service's id
 * @param parentServiceId the service it is an add-on of (a domain's DNS zone, a server's backup), or null
 * @param route where it lives in the API with its name filled in, e.g. {@code "/vps/vps112233.ovh.net"}, or null
 * @param name the resource's name, e.g. {@code "vps112233.ovh.net"}; the {@code domain} of its order details
 * @param displayName the name shown in the control panel, or null
 * @param product the product, e.g. {@code "vps-starter-1-2-20"}, or null
 * @param expiration the day it expires unless renewed, as OVH gives it (the date in OVH's own
 *     offset), or null for a service that does not expire
 * @param renewMode how it renews, {@link ServiceRenewMode#AUTOMATIC} or {@link ServiceRenewMode#MANUAL}, or null
 * @param renewPeriod how long its next renewal lasts, e.g. {@code P1Y}, or null
 * @param possibleRenewModes the modes it can be switched to, never null
 * @param lifecycleState its life cycle state, e.g. {@link LifecycleState#ACTIVE}, or null
 * @param pendingActions what is scheduled on it, e.g. {@link LifecycleAction#TERMINATE_AT_EXPIRATION_DATE}, never null
 */
public record ServiceSummary(
    long serviceId,
    Long parentServiceId,
    String route,
    String name,
    String displayName,
    String product,
    LocalDate expiration,
    ServiceRenewMode renewMode,
    RenewPeriod renewPeriod,
    List<ServiceRenewMode> possibleRenewModes,
    LifecycleState lifecycleState,
    List<LifecycleAction> pendingActions) {

  // The actions after which renewing would pay for a service that is going away.
  private static final Set<LifecycleAction> TERMINATING = Set.of(
      LifecycleAction.TERMINATE, LifecycleAction.TERMINATE_AT_EXPIRATION_DATE,
      LifecycleAction.TERMINATE_AT_ENGAGEMENT_DATE, LifecycleAction.DELETE_AT_EXPIRATION);

  /**
   * Absent lists become empty lists.
   *
   * @param serviceId the service's id
   * @param parentServiceId the service it is an add-on of, or null
   * @param route where it lives in the API, or null
   * @param name the resource's name, or null
   * @param displayName the name shown in the control panel, or null
   * @param product the product, or null
   * @param expiration the day it expires, or null
   * @param renewMode how it renews, or null
   * @param renewPeriod how long its next renewal lasts, or null
   * @param possibleRenewModes the modes it can be switched to, never null
   * @param lifecycleState its life cycle state, or null
   * @param pendingActions what is scheduled on it, never null
   */
  public ServiceSummary {
    possibleRenewModes = possibleRenewModes == null ? List.of() : List.copyOf(possibleRenewModes);
    pendingActions = pendingActions == null ? List.of() : List.copyOf(pendingActions);
  }

  /**
   * The summary of a service as {@code GET /services/{serviceId}} (or a page of {@code GET
   * /services}) describes it.
   *
   * @param service the service
   * @return its summary
   */
  public static ServiceSummary from(ExpandedService service) {
    ExpandedServiceResource resource = service.resource();
    ServiceBilling billing = service.billing();
    ServiceRenewSettings renew = billing == null ? null : billing.renew();
    ServiceRenewSettings.Current current = renew == null ? null : renew.current();
    return new ServiceSummary(
        service.serviceId(),
        service.parentServiceId(),
        service.route() == null ? null : service.route().url(),
        resource == null ? null : resource.name(),
        resource == null ? null : resource.displayName(),
        resource == null || resource.product() == null ? null : resource.product().name(),
        billing == null || billing.expirationDate() == null ? null : billing.expirationDate().toLocalDate(),
        current == null ? null : current.mode(),
        current == null ? null : current.period(),
        renew == null || renew.capacities() == null ? List.of() : renew.capacities().mode(),
        billing == null || billing.lifecycle() == null || billing.lifecycle().current() == null
            ? null : billing.lifecycle().current().state(),
        billing == null || billing.lifecycle() == null || billing.lifecycle().current() == null
            ? List.of() : billing.lifecycle().current().pendingActions());
  }

  /**
   * The summary of a service as the older {@code GET /service/{serviceId}} describes it, for an
   * endpoint without {@code /services}. It has no parent; its renewal modes are mapped onto the
   * two of {@code /services} ({@code manual}, and {@code automatic} for every automatic variant),
   * and {@code deleteAtExpiration} becomes the pending action of that name.
   *
   * @param serviceId the service's id
   * @param details the service
   * @return its summary
   */
  public static ServiceSummary from(long serviceId, ServiceDetails details) {
    ServiceRenew renew = details.renew();
    RenewMode mode = renew == null ? null : renew.mode();
    List<ServiceRenewMode> possible = new ArrayList<>();
    if (renew != null) {
      for (RenewMode each : renew.possibleModes()) {
        ServiceRenewMode mapped = map(each);
        if (mapped != null && !possible.contains(mapped)) {
          possible.add(mapped);
        }
      }
    }
    return new ServiceSummary(
        serviceId,
        null,
        details.route() == null ? null : details.route().url(),
        details.resource() == null ? null : details.resource().name(),
        details.resource() == null ? null : details.resource().displayName(),
        details.plan() == null || details.plan().product() == null ? null : details.plan().product().name(),
        details.expirationDate(),
        map(mode),
        renew == null ? null : renew.interval(),
        possible,
        null,
        RenewMode.DELETE_AT_EXPIRATION.equals(mode) ? List.of(LifecycleAction.DELETE_AT_EXPIRATION) : List.of());
  }

  private static ServiceRenewMode map(RenewMode mode) {
    if (mode == null) {
      return null;
    }
    if (RenewMode.MANUAL.equals(mode)) {
      return ServiceRenewMode.MANUAL;
    }
    return mode.value().startsWith("automatic") ? ServiceRenewMode.AUTOMATIC : ServiceRenewMode.of(mode.value());
  }

  /**
   * Whether it renews by itself.
   *
   * @return true when its renewal mode is {@code automatic}
   */
  public boolean renewsAutomatically() {
    return ServiceRenewMode.AUTOMATIC.equals(renewMode);
  }

  /**
   * Whether it is going away: a termination or deletion is pending.
   *
   * @return true when a pending action terminates or deletes it
   */
  public boolean terminationPending() {
    for (LifecycleAction action : pendingActions) {
      if (TERMINATING.contains(action)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Days from {@code today} to its expiration: 0 on the day, negative once past.
   *
   * @param today the day to count from
   * @return the days left, or null for a service that does not expire
   */
  public Long daysLeft(LocalDate today) {
    return expiration == null ? null : ChronoUnit.DAYS.between(today, expiration);
  }
}
