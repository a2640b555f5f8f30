package io.github.ovhrenewal.api.model;

import java.util.List;

/**
 * The OVHcloud subsidiary a service is resold from ({@code services.expanded.ResellingProviderEnum}).
 *
 * <p>An open enumeration: values the server adds later parse too and keep their text (see {@link OpenEnum}).
 */
public final class ResellingProvider extends OpenEnum {
  private static final Registry<ResellingProvider> REGISTRY = new Registry<>("ResellingProvider", ResellingProvider::new);

  /** The value {@code ovh.ca}. */
  public static final ResellingProvider OVH_CA = REGISTRY.known("ovh.ca");
  /** The value {@code ovh.eu}. */
  public static final ResellingProvider OVH_EU = REGISTRY.known("ovh.eu");

  private ResellingProvider(String value, Boolean known) {
    super(value, known);
  }

  /**
   * Returns the value with this wire text: a constant when known, otherwise a new value that keeps the text.
   *
   * @param value the exact text the API uses
   * @return the value, never null
   * @throws IllegalArgumentException if {@code value} is null or blank
   */
  public static ResellingProvider of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK version knows, in the API's order.
   *
   * @return an unmodifiable list
   */
  public static List<ResellingProvider> knownValues() {
    return REGISTRY.values();
  }
}
