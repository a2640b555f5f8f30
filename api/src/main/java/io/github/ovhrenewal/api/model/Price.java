package io.github.ovhrenewal.api.model;

import java.math.BigDecimal;

/**
 * A price with its currency and text ({@code order.Price}).
 *
 * @param currencyCode the currency, e.g. {@link CurrencyCode#EUR}
 * @param priceInUcents the price in micro-cents (1e-8 of the currency unit), or null when absent
 * @param text the price as OVH prints it, e.g. {@code "45.44 €"}
 * @param value the exact amount, read from the JSON number's text and never through a double
 */
public record Price(CurrencyCode currencyCode, Long priceInUcents, String text, BigDecimal value) {}
