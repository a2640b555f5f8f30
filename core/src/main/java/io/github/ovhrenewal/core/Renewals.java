package io.github.ovhrenewal.core;

import io.github.ovhrenewal.core.util.Arguments;

/**
 * Entry point of the renewal flow: {@code client.renewals()}.
 *
 * <pre>{@code
 * RenewOrder order = client.renewals().forService(id).choose(RenewPeriod.P1Y).order();
 * }</pre>
 */
public final class Renewals {
  private final ClientContext context;

  Renewals(ClientContext context) {
    this.context = context;
  }

  /**
   * The renewal of a service known by its id.
   *
   * @param serviceId the service id, positive
   * @return the renewal, to list its options or choose one
   * @throws IllegalArgumentException if the id is not positive
   */
  public ServiceRenewal forService(long serviceId) {
    return new ServiceRenewal(context, Arguments.positiveId("serviceId", serviceId), null, null);
  }

  /**
   * The renewal of a service known by its product route and name; its id is read from
   * {@code serviceInfos} on first use.
   *
   * @param route the product route, e.g. {@code "/vps"}
   * @param serviceName the service name, e.g. {@code "vps112233.ovh.net"}
   * @return the renewal
   * @throws IllegalArgumentException if the route or name is blank or malformed
   */
  public ServiceRenewal forService(String route, String serviceName) {
    return new ServiceRenewal(context, 0, Arguments.route(route), Arguments.serviceName(serviceName));
  }
}
