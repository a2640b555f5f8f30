package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.core.ServiceRenewal;


/**
 * A service named on the command line: a numeric service id ({@code 112233}) or a product path
 * {@code /route/serviceName} ({@code /vps/vps112233.ovh.net}, {@code /hosting/web/example.ovh}).
 *
 * @param serviceId the id, or 0 when named by path
 * @param route the product route (e.g. {@code /hosting/web}), or null
 * @param serviceName the service name, or null
 */
record ServiceRef(long serviceId, String route, String serviceName) {

  /**
   * Parses the argument.
   *
   * @param text the argument
   * @return the reference
   * @throws IllegalArgumentException naming the text and the two allowed forms
   */
  static ServiceRef parse(String text) {
    String allowed = "expected a numeric service id (e.g. 112233) or /route/serviceName (e.g. /vps/vps112233.ovh.net, /hosting/web/example.ovh)";
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("SERVICE must not be blank; " + allowed);
    }
    String trimmed = text.trim();
    if (trimmed.chars().allMatch(Character::isDigit)) {
      long id;
      try {
        id = Long.parseLong(trimmed);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("SERVICE '" + text + "' is too large for a service id; " + allowed);
      }
      if (id <= 0) {
        throw new IllegalArgumentException("SERVICE '" + text + "' is not a positive service id; " + allowed);
      }
      return new ServiceRef(id, null, null);
    }
    int lastSlash = trimmed.lastIndexOf('/');
    if (!trimmed.startsWith("/") || lastSlash <= 0 || lastSlash == trimmed.length() - 1) {
      throw new IllegalArgumentException("SERVICE '" + text + "' is not valid; " + allowed);
    }
    return new ServiceRef(0, trimmed.substring(0, lastSlash), trimmed.substring(lastSlash + 1));
  }

  /** The renewal of this service. */
  ServiceRenewal renewal(RenewalClient client) {
    return route == null ? client.renewals().forService(serviceId) : client.renewals().forService(route, serviceName);
  }

  @Override
  public String toString() {
    return route == null ? Long.toString(serviceId) : route + "/" + serviceName;
  }
}
