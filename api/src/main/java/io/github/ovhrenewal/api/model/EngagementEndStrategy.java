package io.github.ovhrenewal.api.model;

import java.util.List;

/**
 * What happens to a service when its engagement ends ({@code services.billing.engagement.EndStrategyEnum}).
 *
 * <p>An open enumeration: values the server adds later parse too and keep their text (see {@link OpenEnum}).
 */
public final class EngagementEndStrategy extends OpenEnum {
  private static final Registry<EngagementEndStrategy> REGISTRY = new Registry<>("EngagementEndStrategy", EngagementEndStrategy::new);

  /** The value {@code CANCEL_SERVICE}. */
  public static final EngagementEndStrategy CANCEL_SERVICE = REGISTRY.known("CANCEL_SERVICE");
  /** The value {@code REACTIVATE_ENGAGEMENT}. */
  public static final EngagementEndStrategy REACTIVATE_ENGAGEMENT = REGISTRY.known("REACTIVATE_ENGAGEMENT");
  /** The value {@code STOP_ENGAGEMENT_FALLBACK_DEFAULT_PRICE}. */
  public static final EngagementEndStrategy STOP_ENGAGEMENT_FALLBACK_DEFAULT_PRICE = REGISTRY.known("STOP_ENGAGEMENT_FALLBACK_DEFAULT_PRICE");
  /** The value {@code STOP_ENGAGEMENT_KEEP_PRICE}. */
  public static final EngagementEndStrategy STOP_ENGAGEMENT_KEEP_PRICE = REGISTRY.known("STOP_ENGAGEMENT_KEEP_PRICE");

  private EngagementEndStrategy(String value, Boolean known) {
    super(value, known);
  }

  /**
   * Returns the value with this wire text: a constant when known, otherwise a new value that keeps the text.
   *
   * @param value the exact text the API uses
   * @return the value, never null
   * @throws IllegalArgumentException if {@code value} is null or blank
   */
  public static EngagementEndStrategy of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK version knows, in the API's order.
   *
   * @return an unmodifiable list
   */
  public static List<EngagementEndStrategy> knownValues() {
    return REGISTRY.values();
  }
}
