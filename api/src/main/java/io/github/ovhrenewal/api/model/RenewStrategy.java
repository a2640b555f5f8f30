package io.github.ovhrenewal.api.model;

import java.util.List;

/**
 * One combination of services renewed together, with its price ({@code service.renew.RenewStrategy}):
 * a domain alone is a strategy, a hosting with its domain is another.
 *
 * @param price the price of this combination, without tax
 * @param priceInUcents the same price in micro-cents, or null when absent
 * @param services the ids of the services this strategy renews, never null
 * @param servicesDetails what each of those services is, never null
 */
public record RenewStrategy(
    Price price, Long priceInUcents, List<Long> services, List<RenewService> servicesDetails) {

  /**
   * Absent lists become empty lists. Nothing is checked: whatever the server answers must parse.
   *
   * @param price the price of this combination, without tax
   * @param priceInUcents the same price in micro-cents, or null
   * @param services the ids of the services it renews, or null for none
   * @param servicesDetails what each of those services is, or null for none
   */
  public RenewStrategy {
    services = Lists.orEmpty(services);
    servicesDetails = Lists.orEmpty(servicesDetails);
  }

  /**
   * Whether this strategy renews exactly one service, this one, as the OVH guide's
   * {@code checkStrategy} requires before ordering.
   *
   * @param serviceId the service to renew
   * @return true when {@link #services()} is exactly {@code [serviceId]}
   */
  public boolean renewsOnly(long serviceId) {
    return services.size() == 1 && services.get(0) != null && services.get(0) == serviceId;
  }
}
