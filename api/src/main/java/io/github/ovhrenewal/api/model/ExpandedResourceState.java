package io.github.ovhrenewal.api.model;

import java.util.List;

/**
 * The state of a service's resource in the {@code /services} API ({@code services.expanded.Resource.StateEnum}).
 * Not the {@code /service} API's {@link ResourceState}, which spells states differently ({@code ok}, {@code toOpen}...).
 *
 * <p>An open enumeration: values the server adds later parse too and keep their text (see {@link OpenEnum}).
 */
public final class ExpandedResourceState extends OpenEnum {
  private static final Registry<ExpandedResourceState> REGISTRY = new Registry<>("ExpandedResourceState", ExpandedResourceState::new);

  /** The value {@code active}. */
  public static final ExpandedResourceState ACTIVE = REGISTRY.known("active");
  /** The value {@code deleted}. */
  public static final ExpandedResourceState DELETED = REGISTRY.known("deleted");
  /** The value {@code suspended}. */
  public static final ExpandedResourceState SUSPENDED = REGISTRY.known("suspended");
  /** The value {@code toActivate}. */
  public static final ExpandedResourceState TO_ACTIVATE = REGISTRY.known("toActivate");
  /** The value {@code toDelete}. */
  public static final ExpandedResourceState TO_DELETE = REGISTRY.known("toDelete");
  /** The value {@code toSuspend}. */
  public static final ExpandedResourceState TO_SUSPEND = REGISTRY.known("toSuspend");

  private ExpandedResourceState(String value, Boolean known) {
    super(value, known);
  }

  /**
   * Returns the value with this wire text: a constant when known, otherwise a new value that keeps the text.
   *
   * @param value the exact text the API uses
   * @return the value, never null
   * @throws IllegalArgumentException if {@code value} is null or blank
   */
  public static ExpandedResourceState of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK version knows, in the API's order.
   *
   * @return an unmodifiable list
   */
  public static List<ExpandedResourceState> knownValues() {
    return REGISTRY.values();
  }
}
