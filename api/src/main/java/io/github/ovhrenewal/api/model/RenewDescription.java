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

  /** Absent lists become empty lists. */
  public RenewDescription {
    strategies = Lists.orEmpty(strategies);
  }
}
