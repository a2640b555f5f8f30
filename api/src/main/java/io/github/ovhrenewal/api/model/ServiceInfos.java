package io.github.ovhrenewal.api.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A product's view of its service ({@code services.Service}), as
 * {@code GET /{route}/{serviceName}/serviceInfos} returns it (e.g. {@code /vps/vps112233.ovh.net/serviceInfos}).
 * Its {@link #serviceId()} is what the renewal calls need.
 *
 * @param canDeleteAtExpiration whether it can be set to be deleted at expiration
 * @param contactAdmin the administrative contact's account id
 * @param contactBilling the billing contact's account id
 * @param contactTech the technical contact's account id
 * @param creation when it was created
 * @param domain the service name
 * @param engagedUpTo the end of its engagement, or null
 * @param expiration when it expires
 * @param possibleRenewPeriod the renewal periods it accepts, in months, never null
 * @param renew how it is renewed, or null
 * @param renewalType its renewal type
 * @param serviceId the id that {@code /service/{serviceId}/renew} takes
 * @param status its state
 */
public record ServiceInfos(
    Boolean canDeleteAtExpiration,
    String contactAdmin,
    String contactBilling,
    String contactTech,
    LocalDate creation,
    String domain,
    LocalDate engagedUpTo,
    LocalDate expiration,
    List<Long> possibleRenewPeriod,
    RenewType renew,
    RenewalType renewalType,
    long serviceId,
    ServiceStatus status) {

  /**
   * Absent lists become empty lists. Nothing is checked: whatever the server answers must parse.
   *
   * @param canDeleteAtExpiration whether it can be set to be deleted at expiration
   * @param contactAdmin the administrative contact's account id
   * @param contactBilling the billing contact's account id
   * @param contactTech the technical contact's account id
   * @param creation when it was created
   * @param domain the service name
   * @param engagedUpTo the end of its engagement, or null
   * @param expiration when it expires
   * @param possibleRenewPeriod the renewal periods it accepts, in months, or null for none
   * @param renew how it is renewed, or null
   * @param renewalType its renewal type
   * @param serviceId the id that {@code /service/{serviceId}/renew} takes
   * @param status its state
   */
  public ServiceInfos {
    possibleRenewPeriod = Lists.orEmpty(possibleRenewPeriod);
  }
}
