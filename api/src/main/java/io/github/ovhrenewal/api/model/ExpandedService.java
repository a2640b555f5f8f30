package io.github.ovhrenewal.api.model;

import java.util.List;

/**
 * One service of the account as the {@code /services} API describes it ({@code services.expanded.Service}):
 * what {@code GET /services/{serviceId}} returns, and each element of the {@code GET /services} list
 * in the pagination mode. Unlike {@link ServiceDetails}, it carries its own {@link #serviceId()}, so
 * a page of them needs no other call.
 *
 * @param billing expiration, renewal and life cycle, or null
 * @param customer the account's contacts for it, or null
 * @param parentServiceId the service it is an add-on of (a domain's DNS zone, a server's backup), or null
 * @param resource the resource behind it, or null
 * @param route where it lives in the API, or null for a service without a route of its own
 * @param serviceId the service's id; a document without it does not parse
 * @param tags the tags set on it, never null
 */
public record ExpandedService(
    ServiceBilling billing,
    ServiceCustomer customer,
    Long parentServiceId,
    ExpandedServiceResource resource,
    ExpandedServiceRoute route,
    long serviceId,
    List<String> tags) {

  /**
   * Absent lists become empty lists.
   *
   * @param billing expiration, renewal and life cycle, or null
   * @param customer the account's contacts for it, or null
   * @param parentServiceId the service it is an add-on of (a domain's DNS zone, a server's backup), or null
   * @param resource the resource behind it, or null
   * @param route where it lives in the API, or null for a service without a route of its own
   * @param serviceId the service's id; a document without it does not parse
   * @param tags the tags set on it, never null
   */
  public ExpandedService {
    tags = Lists.orEmpty(tags);
  }
}
