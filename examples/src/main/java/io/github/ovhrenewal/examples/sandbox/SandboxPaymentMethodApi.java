package io.github.ovhrenewal.examples.sandbox;

import java.util.List;
import java.util.Set;

/** {@code /me/payment/method}: the account's payment methods, with the filters OVH offers. */
final class SandboxPaymentMethodApi {

  /** {@code me.payment.method.StatusEnum}, from OVH's API description. */
  private static final Set<String> STATUSES = Set.of(
      "CANCELED", "CANCELING", "CREATED", "CREATING", "ERROR", "EXPIRED", "FAILED", "MAINTENANCE",
      "PAUSED", "REJECTED", "REPLACED", "VALID", "VALIDATING");

  private final SandboxState state;

  SandboxPaymentMethodApi(SandboxState state) {
    this.state = state;
  }

  List<SandboxRoute> routes() {
    return List.of(
        SandboxRoute.signed("GET", "/me/payment/method", this::list),
        SandboxRoute.signed(
            "GET", "/me/payment/method/{paymentMethodId}",
            call -> SandboxAnswer.ok(SandboxModels.paymentMethod(
                state.paymentMethod(SandboxRoute.longVar("paymentMethodId", call.var(0)))))));
  }

  private SandboxAnswer list(SandboxRoute.Call call) {
    SandboxRequest request = call.request();
    String status = request.url().queryParameter("status");
    if (status != null && !STATUSES.contains(status)) {
      throw SandboxErrors.badRequest(
          "[status] Given data (" + status + ") does not belong to the StatusEnum enumeration");
    }
    String isDefault = request.url().queryParameter("default");
    if (isDefault != null && !isDefault.equals("true") && !isDefault.equals("false")) {
      throw SandboxErrors.badRequest(
          "[default] Given data (" + isDefault + ") is not valid for type boolean");
    }
    return SandboxAnswer.ok(SandboxJson.longs(state.paymentMethodIds(
        request.url().queryParameter("paymentType"), status,
        isDefault == null ? null : Boolean.valueOf(isDefault))));
  }
}
