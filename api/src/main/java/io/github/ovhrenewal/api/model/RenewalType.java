package io.github.ovhrenewal.api.model;

import java.util.List;

/**
 * The detailed renewal type of a service ({@code service.RenewalTypeEnum}).
 *
 * <p>An open enumeration: values the server adds later parse too and keep their text (see {@link OpenEnum}).
 */
public final class RenewalType extends OpenEnum {
  private static final Registry<RenewalType> REGISTRY = new Registry<>("RenewalType", RenewalType::new);

  /** The value {@code automaticForcedProduct}. */
  public static final RenewalType AUTOMATIC_FORCED_PRODUCT = REGISTRY.known("automaticForcedProduct");
  /** The value {@code automaticV2012}. */
  public static final RenewalType AUTOMATIC_V2012 = REGISTRY.known("automaticV2012");
  /** The value {@code automaticV2014}. */
  public static final RenewalType AUTOMATIC_V2014 = REGISTRY.known("automaticV2014");
  /** The value {@code automaticV2016}. */
  public static final RenewalType AUTOMATIC_V2016 = REGISTRY.known("automaticV2016");
  /** The value {@code manual}. */
  public static final RenewalType MANUAL = REGISTRY.known("manual");
  /** The value {@code oneShot}. */
  public static final RenewalType ONE_SHOT = REGISTRY.known("oneShot");
  /** The value {@code option}. */
  public static final RenewalType OPTION = REGISTRY.known("option");

  private RenewalType(String value, Boolean known) {
    super(value, known);
  }

  /**
   * Returns the value with this wire text: a constant when known, otherwise a new value that keeps the text.
   *
   * @param value the exact text the API uses
   * @return the value, never null
   * @throws IllegalArgumentException if {@code value} is null or blank
   */
  public static RenewalType of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK version knows, in the API's order.
   *
   * @return an unmodifiable list
   */
  public static List<RenewalType> knownValues() {
    return REGISTRY.values();
  }
}
