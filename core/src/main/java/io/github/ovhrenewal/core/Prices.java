package io.github.ovhrenewal.core;

import io.github.ovhrenewal.api.model.Price;

/** Prices in messages: {@code 21.00 EUR}, or just the amount when the server gave no currency. */
final class Prices {
  private Prices() {}

  static String format(Price price) {
    if (price == null || price.value() == null) {
      return "unknown price";
    }
    return price.value().toPlainString() + (price.currencyCode() == null ? "" : " " + price.currencyCode());
  }
}
