package io.github.ovhrenewal.api.model;

import java.util.List;

/**
 * The billing state of a service ({@code service.BillingStateEnum}).
 *
 * <p>An open enumeration: values the server adds later parse too and keep their text (see {@link OpenEnum}).
 */
public final class BillingState extends OpenEnum {
  private static final Registry<BillingState> REGISTRY = new Registry<>("BillingState", BillingState::new);

  /** The value {@code expired}. */
  public static final BillingState EXPIRED = REGISTRY.known("expired");
  /** The value {@code ok}. */
  public static final BillingState OK = REGISTRY.known("ok");
  /** The value {@code pending}. */
  public static final BillingState PENDING = REGISTRY.known("pending");
  /** The value {@code unpaid}. */
  public static final BillingState UNPAID = REGISTRY.known("unpaid");

  private BillingState(String value, Boolean known) {
    super(value, known);
  }

  /**
   * Returns the value with this wire text: a constant when known, otherwise a new value that keeps the text.
   *
   * @param value the exact text the API uses
   * @return the value, never null
   * @throws IllegalArgumentException if {@code value} is null or blank
   */
  public static BillingState of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK version knows, in the API's order.
   *
   * @return an unmodifiable list
   */
  public static List<BillingState> knownValues() {
    return REGISTRY.values();
  }
}
