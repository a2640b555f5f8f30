package io.github.ovhrenewal.examples.sandbox;

import java.math.BigDecimal;
import java.util.List;

/**
 * One renew strategy offered for a service: a period, the services renewed together, the price.
 *
 * @param serviceId the service whose {@code /renew} lists this strategy
 * @param period ISO-8601 period, e.g. P3M
 * @param services the services renewed together, in OVH's order
 * @param price the price without tax, exact
 * @param option true when only listed with {@code includeOptions=true}
 */
record SandboxOffer(
    long serviceId, String period, List<Long> services, BigDecimal price, boolean option) {}
