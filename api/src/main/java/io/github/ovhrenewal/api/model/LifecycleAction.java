package io.github.ovhrenewal.api.model;

import java.util.List;

/**
 * An action on a service's life: pending (e.g. {@code terminateAtExpirationDate}) or possible
 * ({@code services.expanded.Lifecycle.ActionEnum}).
 *
 * <p>An open enumeration: values the server adds later parse too and keep their text (see {@link OpenEnum}).
 */
public final class LifecycleAction extends OpenEnum {
  private static final Registry<LifecycleAction> REGISTRY = new Registry<>("LifecycleAction", LifecycleAction::new);

  /** The value {@code autorenewInProgress}. */
  public static final LifecycleAction AUTORENEW_IN_PROGRESS = REGISTRY.known("autorenewInProgress");
  /** The value {@code deleteAtExpiration}. */
  public static final LifecycleAction DELETE_AT_EXPIRATION = REGISTRY.known("deleteAtExpiration");
  /** The value {@code earlyRenewal}. */
  public static final LifecycleAction EARLY_RENEWAL = REGISTRY.known("earlyRenewal");
  /** The value {@code terminate}. */
  public static final LifecycleAction TERMINATE = REGISTRY.known("terminate");
  /** The value {@code terminateAtEngagementDate}. */
  public static final LifecycleAction TERMINATE_AT_ENGAGEMENT_DATE = REGISTRY.known("terminateAtEngagementDate");
  /** The value {@code terminateAtExpirationDate}. */
  public static final LifecycleAction TERMINATE_AT_EXPIRATION_DATE = REGISTRY.known("terminateAtExpirationDate");

  private LifecycleAction(String value, Boolean known) {
    super(value, known);
  }

  /**
   * Returns the value with this wire text: a constant when known, otherwise a new value that keeps the text.
   *
   * @param value the exact text the API uses
   * @return the value, never null
   * @throws IllegalArgumentException if {@code value} is null or blank
   */
  public static LifecycleAction of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK version knows, in the API's order.
   *
   * @return an unmodifiable list
   */
  public static List<LifecycleAction> knownValues() {
    return REGISTRY.values();
  }
}
