package io.github.ovhrenewal.api.model;

import java.util.List;

/**
 * How a service is renewed ({@code service.renew.Mode}).
 *
 * <p>An open enumeration: values the server adds later parse too and keep their text (see {@link OpenEnum}).
 */
public final class RenewMode extends OpenEnum {
  private static final Registry<RenewMode> REGISTRY = new Registry<>("RenewMode", RenewMode::new);

  /**
   * The value {@code automatic}: how {@code /services} names every automatic mode (it is
   * {@link ServiceRenewMode#AUTOMATIC} there); {@code /service} answers one of the dated variants
   * below.
   */
  public static final RenewMode AUTOMATIC = REGISTRY.known("automatic");
  /** The value {@code automaticForcedProduct}. */
  public static final RenewMode AUTOMATIC_FORCED_PRODUCT = REGISTRY.known("automaticForcedProduct");
  /** The value {@code automaticV2012}. */
  public static final RenewMode AUTOMATIC_V2012 = REGISTRY.known("automaticV2012");
  /** The value {@code automaticV2014}. */
  public static final RenewMode AUTOMATIC_V2014 = REGISTRY.known("automaticV2014");
  /** The value {@code automaticV2016}. */
  public static final RenewMode AUTOMATIC_V2016 = REGISTRY.known("automaticV2016");
  /** The value {@code automaticV2024}. */
  public static final RenewMode AUTOMATIC_V2024 = REGISTRY.known("automaticV2024");
  /** The value {@code deleteAtEndEngagement}. */
  public static final RenewMode DELETE_AT_END_ENGAGEMENT = REGISTRY.known("deleteAtEndEngagement");
  /** The value {@code deleteAtExpiration}. */
  public static final RenewMode DELETE_AT_EXPIRATION = REGISTRY.known("deleteAtExpiration");
  /** The value {@code manual}. */
  public static final RenewMode MANUAL = REGISTRY.known("manual");
  /** The value {@code oneShot}. */
  public static final RenewMode ONE_SHOT = REGISTRY.known("oneShot");
  /** The value {@code option}. */
  public static final RenewMode OPTION = REGISTRY.known("option");

  private RenewMode(String value, Boolean known) {
    super(value, known);
  }

  /**
   * Returns the value with this wire text: a constant when known, otherwise a new value that keeps the text.
   *
   * @param value the exact text the API uses
   * @return the value, never null
   * @throws IllegalArgumentException if {@code value} is null or blank
   */
  public static RenewMode of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK version knows, in the API's order.
   *
   * @return an unmodifiable list
   */
  public static List<RenewMode> knownValues() {
    return REGISTRY.values();
  }
}
