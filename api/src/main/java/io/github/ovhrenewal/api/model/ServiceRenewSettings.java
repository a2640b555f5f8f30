package io.github.ovhrenewal.api.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * How a service renews, and how it could ({@code services.expanded.Renew}); {@code PUT /services/{serviceId}}
 * changes it.
 *
 * @param capacities the modes it accepts, or null
 * @param current how it renews now, or null
 */
public record ServiceRenewSettings(Capacities capacities, Current current) {

  /**
   * How a service renews now ({@code services.expanded.Renew.Current}).
   *
   * @param mode {@link ServiceRenewMode#AUTOMATIC} or {@link ServiceRenewMode#MANUAL}, or null
   * @param nextDate when it is next renewed, or null
   * @param period how long its next renewal lasts, e.g. {@code P1Y}, or null
   */
  public record Current(ServiceRenewMode mode, OffsetDateTime nextDate, RenewPeriod period) {}

  /**
   * The renewal modes a service accepts ({@code services.expanded.Renew.Capacities}).
   *
   * @param mode the modes it can be switched to, never null; {@code [manual]} alone means it cannot
   *     renew automatically
   */
  public record Capacities(List<ServiceRenewMode> mode) {

    /**
     * Absent lists become empty lists.
     *
     * @param mode the modes it can be switched to, never null; {@code [manual]} alone means it cannot renew automatically
     */
    public Capacities {
      mode = Lists.orEmpty(mode);
    }
  }
}
