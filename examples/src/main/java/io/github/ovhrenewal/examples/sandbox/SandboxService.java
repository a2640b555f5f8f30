package io.github.ovhrenewal.examples.sandbox;

import java.time.LocalDate;
import java.util.List;

/**
 * One seeded service. Immutable: a renewal replaces it with {@link #withExpiration}.
 *
 * @param id the serviceId
 * @param route the API route of the product, e.g. {@code /vps}
 * @param name the serviceName in that route, e.g. {@code vps112233.ovh.net}
 * @param serviceType the label OVH shows in renew strategies, e.g. {@code Domain .ovh}
 * @param productName the plan's product name
 * @param planCode the plan code
 * @param possibleIntervals the renew periods offered, ISO-8601, e.g. P1M
 * @param creation creation date
 * @param expiration expiration date
 */
record SandboxService(
    long id,
    String route,
    String name,
    String serviceType,
    String productName,
    String planCode,
    List<String> possibleIntervals,
    LocalDate creation,
    LocalDate expiration) {

  SandboxService withExpiration(LocalDate newExpiration) {
    return new SandboxService(
        id, route, name, serviceType, productName, planCode, possibleIntervals, creation,
        newExpiration);
  }
}
