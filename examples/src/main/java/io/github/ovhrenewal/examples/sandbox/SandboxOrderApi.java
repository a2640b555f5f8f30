package io.github.ovhrenewal.examples.sandbox;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** {@code /me/order}: listing, reading, status, payment means and payment of orders. */
final class SandboxOrderApi {

  private final SandboxState state;
  private final SandboxFaults faults;
  private final String origin;

  SandboxOrderApi(SandboxState state, SandboxFaults faults, String origin) {
    this.state = state;
    this.faults = faults;
    this.origin = origin;
  }

  List<SandboxRoute> routes() {
    return List.of(
        SandboxRoute.signed("GET", "/me/order", this::list),
        SandboxRoute.signed(
            "GET", "/me/order/{orderId}",
            call -> SandboxAnswer.ok(SandboxModels.order(order(call), origin, true))),
        SandboxRoute.signed(
            "GET", "/me/order/{orderId}/status",
            call -> SandboxAnswer.ok(SandboxJson.string(state.readStatus(orderId(call))))),
        SandboxRoute.signed(
            "GET", "/me/order/{orderId}/availableRegisteredPaymentMean",
            call -> SandboxAnswer.ok(
                SandboxModels.registeredMeans(state.availableMeans(orderId(call))))),
        SandboxRoute.signed(
            "GET", "/me/order/{orderId}/details",
            call -> SandboxAnswer.ok(SandboxJson.longs(
                order(call).details().stream().map(SandboxOrder.Detail::detailId).toList()))),
        SandboxRoute.signed("GET", "/me/order/{orderId}/details/{orderDetailId}", this::detail),
        SandboxRoute.signed("POST", "/me/order/{orderId}/payWithRegisteredPaymentMean", this::pay),
        SandboxRoute.signed("POST", "/me/order/{orderId}/pay", this::payWithMethod),
        SandboxRoute.signed("GET", "/me/order/{orderId}/paymentMethods", call -> SandboxAnswer.ok(
            SandboxModels.orderPaymentMethods(
                state.methodsFor(orderId(call)).isEmpty() ? List.of() : List.of("CREDIT_CARD", "PAYPAL", "SEPA_DIRECT_DEBIT"),
                state.methodsFor(orderId(call))))));
  }

  private SandboxAnswer detail(SandboxRoute.Call call) {
    SandboxOrder order = order(call);
    long detailId = SandboxRoute.longVar("orderDetailId", call.var(1));
    SandboxOrder.Detail detail = order.detail(detailId);
    if (detail == null) {
      throw SandboxErrors.notFound(
          "The requested object (orderDetailId = " + detailId + ") does not exist");
    }
    return SandboxAnswer.ok(SandboxModels.orderDetail(detail));
  }

  /**
   * Orders are dated to the second, as OVH's are, and so are the bounds: an order made in the
   * second a client noted down, milliseconds after it, is still "since" that moment.
   */
  private SandboxAnswer list(SandboxRoute.Call call) {
    OffsetDateTime from = dateTimeQuery(call.request(), "date.from");
    if (from != null) {
      from = from.truncatedTo(ChronoUnit.SECONDS);
    }
    OffsetDateTime to = dateTimeQuery(call.request(), "date.to");
    return SandboxAnswer.ok(SandboxJson.longs(state.orderIds(from, to)));
  }

  private SandboxAnswer pay(SandboxRoute.Call call) {
    long orderId = orderId(call);
    Map<String, Object> body = SandboxJson.parseObject(call.request().body());
    String mean = SandboxJson.requiredString(body, "paymentMean");
    Long meanId = SandboxJson.optionalLong(body, "paymentMeanId");
    state.pay(orderId, mean, meanId);
    // Reached only when the payment was made: a refused one throws above and keeps the fault.
    return faults.paymentAnswer(SandboxAnswer.okVoid());
  }

  /** {@code POST /me/order/{id}/pay} with exactly {@code {"paymentMethod":{"id":N}}}. */
  private SandboxAnswer payWithMethod(SandboxRoute.Call call) {
    long orderId = orderId(call);
    Map<String, Object> body = SandboxJson.parseObject(call.request().body());
    if (body.size() != 1 || !(body.get("paymentMethod") instanceof Map<?, ?> method) || method.size() != 1 || !method.containsKey("id")) {
      throw SandboxErrors.badRequest("[paymentMethod] Missing or invalid value: expected {\"paymentMethod\":{\"id\":…}}");
    }
    @SuppressWarnings("unchecked")
    Long methodId = SandboxJson.optionalLong((Map<String, Object>) method, "id");
    if (methodId == null) {
      throw SandboxErrors.badRequest("[paymentMethod.id] Missing value");
    }
    state.payWithMethod(orderId, methodId);
    // Reached only when the payment was made: a refused one throws above and keeps the fault.
    return faults.paymentAnswer(SandboxAnswer.okVoid());
  }

  private SandboxOrder order(SandboxRoute.Call call) {
    return state.order(orderId(call));
  }

  private static long orderId(SandboxRoute.Call call) {
    return SandboxRoute.longVar("orderId", call.var(0));
  }

  /** OVH's datetime filters; a bare date or a local datetime are read as UTC. */
  private static OffsetDateTime dateTimeQuery(SandboxRequest request, String name) {
    String value = request.url().queryParameter(name);
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value);
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDateTime.parse(value).atOffset(ZoneOffset.UTC);
      } catch (DateTimeParseException notLocal) {
        try {
          return LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException notDate) {
          throw SandboxErrors.badRequest(
              "[" + name + "] Given data (" + value + ") is not valid for type datetime");
        }
      }
    }
  }
}
