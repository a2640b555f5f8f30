package io.github.ovhrenewal.api.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The engagement a service is under ({@code services.expanded.EngagementSummary}).
 *
 * @param endDate when the engagement ends, or null
 * @param endRule what happens when it ends, or null
 */
public record ServiceEngagement(LocalDate endDate, EndRule endRule) {

  /**
   * What happens to a service when its engagement ends ({@code services.billing.engagement.EndRule}).
   *
   * @param possibleStrategies the strategies it could be switched to, never null
   * @param strategy the strategy applied at the end, or null
   */
  public record EndRule(List<EngagementEndStrategy> possibleStrategies, EngagementEndStrategy strategy) {

    /**
     * Absent lists become empty lists.
     *
     * @param possibleStrategies the strategies it could be switched to, never null
     * @param strategy the strategy applied at the end, or null
     */
    public EndRule {
      possibleStrategies = Lists.orEmpty(possibleStrategies);
    }
  }
}
