package io.github.ovhrenewal.api.model;

import java.util.List;

/**
 * The state of a service's resource ({@code service.ResourceStateEnum}).
 *
 * <p>An open enumeration: values the server adds later parse too and keep their text (see {@link OpenEnum}).
 */
public final class ResourceState extends OpenEnum {
  private static final Registry<ResourceState> REGISTRY = new Registry<>("ResourceState", ResourceState::new);

  /** The value {@code deleted}. */
  public static final ResourceState DELETED = REGISTRY.known("deleted");
  /** The value {@code deleting}. */
  public static final ResourceState DELETING = REGISTRY.known("deleting");
  /** The value {@code ok}. */
  public static final ResourceState OK = REGISTRY.known("ok");
  /** The value {@code opening}. */
  public static final ResourceState OPENING = REGISTRY.known("opening");
  /** The value {@code suspended}. */
  public static final ResourceState SUSPENDED = REGISTRY.known("suspended");
  /** The value {@code suspending}. */
  public static final ResourceState SUSPENDING = REGISTRY.known("suspending");
  /** The value {@code toDelete}. */
  public static final ResourceState TO_DELETE = REGISTRY.known("toDelete");
  /** The value {@code toOpen}. */
  public static final ResourceState TO_OPEN = REGISTRY.known("toOpen");
  /** The value {@code toSuspend}. */
  public static final ResourceState TO_SUSPEND = REGISTRY.known("toSuspend");

  private ResourceState(String value, Boolean known) {
    super(value, known);
  }

  /**
   * Returns the value with this wire text: a constant when known, otherwise a new value that keeps the text.
   *
   * @param value the exact text the API uses
   * @return the value, never null
   * @throws IllegalArgumentException if {@code value} is null or blank
   */
  public static ResourceState of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK version knows, in the API's order.
   *
   * @return an unmodifiable list
   */
  public static List<ResourceState> knownValues() {
    return REGISTRY.values();
  }
}
