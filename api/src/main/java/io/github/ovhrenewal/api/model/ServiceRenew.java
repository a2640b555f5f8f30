package io.github.ovhrenewal.api.model;

import java.util.List;

/**
 * How a service is renewed ({@code service.Renew}).
 *
 * @param dayOfMonth the day of the month it renews on, or null
 * @param interval the interval between renewals, or null
 * @param mode the renewal mode
 * @param possibleIntervals the intervals it could use, never null
 * @param possibleModes the modes it could use, never null
 */
public record ServiceRenew(
    Long dayOfMonth,
    RenewPeriod interval,
    RenewMode mode,
    List<RenewPeriod> possibleIntervals,
    List<RenewMode> possibleModes) {

  /**
   * Absent lists become empty lists. Nothing is checked: whatever the server answers must parse.
   *
   * @param dayOfMonth the day of the month it renews on, or null
   * @param interval the interval between renewals, or null
   * @param mode the renewal mode
   * @param possibleIntervals the intervals it could use, or null for none
   * @param possibleModes the modes it could use, or null for none
   */
  public ServiceRenew {
    possibleIntervals = Lists.orEmpty(possibleIntervals);
    possibleModes = Lists.orEmpty(possibleModes);
  }
}
