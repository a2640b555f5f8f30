package io.github.ovhrenewal.core.fleet;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A {@code services.expanded.Service} as OVH answers it for {@code GET /services/{id}} and in the
 * pages of the pagination mode: every field of the reference model, with realistic values.
 *
 * @param serviceId the id
 * @param parentServiceId the parent's id (an add-on), or null
 * @param routePath e.g. {@code "/vps/{serviceName}"}
 * @param name the resource's name, e.g. {@code "vps112233.ovh.net"}
 * @param product the product's name
 * @param expirationDate e.g. {@code "2025-05-16T00:00:00+02:00"}, or null for a service that does not expire
 * @param renewMode {@code "manual"}, {@code "automatic"} or any other text, or null
 * @param renewPeriod e.g. {@code "P1Y"}, or null
 * @param lifecycleState e.g. {@code "active"}
 * @param pendingActions e.g. {@code ["terminateAtExpirationDate"]}
 */
public record ServiceJson(
    long serviceId,
    Long parentServiceId,
    String routePath,
    String name,
    String product,
    String expirationDate,
    String renewMode,
    String renewPeriod,
    String lifecycleState,
    List<String> pendingActions) {

  /** A VPS renewed by hand every year, active, expiring at midnight Paris time on that date. */
  public static ServiceJson vps(long serviceId, String name, String expirationDay) {
    return new ServiceJson(serviceId, null, "/vps/{serviceName}", name, "vps-starter-1-2-20",
        expirationDay + "T00:00:00+02:00", "manual", "P1Y", "active", List.of());
  }

  /** The same service with this expiration (a full datetime, or null). */
  public ServiceJson expiringAt(String expiration) {
    return new ServiceJson(serviceId, parentServiceId, routePath, name, product, expiration, renewMode, renewPeriod,
        lifecycleState, pendingActions);
  }

  /** The same service under another route and product. */
  public ServiceJson at(String path, String productName) {
    return new ServiceJson(serviceId, parentServiceId, path, name, productName, expirationDate, renewMode, renewPeriod,
        lifecycleState, pendingActions);
  }

  /** The same service, an add-on of {@code parent}. */
  public ServiceJson under(long parent) {
    return new ServiceJson(serviceId, parent, routePath, name, product, expirationDate, renewMode, renewPeriod,
        lifecycleState, pendingActions);
  }

  /** The same service with this renewal. */
  public ServiceJson renewing(String mode, String period) {
    return new ServiceJson(serviceId, parentServiceId, routePath, name, product, expirationDate, mode, period,
        lifecycleState, pendingActions);
  }

  /** The same service in this life cycle. */
  public ServiceJson lifecycle(String state, String... pending) {
    return new ServiceJson(serviceId, parentServiceId, routePath, name, product, expirationDate, renewMode, renewPeriod,
        state, List.of(pending));
  }

  /** The JSON text, as OVH lays it out (fields in the reference's order, nulls written). */
  public String json() {
    String url = routePath.replace("{serviceName}", name);
    String date = quoted(expirationDate);
    return "{\"billing\":{"
        + "\"engagement\":null,\"engagementRequest\":null,"
        + "\"expirationDate\":" + date + ","
        + "\"group\":null,"
        + "\"lifecycle\":{\"capacities\":{\"actions\":[\"earlyRenewal\",\"terminate\",\"terminateAtExpirationDate\"]},"
        + "\"current\":{\"creationDate\":\"2023-05-16T10:12:03+02:00\",\"pendingActions\":" + strings(pendingActions)
        + ",\"state\":" + quoted(lifecycleState) + ",\"terminationDate\":null}},"
        + "\"nextBillingDate\":" + date + ","
        + "\"plan\":{\"code\":\"" + product + "\",\"invoiceName\":\"" + product + " (" + name + ")\"},"
        + "\"pricing\":{\"capacities\":[\"renew\"],\"description\":\"Rental for 1 year\",\"duration\":\"P1Y\","
        + "\"engagementConfiguration\":null,\"interval\":1,\"maximumQuantity\":1,\"maximumRepeat\":null,"
        + "\"minimumQuantity\":1,\"minimumRepeat\":1,"
        + "\"price\":{\"currencyCode\":\"EUR\",\"priceInUcents\":359000000,\"text\":\"3.59 €\",\"value\":3.59},"
        + "\"priceInUcents\":359000000,\"pricingMode\":\"default\",\"pricingType\":\"rental\"},"
        + "\"renew\":{\"capacities\":{\"mode\":[\"automatic\",\"manual\"]},"
        + "\"current\":{\"mode\":" + quoted(renewMode) + ",\"nextDate\":" + date + ",\"period\":" + quoted(renewPeriod) + "}}},"
        + "\"customer\":{\"contacts\":[{\"customerCode\":\"xx11111-ovh\",\"type\":\"administrator\"},"
        + "{\"customerCode\":\"xx11111-ovh\",\"type\":\"billing\"},{\"customerCode\":\"xx11111-ovh\",\"type\":\"technical\"}]},"
        + "\"parentServiceId\":" + parentServiceId + ","
        + "\"resource\":{\"displayName\":\"" + name + "\",\"name\":\"" + name + "\","
        + "\"product\":{\"description\":\"" + product + "\",\"name\":\"" + product + "\"},"
        + "\"resellingProvider\":null,\"state\":\"active\"},"
        + "\"route\":{\"path\":\"" + routePath + "\",\"url\":\"" + url + "\","
        + "\"vars\":[{\"key\":\"serviceName\",\"value\":\"" + name + "\"}]},"
        + "\"serviceId\":" + serviceId + ","
        + "\"tags\":[]}";
  }

  /** A JSON array of these services: one page. */
  public static String array(List<ServiceJson> services) {
    return services.stream().map(ServiceJson::json).collect(Collectors.joining(",", "[", "]"));
  }

  private static String quoted(String text) {
    return text == null ? "null" : "\"" + text + "\"";
  }

  private static String strings(List<String> texts) {
    return texts.stream().map(ServiceJson::quoted).collect(Collectors.joining(",", "[", "]"));
  }
}
