package io.github.ovhrenewal.core;

import io.github.ovhrenewal.api.model.CurrencyCode;
import io.github.ovhrenewal.api.model.Price;
import java.math.BigDecimal;

/**
 * Prices in messages, with their currency's digits ({@code 18.00 EUR} for a server's {@code 18.0}),
 * as {@link Price#formatted()} prints them; one place so that every message agrees.
 */
final class Prices {
  private Prices() {}

  static String format(Price price) {
    return price == null ? "unknown price" : price.formatted();
  }

  /** An amount in the currency of a price it is compared with, e.g. a budget beside a quote. */
  static String format(BigDecimal amount, Price comparedWith) {
    CurrencyCode currency = comparedWith == null ? null : comparedWith.currencyCode();
    return new Price(currency, null, null, amount).formatted();
  }
}
