package io.github.ovhrenewal.api.model;

import java.util.List;

/**
 * The body of {@code POST /service/{serviceId}/renew}: {@code {"dryRun":false,"duration":"P1Y","services":[67890,12345]}}.
 *
 * <p>A request value, so it validates: a bad one fails here, before anything is sent.
 *
 * @param dryRun true to price the renewal without ordering it
 * @param duration the period, sent as its exact ISO text
 * @param services the ids of the services renewed together (one offered strategy)
 */
public record RenewRequest(boolean dryRun, RenewPeriod duration, List<Long> services) {

  /**
   * Checks the values.
   *
   * @param dryRun true to price the renewal without ordering it
   * @param duration the period, not null
   * @param services the ids of the services renewed together: at least one, each positive; copied
   * @throws IllegalArgumentException if {@code duration} is null, or {@code services} is null,
   *     empty, or holds a null or non-positive id
   */
  public RenewRequest {
    if (duration == null) {
      throw new IllegalArgumentException("duration must not be null");
    }
    if (services == null || services.isEmpty()) {
      throw new IllegalArgumentException("services must name at least one service id, got " + services);
    }
    for (Long id : services) {
      if (id == null || id <= 0) {
        throw new IllegalArgumentException("service id " + id + " in " + services + " must be a positive number");
      }
    }
    services = List.copyOf(services);
  }
}
