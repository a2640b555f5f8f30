package io.github.ovhrenewal.examples.sandbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One service of the account. Immutable: a paid renewal replaces it with {@link #withExpiration}.
 *
 * @param id the serviceId
 * @param parentId the service this one is an add-on of (a server's backup storage), or null
 * @param product what it is an instance of: labels and price list
 * @param routePath the API route template, e.g. {@code /vps/{serviceName}}
 * @param routeValue the value of {@code {serviceName}} in it (the parent's name for an add-on
 *     reached under its parent's route)
 * @param name the resource name, e.g. {@code vps112233.ovh.net}
 * @param displayName the name people gave it, often the resource name
 * @param possibleIntervals the renew periods offered, ISO-8601, e.g. P1M; empty for a
 *     non-expiring service
 * @param renewMode {@code manual} or {@code automatic}; null for a non-expiring service
 * @param renewPeriod the period of its next renewal, ISO-8601; null for a non-expiring service.
 *     Usually one of {@code possibleIntervals}, deliberately not always
 * @param pendingActions lifecycle actions waiting, e.g. {@code terminateAtExpirationDate}
 * @param creation creation date
 * @param expiration expiration date, null for a non-expiring service (a vRack)
 * @param possibleModes the renew modes it may be set to ({@code services.expanded.Renew.Capacities}):
 *     both for most, {@code manual} only for some (e.g. a server under a commitment)
 */
record SandboxService(
    long id,
    Long parentId,
    SandboxProduct product,
    String routePath,
    String routeValue,
    String name,
    String displayName,
    List<String> possibleIntervals,
    String renewMode,
    String renewPeriod,
    List<String> pendingActions,
    LocalDate creation,
    LocalDate expiration,
    List<String> possibleModes) {

  static final String MANUAL = "manual";
  static final String AUTOMATIC = "automatic";
  static final String TERMINATE_AT_EXPIRATION = "terminateAtExpirationDate";

  SandboxService {
    possibleIntervals = List.copyOf(possibleIntervals);
    pendingActions = List.copyOf(pendingActions);
    possibleModes = List.copyOf(possibleModes);
  }

  /** Both modes: what most services allow. */
  static final List<String> BOTH_MODES = List.of(AUTOMATIC, MANUAL);

  /** A service reached at {@code route/{serviceName}} under its own name, renewed by hand. */
  static SandboxService simple(
      long id, String route, String name, SandboxProduct product, List<String> possibleIntervals,
      LocalDate creation, LocalDate expiration) {
    return new SandboxService(
        id, null, product, route + "/{serviceName}", name, name, name, possibleIntervals, MANUAL,
        possibleIntervals.get(0), List.of(), creation, expiration, BOTH_MODES);
  }

  /** The same service, allowing only these renew modes. */
  SandboxService allowingModes(List<String> modes) {
    return new SandboxService(
        id, parentId, product, routePath, routeValue, name, displayName, possibleIntervals,
        renewMode, renewPeriod, pendingActions, creation, expiration, modes);
  }

  /** The same service, renewing this way from now on ({@code PUT /services/{id}}). */
  SandboxService withRenewal(String mode, String period) {
    return new SandboxService(
        id, parentId, product, routePath, routeValue, name, displayName, possibleIntervals,
        mode, period, pendingActions, creation, expiration, possibleModes);
  }

  SandboxService withExpiration(LocalDate newExpiration) {
    return new SandboxService(
        id, parentId, product, routePath, routeValue, name, displayName, possibleIntervals,
        renewMode, renewPeriod, pendingActions, creation, newExpiration, possibleModes);
  }

  /** The route with its variable applied, e.g. {@code /vps/vps112233.ovh.net}. */
  String url() {
    return routePath.replace("{serviceName}", routeValue);
  }

  String serviceType() {
    return product.serviceType();
  }

  String productName() {
    return product.productName();
  }

  String planCode() {
    return product.planCode();
  }

  boolean expires() {
    return expiration != null;
  }

  boolean isAutomatic() {
    return AUTOMATIC.equals(renewMode);
  }

  boolean terminationPending() {
    return pendingActions.contains(TERMINATE_AT_EXPIRATION);
  }

  /** Whether it expired before {@code today} and was not renewed since. */
  boolean expiredOn(LocalDate today) {
    return expiration != null && expiration.isBefore(today);
  }

  /** The price of its current renewal alone, from its price list, or null when it has none. */
  BigDecimal currentPrice() {
    return renewPeriod == null ? null : product.prices().get(renewPeriod);
  }
}
