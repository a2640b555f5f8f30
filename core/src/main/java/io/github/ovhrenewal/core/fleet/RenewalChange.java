package io.github.ovhrenewal.core.fleet;

import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.api.model.ServiceRenewMode;
import java.util.Objects;

/**
 * One service's change of renewal settings, planned or done: what
 * {@code client.services().planRenewalChanges(...)} and {@code applyRenewalChanges(...)} return.
 *
 * @param serviceId the service
 * @param name its resource name, or null
 * @param currentMode its mode before the change, or null when it could not be read
 * @param currentPeriod its period before the change, or null
 * @param mode the mode asked for
 * @param period the period asked for (or the current one kept), or null when there is none to keep (refused)
 * @param result planned, done, already so, or refused
 * @param reason why it was refused (names what is allowed), or null
 */
public record RenewalChange(
    long serviceId,
    String name,
    ServiceRenewMode currentMode,
    RenewPeriod currentPeriod,
    ServiceRenewMode mode,
    RenewPeriod period,
    Result result,
    String reason) {

  /**
   * Checks the parts.
   *
   * @param serviceId the service
   * @param name its resource name, or null
   * @param currentMode its mode before the change, or null
   * @param currentPeriod its period before the change, or null
   * @param mode the mode asked for
   * @param period the period asked for, or null
   * @param result where the change stands
   * @param reason why it was refused, or null
   * @throws NullPointerException if the mode or result is null
   */
  public RenewalChange {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(result, "result");
  }

  /** Where a change stands. */
  public enum Result {
    /** Planned: the settings differ and the change is allowed; nothing sent yet. */
    TO_CHANGE("toChange"),
    /** Sent and accepted. */
    CHANGED("changed"),
    /** The service already renews so: nothing to send. */
    UNCHANGED("unchanged"),
    /** Not allowed by the service's capacities, not readable, or refused by the server. */
    REFUSED("refused");

    private final String wire;

    Result(String wire) {
      this.wire = wire;
    }

    /**
     * The name scripts see (JSON, CSV).
     *
     * @return e.g. {@code "changed"}
     */
    public String wire() {
      return wire;
    }
  }
}
