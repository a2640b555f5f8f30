package io.github.ovhrenewal.core.fleet;

import java.math.BigDecimal;

/**
 * The sum of a plan's ready items in one currency.
 *
 * @param currency the currency code, e.g. {@code "EUR"}
 * @param items how many ready items are priced in it
 * @param priceWithoutTax their total without tax
 * @param tax their total tax
 * @param priceWithTax their total with tax
 */
public record PlanTotal(String currency, int items, BigDecimal priceWithoutTax, BigDecimal tax, BigDecimal priceWithTax) {}
