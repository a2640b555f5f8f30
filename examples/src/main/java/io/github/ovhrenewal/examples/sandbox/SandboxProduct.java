package io.github.ovhrenewal.examples.sandbox;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a service is an instance of: its labels and its renewal price list. Shared by every service
 * of the product, so that a fleet of thousands holds a handful of these.
 *
 * @param serviceType the label OVH shows in renew strategies and invoices, e.g. {@code VPS Value 1-2-40}
 * @param productName the plan's product name in {@code /service/{id}}, e.g. {@code VPS Value}
 * @param planCode the plan code, e.g. {@code vps-value-1-2-40}
 * @param prices the price without tax of renewing one service alone, per ISO-8601 period, in the
 *     order OVH lists the periods
 */
record SandboxProduct(
    String serviceType, String productName, String planCode, Map<String, BigDecimal> prices) {

  SandboxProduct {
    prices = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(prices));
  }
}
