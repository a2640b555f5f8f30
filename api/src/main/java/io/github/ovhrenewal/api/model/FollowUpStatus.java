package io.github.ovhrenewal.api.model;

import java.util.List;

/**
 * How far an order's follow-up step is ({@code billing.order.followUp.StatusEnum}).
 *
 * <p>An open enumeration: values the server adds later parse too and keep their text (see {@link OpenEnum}).
 */
public final class FollowUpStatus extends OpenEnum {
  private static final Registry<FollowUpStatus> REGISTRY = new Registry<>("FollowUpStatus", FollowUpStatus::new);

  /** The value {@code DOING}. */
  public static final FollowUpStatus DOING = REGISTRY.known("DOING");
  /** The value {@code DONE}. */
  public static final FollowUpStatus DONE = REGISTRY.known("DONE");
  /** The value {@code ERROR}. */
  public static final FollowUpStatus ERROR = REGISTRY.known("ERROR");
  /** The value {@code TODO}. */
  public static final FollowUpStatus TODO = REGISTRY.known("TODO");

  private FollowUpStatus(String value, Boolean known) {
    super(value, known);
  }

  /**
   * Returns the value with this wire text: a constant when known, otherwise a new value that keeps the text.
   *
   * @param value the exact text the API uses
   * @return the value, never null
   * @throws IllegalArgumentException if {@code value} is null or blank
   */
  public static FollowUpStatus of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK version knows, in the API's order.
   *
   * @return an unmodifiable list
   */
  public static List<FollowUpStatus> knownValues() {
    return REGISTRY.values();
  }
}
