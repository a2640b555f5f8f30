package io.github.ovhrenewal.examples.sandbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code /service}, {@code /service/{id}}, its {@code /renew}, and the products' serviceInfos. */
final class SandboxServiceApi {

  private final SandboxState state;
  private final SandboxClock clock;
  private final SandboxFaults faults;
  private final String origin;

  SandboxServiceApi(SandboxState state, SandboxClock clock, SandboxFaults faults, String origin) {
    this.state = state;
    this.clock = clock;
    this.faults = faults;
    this.origin = origin;
  }

  List<SandboxRoute> routes() {
    return List.of(
        SandboxRoute.signed(
            "GET", "/service", call -> SandboxAnswer.ok(SandboxJson.longs(state.serviceIds()))),
        SandboxRoute.signed("GET", "/service/{serviceId}", this::service),
        SandboxRoute.signed("GET", "/service/{serviceId}/renew", this::renewOptions),
        SandboxRoute.signed("POST", "/service/{serviceId}/renew", this::renew),
        serviceInfos("/vps"),
        serviceInfos("/domain"),
        serviceInfos("/hosting/web"),
        serviceInfos("/hosting/privateDatabase"),
        serviceInfos("/dedicated/server"),
        SandboxRoute.signed(
            "GET", "/vrack/{serviceName}/serviceInfos",
            call -> SandboxAnswer.ok(
                SandboxModels.nonExpiringService(state.serviceByRoute("/vrack", call.var(0))))));
  }

  private SandboxRoute serviceInfos(String route) {
    return SandboxRoute.signed(
        "GET",
        route + "/{serviceName}/serviceInfos",
        call -> SandboxAnswer.ok(
            SandboxModels.servicesService(state.serviceByRoute(route, call.var(0)), clock.today())));
  }

  private SandboxAnswer service(SandboxRoute.Call call) {
    long id = SandboxRoute.longVar("serviceId", call.var(0));
    return SandboxAnswer.ok(SandboxModels.serviceListService(state.service(id), clock.today()));
  }

  private SandboxAnswer renewOptions(SandboxRoute.Call call) {
    long id = SandboxRoute.longVar("serviceId", call.var(0));
    checkPricing(id);
    boolean includeOptions = booleanQuery(call.request(), "includeOptions");
    List<SandboxOffer> offers = state.offers(id, includeOptions);
    Map<Long, SandboxService> services = new HashMap<>();
    for (SandboxOffer offer : offers) {
      for (long serviceId : offer.services()) {
        services.computeIfAbsent(serviceId, state::service);
      }
    }
    return SandboxAnswer.ok(SandboxModels.renewDescriptions(offers, services));
  }

  private SandboxAnswer renew(SandboxRoute.Call call) {
    long id = SandboxRoute.longVar("serviceId", call.var(0));
    Map<String, Object> body = SandboxJson.parseObject(call.request().body());
    boolean dryRun = SandboxJson.optionalBoolean(body, "dryRun", false);
    String duration = SandboxJson.requiredString(body, "duration");
    List<Long> services = SandboxJson.requiredLongs(body, "services");
    if (dryRun) {
      checkPricing(id);
    }
    SandboxOrder order = state.renew(id, duration, services, dryRun);
    SandboxAnswer answer =
        SandboxAnswer.ok(SandboxModels.order(order, origin, false));
    // The order exists now; losing or spoiling its answer is the fault a client must survive
    // without ordering twice.
    return dryRun ? answer : faults.orderAnswer(id, answer);
  }

  /** The {@link SandboxFaults#pricingFails(long)} fault: a 500 as OVH's own failures are. */
  private void checkPricing(long serviceId) {
    if (faults.pricingFailsFor(serviceId)) {
      throw SandboxErrors.internal();
    }
  }

  private static boolean booleanQuery(SandboxRequest request, String name) {
    String value = request.url().queryParameter(name);
    if (value == null) {
      return false;
    }
    if (value.equals("true") || value.equals("false")) {
      return Boolean.parseBoolean(value);
    }
    throw SandboxErrors.badRequest(
        "[" + name + "] Given data (" + value + ") is not valid for type boolean");
  }
}
