package io.github.ovhrenewal.api.model;

import java.util.List;

/**
 * Whether a service renews by itself or waits to be renewed ({@code services.expanded.Renew.ModeEnum}), as the
 * {@code /services} API spells it. Not the {@code /service} API's {@link RenewMode}, whose values
 * ({@code automaticV2016}, {@code manual}...) say how, not only whether.
 *
 * <p>An open enumeration: values the server adds later parse too and keep their text (see {@link OpenEnum}).
 */
public final class ServiceRenewMode extends OpenEnum {
  private static final Registry<ServiceRenewMode> REGISTRY = new Registry<>("ServiceRenewMode", ServiceRenewMode::new);

  /** The value {@code automatic}. */
  public static final ServiceRenewMode AUTOMATIC = REGISTRY.known("automatic");
  /** The value {@code manual}. */
  public static final ServiceRenewMode MANUAL = REGISTRY.known("manual");

  private ServiceRenewMode(String value, Boolean known) {
    super(value, known);
  }

  /**
   * Returns the value with this wire text: a constant when known, otherwise a new value that keeps the text.
   *
   * @param value the exact text the API uses
   * @return the value, never null
   * @throws IllegalArgumentException if {@code value} is null or blank
   */
  public static ServiceRenewMode of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK version knows, in the API's order.
   *
   * @return an unmodifiable list
   */
  public static List<ServiceRenewMode> knownValues() {
    return REGISTRY.values();
  }
}
