package io.github.ovhrenewal.api.model;

import java.util.List;

/**
 * When a service is to be terminated ({@code services.expanded.terminationPolicyEnum}); {@code empty} means never.
 *
 * <p>An open enumeration: values the server adds later parse too and keep their text (see {@link OpenEnum}).
 */
public final class TerminationPolicy extends OpenEnum {
  private static final Registry<TerminationPolicy> REGISTRY = new Registry<>("TerminationPolicy", TerminationPolicy::new);

  /** The value {@code empty}. */
  public static final TerminationPolicy EMPTY = REGISTRY.known("empty");
  /** The value {@code terminateAtEngagementDate}. */
  public static final TerminationPolicy TERMINATE_AT_ENGAGEMENT_DATE = REGISTRY.known("terminateAtEngagementDate");
  /** The value {@code terminateAtExpirationDate}. */
  public static final TerminationPolicy TERMINATE_AT_EXPIRATION_DATE = REGISTRY.known("terminateAtExpirationDate");

  private TerminationPolicy(String value, Boolean known) {
    super(value, known);
  }

  /**
   * Returns the value with this wire text: a constant when known, otherwise a new value that keeps the text.
   *
   * @param value the exact text the API uses
   * @return the value, never null
   * @throws IllegalArgumentException if {@code value} is null or blank
   */
  public static TerminationPolicy of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK version knows, in the API's order.
   *
   * @return an unmodifiable list
   */
  public static List<TerminationPolicy> knownValues() {
    return REGISTRY.values();
  }
}
