package io.github.ovhrenewal.api.model;

import java.util.List;

/**
 * What an order's entry is for ({@code order.OrderDetailTypeEnum}): {@code RENEW} for a renewal.
 *
 * <p>An open enumeration: values the server adds later parse too and keep their text (see {@link OpenEnum}).
 */
public final class OrderDetailType extends OpenEnum {
  private static final Registry<OrderDetailType> REGISTRY = new Registry<>("OrderDetailType", OrderDetailType::new);

  /** The value {@code ACCESSORY}. */
  public static final OrderDetailType ACCESSORY = REGISTRY.known("ACCESSORY");
  /** The value {@code CAUTION}. */
  public static final OrderDetailType CAUTION = REGISTRY.known("CAUTION");
  /** The value {@code CHOOSED}. */
  public static final OrderDetailType CHOOSED = REGISTRY.known("CHOOSED");
  /** The value {@code CONSUMPTION}. */
  public static final OrderDetailType CONSUMPTION = REGISTRY.known("CONSUMPTION");
  /** The value {@code CREATION}. */
  public static final OrderDetailType CREATION = REGISTRY.known("CREATION");
  /** The value {@code DELIVERY}. */
  public static final OrderDetailType DELIVERY = REGISTRY.known("DELIVERY");
  /** The value {@code DURATION}. */
  public static final OrderDetailType DURATION = REGISTRY.known("DURATION");
  /** The value {@code GIFT}. */
  public static final OrderDetailType GIFT = REGISTRY.known("GIFT");
  /** The value {@code INSTALLATION}. */
  public static final OrderDetailType INSTALLATION = REGISTRY.known("INSTALLATION");
  /** The value {@code LICENSE}. */
  public static final OrderDetailType LICENSE = REGISTRY.known("LICENSE");
  /** The value {@code MUTE}. */
  public static final OrderDetailType MUTE = REGISTRY.known("MUTE");
  /** The value {@code OTHER}. */
  public static final OrderDetailType OTHER = REGISTRY.known("OTHER");
  /** The value {@code OUTPLAN}. */
  public static final OrderDetailType OUTPLAN = REGISTRY.known("OUTPLAN");
  /** The value {@code QUANTITY}. */
  public static final OrderDetailType QUANTITY = REGISTRY.known("QUANTITY");
  /** The value {@code REFUND}. */
  public static final OrderDetailType REFUND = REGISTRY.known("REFUND");
  /** The value {@code RENEW}. */
  public static final OrderDetailType RENEW = REGISTRY.known("RENEW");
  /** The value {@code SPECIAL}. */
  public static final OrderDetailType SPECIAL = REGISTRY.known("SPECIAL");
  /** The value {@code SWITCH}. */
  public static final OrderDetailType SWITCH = REGISTRY.known("SWITCH");
  /** The value {@code TRANSFER}. */
  public static final OrderDetailType TRANSFER = REGISTRY.known("TRANSFER");
  /** The value {@code VOUCHER}. */
  public static final OrderDetailType VOUCHER = REGISTRY.known("VOUCHER");

  private OrderDetailType(String value, Boolean known) {
    super(value, known);
  }

  /**
   * Returns the value with this wire text: a constant when known, otherwise a new value that keeps the text.
   *
   * @param value the exact text the API uses
   * @return the value, never null
   * @throws IllegalArgumentException if {@code value} is null or blank
   */
  public static OrderDetailType of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK version knows, in the API's order.
   *
   * @return an unmodifiable list
   */
  public static List<OrderDetailType> knownValues() {
    return REGISTRY.values();
  }
}
