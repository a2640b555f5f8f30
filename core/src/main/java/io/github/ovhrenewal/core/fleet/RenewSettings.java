package io.github.ovhrenewal.core.fleet;

import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.api.model.ServiceRenewMode;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * How a service renews and how it may: what {@code client.services().renewSettings(id)} returns,
 * from {@code GET /services/{id}} and {@code GET /services/{id}/renewPeriodCapacities}.
 *
 * @param serviceId the service
 * @param name its resource name (e.g. {@code vps112233.ovh.net}), or null
 * @param parentServiceId the service it is an add-on of, or null
 * @param mode how it renews now, {@link ServiceRenewMode#AUTOMATIC} or {@link ServiceRenewMode#MANUAL}, or null
 * @param period the period it renews for now, or null
 * @param nextDate when it renews next, or null
 * @param possibleModes the modes it may be set to
 * @param possiblePeriods the periods it may be set to
 */
public record RenewSettings(
    long serviceId,
    String name,
    Long parentServiceId,
    ServiceRenewMode mode,
    RenewPeriod period,
    OffsetDateTime nextDate,
    List<ServiceRenewMode> possibleModes,
    List<RenewPeriod> possiblePeriods) {

  /**
   * Copies the lists.
   *
   * @param serviceId the service
   * @param name its resource name, or null
   * @param parentServiceId its parent, or null
   * @param mode its mode now, or null
   * @param period its period now, or null
   * @param nextDate its next renewal, or null
   * @param possibleModes the modes it may be set to
   * @param possiblePeriods the periods it may be set to
   */
  public RenewSettings {
    possibleModes = possibleModes == null ? List.of() : List.copyOf(possibleModes);
    possiblePeriods = possiblePeriods == null ? List.of() : List.copyOf(possiblePeriods);
  }

  /**
   * Whether the service renews automatically now.
   *
   * @return true when its mode is automatic
   */
  public boolean renewsAutomatically() {
    return ServiceRenewMode.AUTOMATIC.equals(mode);
  }
}
