package io.github.ovhrenewal.api.model;

import java.util.List;

/**
 * Where a service is in its life ({@code services.expanded.Lifecycle.StateEnum}).
 *
 * <p>An open enumeration: values the server adds later parse too and keep their text (see {@link OpenEnum}).
 */
public final class LifecycleState extends OpenEnum {
  private static final Registry<LifecycleState> REGISTRY = new Registry<>("LifecycleState", LifecycleState::new);

  /** The value {@code active}. */
  public static final LifecycleState ACTIVE = REGISTRY.known("active");
  /** The value {@code error}. */
  public static final LifecycleState ERROR = REGISTRY.known("error");
  /** The value {@code inCreation}. */
  public static final LifecycleState IN_CREATION = REGISTRY.known("inCreation");
  /** The value {@code rupture}. */
  public static final LifecycleState RUPTURE = REGISTRY.known("rupture");
  /** The value {@code terminated}. */
  public static final LifecycleState TERMINATED = REGISTRY.known("terminated");
  /** The value {@code toRenew}. */
  public static final LifecycleState TO_RENEW = REGISTRY.known("toRenew");
  /** The value {@code unpaid}. */
  public static final LifecycleState UNPAID = REGISTRY.known("unpaid");
  /** The value {@code unrenewed}. */
  public static final LifecycleState UNRENEWED = REGISTRY.known("unrenewed");

  private LifecycleState(String value, Boolean known) {
    super(value, known);
  }

  /**
   * Returns the value with this wire text: a constant when known, otherwise a new value that keeps the text.
   *
   * @param value the exact text the API uses
   * @return the value, never null
   * @throws IllegalArgumentException if {@code value} is null or blank
   */
  public static LifecycleState of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK version knows, in the API's order.
   *
   * @return an unmodifiable list
   */
  public static List<LifecycleState> knownValues() {
    return REGISTRY.values();
  }
}
