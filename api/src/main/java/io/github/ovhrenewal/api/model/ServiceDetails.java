package io.github.ovhrenewal.api.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One service of the account ({@code serviceList.Service}), as {@code GET /service/{serviceId}} returns it.
 *
 * @param creationDate when it was created
 * @param details resource details, never null
 * @param engagementDate the end of its engagement, or null
 * @param expirationDate when it expires unless renewed, or null
 * @param nextBillingDate the next billing date, or null
 * @param plan its commercial plan
 * @param quantity its quantity, or null
 * @param renew how it renews, or null
 * @param resource the resource behind it
 * @param route where it lives in the API
 * @param state its billing state
 */
public record ServiceDetails(
    LocalDate creationDate,
    List<KeyValue> details,
    LocalDate engagementDate,
    LocalDate expirationDate,
    LocalDate nextBillingDate,
    ServicePlan plan,
    Long quantity,
    ServiceRenew renew,
    ServiceResource resource,
    ServiceRoute route,
    BillingState state) {

  /**
   * Absent lists become empty lists. Nothing is checked: whatever the server answers must parse.
   *
   * @param creationDate when it was created
   * @param details resource details, or null for none
   * @param engagementDate the end of its engagement, or null
   * @param expirationDate when it expires unless renewed, or null
   * @param nextBillingDate the next billing date, or null
   * @param plan its commercial plan
   * @param quantity its quantity, or null
   * @param renew how it renews, or null
   * @param resource the resource behind it
   * @param route where it lives in the API
   * @param state its billing state
   */
  public ServiceDetails {
    details = Lists.orEmpty(details);
  }
}
