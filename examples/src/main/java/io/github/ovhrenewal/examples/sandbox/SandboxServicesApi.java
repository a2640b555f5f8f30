package io.github.ovhrenewal.examples.sandbox;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /services}: the newer API's view of the same services as {@code /service}, with the
 * pagination mode that answers whole objects a page at a time.
 */
final class SandboxServicesApi {

  static final String MODE_HEADER = "X-Pagination-Mode";
  static final String SIZE_HEADER = "X-Pagination-Size";
  static final String NUMBER_HEADER = "X-Pagination-Number";
  static final String ELEMENTS_HEADER = "X-Pagination-Elements";
  static final String CACHED_OBJECT_LIST_PAGES = "CachedObjectList-Pages";

  /** The largest page: OVH's control panel asks for up to 50,000 objects at once. */
  static final int MAX_PAGE_SIZE = 50_000;

  private final SandboxState state;
  private final SandboxClock clock;
  private final SandboxFaults faults;

  SandboxServicesApi(SandboxState state, SandboxClock clock, SandboxFaults faults) {
    this.state = state;
    this.clock = clock;
    this.faults = faults;
  }

  List<SandboxRoute> routes() {
    return List.of(
        SandboxRoute.signed("GET", "/services", this::list),
        SandboxRoute.signed("GET", "/services/{serviceId}", call -> SandboxAnswer.ok(
            SandboxModels.expandedService(service(call), clock.today()))),
        SandboxRoute.signed("GET", "/services/{serviceId}/renewPeriodCapacities", call -> SandboxAnswer.ok(
            SandboxJson.write(w -> {
              w.beginArray();
              for (String period : service(call).possibleIntervals()) {
                w.value(period);
              }
              w.endArray();
            }))),
        SandboxRoute.signed("PUT", "/services/{serviceId}", this::update),
        SandboxRoute.signed("GET", "/services/{serviceId}/options", this::options));
  }

  /**
   * {@code PUT /services/{serviceId}} ({@code services.update.Service}): changes how the service
   * renews. Only {@code renew} is carried out; {@code displayName} and {@code terminationPolicy}
   * are refused by name rather than ignored, so a client relying on them notices.
   */
  private SandboxAnswer update(SandboxRoute.Call call) {
    long serviceId = service(call).id();
    Map<String, Object> body = SandboxJson.parseObject(call.request().body());
    for (String field : body.keySet()) {
      if (!field.equals("renew")) {
        throw SandboxErrors.badRequest("[" + field + "] is not supported by this sandbox; only renew can be changed");
      }
    }
    Object renew = body.get("renew");
    if (!(renew instanceof Map<?, ?> fields)) {
      throw SandboxErrors.badRequest("[renew] Missing or invalid value: expected {\"mode\":…,\"period\":…}");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> renewFields = (Map<String, Object>) fields;
    String mode = SandboxJson.requiredString(renewFields, "mode");
    String period = SandboxJson.requiredString(renewFields, "period");
    if (!mode.equals(SandboxService.AUTOMATIC) && !mode.equals(SandboxService.MANUAL)) {
      throw SandboxErrors.badRequest("[renew.mode] Given data (" + mode + ") does not belong to the services.expanded.Renew.ModeEnum enumeration");
    }
    if (faults.takeRenewUpdateRefused(serviceId)) {
      throw SandboxErrors.badRequest("This service cannot be modified right now");
    }
    state.updateRenewal(serviceId, mode, period);
    return SandboxAnswer.okVoid();
  }

  private SandboxService service(SandboxRoute.Call call) {
    return state.service(SandboxRoute.longVar("serviceId", call.var(0)));
  }

  /** The add-ons of a service: those whose parentServiceId it is. */
  private SandboxAnswer options(SandboxRoute.Call call) {
    long parentId = service(call).id();
    LocalDate today = clock.today();
    List<SandboxService> addOns = new ArrayList<>();
    for (SandboxService service : state.services(null, null)) {
      if (service.parentId() != null && service.parentId() == parentId) {
        addOns.add(service);
      }
    }
    return SandboxAnswer.ok(SandboxJson.write(w -> {
      w.beginArray();
      for (SandboxService addOn : addOns) {
        SandboxModels.expandedService(w, addOn, today);
      }
      w.endArray();
    }));
  }

  /**
   * Plain ids, or with {@code X-Pagination-Mode: CachedObjectList-Pages} one page of whole
   * objects. Both honour {@code resourceName} and {@code routes}; {@code orderBy} and {@code sort}
   * are accepted and ignored (the order is by serviceId).
   */
  private SandboxAnswer list(SandboxRoute.Call call) {
    SandboxRequest request = call.request();
    List<SandboxService> matching =
        state.services(request.url().queryParameter("resourceName"), routes(request.url().queryParameter("routes")));
    if (!CACHED_OBJECT_LIST_PAGES.equals(request.header(MODE_HEADER)) || faults.isPaginationModeIgnored()) {
      List<Long> ids = new ArrayList<>(matching.size());
      matching.forEach(s -> ids.add(s.id()));
      return SandboxAnswer.ok(SandboxJson.longs(ids));
    }
    int size = pageHeader(request, SIZE_HEADER, MAX_PAGE_SIZE);
    int number = pageHeader(request, NUMBER_HEADER, Integer.MAX_VALUE);
    long from = (long) (number - 1) * size;
    List<SandboxService> page = from >= matching.size()
        ? List.of()
        : matching.subList((int) from, (int) Math.min(matching.size(), from + size));
    LocalDate today = clock.today();
    List<SandboxJsonArrayBody.Element> elements = new ArrayList<>(page.size());
    for (SandboxService service : page) {
      elements.add(w -> SandboxModels.expandedService(w, service, today));
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(ELEMENTS_HEADER, Integer.toString(matching.size()));
    headers.put(NUMBER_HEADER, Integer.toString(number));
    headers.put(SIZE_HEADER, Integer.toString(size));
    return SandboxAnswer.streamed(new SandboxJsonArrayBody(elements), headers);
  }

  /** Route paths as {@code /vps/{serviceName}} or {@code /vps}, comma separated; null for all. */
  private static Set<String> routes(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Set<String> routes = new HashSet<>();
    for (String route : value.split(",")) {
      String trimmed = route.trim();
      routes.add(trimmed);
      routes.add(trimmed + "/{serviceName}");
    }
    return routes;
  }

  /** A mandatory page header: a whole number from 1 to {@code max}, else 400 naming it. */
  private static int pageHeader(SandboxRequest request, String name, int max) {
    String value = request.header(name);
    if (value == null) {
      throw SandboxErrors.badRequest(
          "[" + name + "] Header is mandatory with " + MODE_HEADER + ": " + CACHED_OBJECT_LIST_PAGES);
    }
    int parsed;
    try {
      parsed = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      parsed = 0;
    }
    if (parsed < 1 || parsed > max) {
      throw SandboxErrors.badRequest(
          "[" + name + "] Given data (" + excerpt(value) + ") is not valid: a whole number from 1 to " + max
              + " is expected");
    }
    return parsed;
  }

  /** What the caller sent, cut short: an error message never grows with the input. */
  private static String excerpt(String value) {
    return value.length() <= 20 ? value : value.substring(0, 20) + "…";
  }
}
