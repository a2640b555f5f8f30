package io.github.ovhrenewal.examples.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code /auth/time}, {@code /auth/credential} and {@code /auth/currentCredential}. */
final class SandboxAuthApi {

  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH");

  private final SandboxCredentials credentials;
  private final SandboxAuthenticator authenticator;
  private final SandboxClock clock;
  private final String origin;

  SandboxAuthApi(
      SandboxCredentials credentials,
      SandboxAuthenticator authenticator,
      SandboxClock clock,
      String origin) {
    this.credentials = credentials;
    this.authenticator = authenticator;
    this.clock = clock;
    this.origin = origin;
  }

  List<SandboxRoute> routes() {
    return List.of(
        SandboxRoute.open("GET", "/auth/time", call -> time()),
        SandboxRoute.open("POST", "/auth/credential", this::createCredential),
        SandboxRoute.signed(
            "GET", "/auth/currentCredential",
            call -> SandboxAnswer.ok(SandboxModels.apiCredential(call.credential()))));
  }

  private SandboxAnswer time() {
    return SandboxAnswer.ok(Long.toString(clock.unixSeconds()));
  }

  private SandboxAnswer createCredential(SandboxRoute.Call call) {
    // Unsigned, but OVH still wants a known application key.
    authenticator.checkApplication(call.request());
    Map<String, Object> body = SandboxJson.parseObject(call.request().body());
    List<SandboxRule> rules = new ArrayList<>();
    for (Object item : SandboxJson.requiredList(body, "accessRules")) {
      if (!(item instanceof Map)) {
        throw SandboxErrors.badRequest("[accessRules] Given data is not an array of AccessRule");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> rule = (Map<String, Object>) item;
      String method = SandboxJson.requiredString(rule, "method");
      String path = SandboxJson.requiredString(rule, "path");
      if (!METHODS.contains(method)) {
        throw SandboxErrors.badRequest(
            "[accessRules.method] Given data (" + method
                + ") does not belong to the HTTPMethodEnum enumeration");
      }
      rules.add(new SandboxRule(method, path));
    }
    SandboxCredential credential = credentials.create(rules, clock.nowUtc());
    String validationUrl = origin + "/validate?credentialToken=" + credentials.newToken();
    return SandboxAnswer.ok(
        SandboxModels.credentialRequest(validationUrl, credential.consumerKey()));
  }
}
