package io.github.ovhrenewal.api.model;

import java.util.List;

/**
 * How a service is priced ({@code order.cart.GenericProductPricingTypeEnum}): {@code rental} renews for a
 * price, {@code consumption} is billed on use.
 *
 * <p>An open enumeration: values the server adds later parse too and keep their text (see {@link OpenEnum}).
 */
public final class PricingType extends OpenEnum {
  private static final Registry<PricingType> REGISTRY = new Registry<>("PricingType", PricingType::new);

  /** The value {@code consumption}. */
  public static final PricingType CONSUMPTION = REGISTRY.known("consumption");
  /** The value {@code purchase}. */
  public static final PricingType PURCHASE = REGISTRY.known("purchase");
  /** The value {@code rental}. */
  public static final PricingType RENTAL = REGISTRY.known("rental");

  private PricingType(String value, Boolean known) {
    super(value, known);
  }

  /**
   * Returns the value with this wire text: a constant when known, otherwise a new value that keeps the text.
   *
   * @param value the exact text the API uses
   * @return the value, never null
   * @throws IllegalArgumentException if {@code value} is null or blank
   */
  public static PricingType of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK version knows, in the API's order.
   *
   * @return an unmodifiable list
   */
  public static List<PricingType> knownValues() {
    return REGISTRY.values();
  }
}
