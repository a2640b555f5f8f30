package io.github.ovhrenewal.api.model;

/**
 * The body of {@code PUT /services/{serviceId}} ({@code services.update.Service}): e.g.
 * {@code {"renew":{"mode":"automatic","period":"P1Y"}}} to renew a service automatically every year.
 *
 * <p>A request value, so it validates: a bad one fails here, before anything is sent. Each field is
 * optional in the reference; a null one is left out of the JSON and so left unchanged by the server,
 * but at least one must be given.
 *
 * @param displayName the service's new display name, or null to leave it
 * @param renew how the service is to renew from now on (see {@link ServiceRenewSettings}), or null to leave it
 * @param terminationPolicy when the service is to be terminated, or null to leave it
 */
public record ServiceUpdate(String displayName, Renew renew, TerminationPolicy terminationPolicy) {

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if every field is null, or {@code displayName} is blank
   *
   * @param displayName the service's new display name, or null to leave it
   * @param renew how the service is to renew from now on (see {@link ServiceRenewSettings}), or null to leave it
   * @param terminationPolicy when the service is to be terminated, or null to leave it
   */
  public ServiceUpdate {
    if (displayName == null && renew == null && terminationPolicy == null) {
      throw new IllegalArgumentException(
          "a service update must set at least one of displayName, renew, terminationPolicy; all were null");
    }
    if (displayName != null && displayName.isBlank()) {
      throw new IllegalArgumentException("displayName must not be blank, got '" + displayName + "'");
    }
  }

  /**
   * An update that only changes how the service renews: {@code {"renew":{"mode":…,"period":…}}}.
   *
   * @param mode e.g. {@link ServiceRenewMode#AUTOMATIC}
   * @param period e.g. {@link RenewPeriod#P1Y}; one of the service's {@code renewPeriodCapacities}
   * @return the update
   * @throws IllegalArgumentException if {@code mode} or {@code period} is null
   */
  public static ServiceUpdate renew(ServiceRenewMode mode, RenewPeriod period) {
    return new ServiceUpdate(null, new Renew(mode, period), null);
  }

  /**
   * How a service is to renew ({@code services.update.Service.Renew}). The reference lets neither
   * field be null, so both are required.
   *
   * @param mode {@link ServiceRenewMode#AUTOMATIC} or {@link ServiceRenewMode#MANUAL}
   * @param period the period of each renewal, sent as its exact ISO text
   */
  public record Renew(ServiceRenewMode mode, RenewPeriod period) {

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if {@code mode} or {@code period} is null
     *
     * @param mode {@link ServiceRenewMode#AUTOMATIC} or {@link ServiceRenewMode#MANUAL}
     * @param period the period of each renewal, sent as its exact ISO text
     */
    public Renew {
      if (mode == null) {
        throw new IllegalArgumentException("renew mode must not be null; e.g. " + ServiceRenewMode.knownValues());
      }
      if (period == null) {
        throw new IllegalArgumentException("renew period must not be null (renew mode '" + mode + "'); e.g. P1M or P1Y");
      }
    }
  }
}
