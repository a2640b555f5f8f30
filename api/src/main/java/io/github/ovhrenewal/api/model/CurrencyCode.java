package io.github.ovhrenewal.api.model;

import java.util.List;

/**
 * A currency code of a price ({@code order.CurrencyCodeEnum}).
 *
 * <p>An open enumeration: values the server adds later parse too and keep their text (see {@link OpenEnum}).
 */
public final class CurrencyCode extends OpenEnum {
  private static final Registry<CurrencyCode> REGISTRY = new Registry<>("CurrencyCode", CurrencyCode::new);

  /** The value {@code AUD}. */
  public static final CurrencyCode AUD = REGISTRY.known("AUD");
  /** The value {@code CAD}. */
  public static final CurrencyCode CAD = REGISTRY.known("CAD");
  /** The value {@code CZK}. */
  public static final CurrencyCode CZK = REGISTRY.known("CZK");
  /** The value {@code EUR}. */
  public static final CurrencyCode EUR = REGISTRY.known("EUR");
  /** The value {@code GBP}. */
  public static final CurrencyCode GBP = REGISTRY.known("GBP");
  /** The value {@code INR}. */
  public static final CurrencyCode INR = REGISTRY.known("INR");
  /** The value {@code LTL}. */
  public static final CurrencyCode LTL = REGISTRY.known("LTL");
  /** The value {@code MAD}. */
  public static final CurrencyCode MAD = REGISTRY.known("MAD");
  /** The value {@code N/A}. */
  public static final CurrencyCode NOT_APPLICABLE = REGISTRY.known("N/A");
  /** The value {@code PLN}. */
  public static final CurrencyCode PLN = REGISTRY.known("PLN");
  /** The value {@code SGD}. */
  public static final CurrencyCode SGD = REGISTRY.known("SGD");
  /** The value {@code TND}. */
  public static final CurrencyCode TND = REGISTRY.known("TND");
  /** The value {@code USD}. */
  public static final CurrencyCode USD = REGISTRY.known("USD");
  /** The value {@code XOF}. */
  public static final CurrencyCode XOF = REGISTRY.known("XOF");
  /** The value {@code points}. */
  public static final CurrencyCode POINTS = REGISTRY.known("points");

  private CurrencyCode(String value, Boolean known) {
    super(value, known);
  }

  /**
   * Returns the value with this wire text: a constant when known, otherwise a new value that keeps the text.
   *
   * @param value the exact text the API uses
   * @return the value, never null
   * @throws IllegalArgumentException if {@code value} is null or blank
   */
  public static CurrencyCode of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK version knows, in the API's order.
   *
   * @return an unmodifiable list
   */
  public static List<CurrencyCode> knownValues() {
    return REGISTRY.values();
  }
}
