package io.github.ovhrenewal.api.model;

import java.util.List;

/**
 * A step of an order on its way to delivery ({@code billing.order.followUp.StepEnum}), in the
 * order they happen: {@code VALIDATING}, {@code VALIDATED}, {@code DELIVERING}, {@code AVAILABLE}.
 *
 * <p>An open enumeration: values the server adds later parse too and keep their text (see {@link OpenEnum}).
 */
public final class FollowUpStep extends OpenEnum {
  private static final Registry<FollowUpStep> REGISTRY = new Registry<>("FollowUpStep", FollowUpStep::new);

  /** The value {@code AVAILABLE}. */
  public static final FollowUpStep AVAILABLE = REGISTRY.known("AVAILABLE");
  /** The value {@code DELIVERING}. */
  public static final FollowUpStep DELIVERING = REGISTRY.known("DELIVERING");
  /** The value {@code VALIDATED}. */
  public static final FollowUpStep VALIDATED = REGISTRY.known("VALIDATED");
  /** The value {@code VALIDATING}. */
  public static final FollowUpStep VALIDATING = REGISTRY.known("VALIDATING");

  private FollowUpStep(String value, Boolean known) {
    super(value, known);
  }

  /**
   * Returns the value with this wire text: a constant when known, otherwise a new value that keeps the text.
   *
   * @param value the exact text the API uses
   * @return the value, never null
   * @throws IllegalArgumentException if {@code value} is null or blank
   */
  public static FollowUpStep of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK version knows, in the API's order.
   *
   * @return an unmodifiable list
   */
  public static List<FollowUpStep> knownValues() {
    return REGISTRY.values();
  }
}
