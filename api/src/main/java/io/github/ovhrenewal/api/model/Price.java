package io.github.ovhrenewal.api.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * A price with its currency and text ({@code order.Price}).
 *
 * @param currencyCode the currency, e.g. {@link CurrencyCode#EUR}
 * @param priceInUcents the price in micro-cents (1e-8 of the currency unit), or null when absent
 * @param text the price as OVH prints it, e.g. {@code "45.44 €"}
 * @param value the exact amount, read from the JSON number's text and never through a double
 */
public record Price(CurrencyCode currencyCode, Long priceInUcents, String text, BigDecimal value) {

  /**
   * The amount with its currency's fraction digits and code, for people: {@code 18.00 EUR} for a
   * server's {@code 18.0}, {@code 500 JPY} for {@code 500.0}. Digits beyond the currency's are kept,
   * never rounded away ({@code 0.125 EUR} stays so); an unknown currency prints the amount as
   * received.
   *
   * @return e.g. {@code "21.00 EUR"}, or {@code "unknown price"} when the server gave no amount
   */
  public String formatted() {
    if (value == null) {
      return "unknown price";
    }
    String code = currencyCode == null ? null : currencyCode.value();
    return amount(value, code) + (code == null ? "" : " " + code);
  }

  /**
   * An amount with the fraction digits of a currency, as {@link #formatted()} prints it.
   *
   * @param amount the exact amount, not null
   * @param currencyCode an ISO 4217 code such as {@code EUR}, or null
   * @return e.g. {@code "3.60"} for {@code 3.6} in EUR, {@code "500"} for {@code 500.0} in JPY
   */
  public static String amount(BigDecimal amount, String currencyCode) {
    int digits = fractionDigits(currencyCode);
    if (digits < 0) {
      return amount.toPlainString();
    }
    // Zeros beyond the currency's digits carry nothing (18.000 EUR is 18.00 EUR); other digits stay.
    BigDecimal exact = amount.stripTrailingZeros();
    // Only ever widens the scale: exact, so UNNECESSARY can never throw here.
    return (exact.scale() < digits ? exact.setScale(digits, RoundingMode.UNNECESSARY) : exact).toPlainString();
  }

  private static int fractionDigits(String currencyCode) {
    if (currencyCode == null) {
      return -1;
    }
    try {
      return Currency.getInstance(currencyCode).getDefaultFractionDigits();
    } catch (IllegalArgumentException unknown) {
      return -1;
    }
  }
}
