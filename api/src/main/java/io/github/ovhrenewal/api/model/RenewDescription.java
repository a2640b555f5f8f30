package io.github.ovhrenewal.api.model;

import java.util.List;

/**
 * The renewals offered for one period ({@code service.renew.RenewDescription}), as
 * {@code GET /service/{serviceId}/renew} lists them.
 *
 * @param renewPeriod the period, e.g. {@link RenewPeriod#P1Y}
 * @param strategies the combinations of services that can be renewed for that period, never null
 */
public record RenewDescription(RenewPeriod renewPeriod, List<RenewStrategy> strategies) {

  /**
   * Absent lists become empty lists. Nothing is checked: whatever the server answers must parse.
   *
   * @param renewPeriod the period
   * @param strategies the combinations of services offered for that period, or null for none
   */
  public RenewDescription {
    strategies = Lists.orEmpty(strategies);
  }
}
