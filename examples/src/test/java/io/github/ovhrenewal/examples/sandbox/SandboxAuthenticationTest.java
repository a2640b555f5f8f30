package io.github.ovhrenewal.examples.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxAuthenticationTest {

  private OvhSandbox sandbox;
  private SandboxTestClient client;

  @BeforeEach
  void start() {
    sandbox = OvhSandbox.start();
    client = SandboxTestClient.of(sandbox);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void baseUrl_started_isLoopbackWithoutTrailingSlash() {
    assertThat(sandbox.baseUrl()).matches("http://127\\.0\\.0\\.1:[0-9]+/1\\.0");
  }

  @Test
  void authTime_unauthenticated_returnsBareUnixSeconds() throws IOException {
    long before = Instant.now().getEpochSecond();

    SandboxTestClient.Answer answer = client.unsigned("GET", "/auth/time", null);

    assertThat(answer.code()).isEqualTo(200);
    assertThat(answer.headers().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(Long.parseLong(answer.body()))
        .isBetween(before, Instant.now().getEpochSecond());
  }

  @Test
  void serverClockOffset_oneHour_movesTimeAndRejectsLocalTimestamp() throws IOException {
    sandbox.serverClockOffset(Duration.ofHours(1));

    long serverTime = Long.parseLong(client.unsigned("GET", "/auth/time", null).body());
    SandboxTestClient.Answer local = client.get("/service");
    SandboxTestClient.Answer corrected = client.withTimestamp(serverTime).get("/service");

    assertThat(serverTime - Instant.now().getEpochSecond()).isBetween(3590L, 3610L);
    assertThat(local.code()).isEqualTo(400);
    assertThat(local.object()).containsEntry("errorCode", "QUERY_TIME_OUT");
    assertThat(corrected.code()).isEqualTo(200);
  }

  @Test
  void call_validSignature_succeeds() throws IOException {
    assertThat(client.get("/service").code()).isEqualTo(200);
  }

  @Test
  void call_wrongSecret_invalidSignature() throws IOException {
    SandboxTestClient.Answer answer = client.withSecret("not-the-secret").get("/service");

    assertThat(answer.code()).isEqualTo(400);
    assertThat(answer.body())
        .isEqualTo(
            "{\"errorCode\":\"INVALID_SIGNATURE\",\"httpCode\":\"400 Bad Request\","
                + "\"message\":\"Invalid signature\"}");
  }

  @Test
  void call_queryNotSigned_invalidSignature() throws IOException {
    String path = "/service/12345/renew?includeOptions=true";

    SandboxTestClient.Answer answer =
        client.callSigning("GET", path, null, sandbox.baseUrl() + "/service/12345/renew", "");

    assertThat(answer.code()).isEqualTo(400);
    assertThat(answer.object()).containsEntry("errorCode", "INVALID_SIGNATURE");
  }

  @Test
  void call_querySignedAsSent_succeeds() throws IOException {
    String path = "/service/12345/renew?includeOptions=true";

    SandboxTestClient.Answer answer =
        client.callSigning("GET", path, null, sandbox.baseUrl() + path, "");

    assertThat(answer.code()).isEqualTo(200);
  }

  @Test
  void call_bodySignedDiffersFromSent_invalidSignature() throws IOException {
    String path = "/service/112233/renew";
    String sent = "{\"dryRun\":true,\"duration\":\"P1M\",\"services\":[112233]}";
    String signed = "{\"dryRun\": true, \"duration\": \"P1M\", \"services\": [112233]}";

    SandboxTestClient.Answer answer =
        client.callSigning("POST", path, sent, sandbox.baseUrl() + path, signed);

    assertThat(answer.object()).containsEntry("errorCode", "INVALID_SIGNATURE");
  }

  @Test
  void call_staleTimestamp_queryTimeOut() throws IOException {
    SandboxTestClient.Answer answer =
        client.withTimestamp(Instant.now().getEpochSecond() - 3600).get("/service");

    assertThat(answer.code()).isEqualTo(400);
    assertThat(answer.body())
        .isEqualTo(
            "{\"errorCode\":\"QUERY_TIME_OUT\",\"httpCode\":\"400 Bad Request\","
                + "\"message\":\"Query out of time\"}");
  }

  @Test
  void call_timestampWithinTolerance_succeeds() throws IOException {
    assertThat(client.withTimestamp(Instant.now().getEpochSecond() - 120).get("/service").code())
        .isEqualTo(200);
  }

  @Test
  void call_unknownApplicationKey_invalidKey() throws IOException {
    SandboxTestClient.Answer answer = client.withApplicationKey("unknownKey123456").get("/service");

    assertThat(answer.code()).isEqualTo(403);
    assertThat(answer.body())
        .isEqualTo(
            "{\"errorCode\":\"INVALID_KEY\",\"httpCode\":\"403 Forbidden\","
                + "\"message\":\"Invalid application key\"}");
  }

  @Test
  void call_unknownConsumerKey_invalidCredential() throws IOException {
    SandboxTestClient.Answer answer = client.withConsumerKey("unknownConsumer").get("/service");

    assertThat(answer.code()).isEqualTo(403);
    assertThat(answer.object())
        .containsEntry("errorCode", "INVALID_CREDENTIAL")
        .containsEntry("httpCode", "403 Forbidden")
        .containsEntry("message", "This credential does not exist");
  }

  @Test
  void call_noOvhHeaders_invalidKey() throws IOException {
    SandboxTestClient.Answer answer = client.unsigned("GET", "/service", null);

    assertThat(answer.code()).isEqualTo(403);
    assertThat(answer.object()).containsEntry("errorCode", "INVALID_KEY");
  }

  @Test
  void post_readOnlyKey_notGrantedAndNothingOrdered() throws IOException {
    SandboxTestClient readOnly = client.withConsumerKey(sandbox.readOnlyConsumerKey());

    SandboxTestClient.Answer get = readOnly.get("/service");
    SandboxTestClient.Answer post =
        readOnly.post(
            "/service/" + sandbox.vpsServiceId() + "/renew",
            "{\"dryRun\":false,\"duration\":\"P1M\",\"services\":[112233]}");

    assertThat(get.code()).isEqualTo(200);
    assertThat(post.code()).isEqualTo(403);
    assertThat(post.body())
        .isEqualTo(
            "{\"errorCode\":\"NOT_GRANTED_CALL\",\"httpCode\":\"403 Forbidden\","
                + "\"message\":\"This call has not been granted\"}");
    assertThat(sandbox.orderIds()).isEmpty();
    assertThat(sandbox.renewOrderRequests()).isZero();
  }

  @Test
  void authCredential_newKey_usableWithExactlyItsRules() throws IOException {
    SandboxTestClient.Answer created =
        client.unsignedWithApplication(
            "/auth/credential",
            "{\"accessRules\":[{\"method\":\"GET\",\"path\":\"/service/*\"}],"
                + "\"redirection\":\"https://example.org/\"}");
    String newKey = (String) created.object().get("consumerKey");
    SandboxTestClient limited = client.withConsumerKey(newKey);

    assertThat(created.code()).isEqualTo(200);
    assertThat(created.object())
        .containsEntry("state", "pendingValidation")
        .hasEntrySatisfying(
            "validationUrl",
            url ->
                assertThat((String) url)
                    .startsWith(sandbox.baseUrl().replace("/1.0", "") + "/validate?credentialToken="));
    assertThat(newKey).hasSize(32);
    assertThat(limited.get("/service/12345").code()).isEqualTo(200);
    assertThat(limited.get("/service").object()).containsEntry("errorCode", "NOT_GRANTED_CALL");
    assertThat(limited.get("/me/order").code()).isEqualTo(403);
  }

  @Test
  void validationUrl_get_answersHtml() throws IOException {
    String url =
        (String)
            client
                .unsignedWithApplication(
                    "/auth/credential", "{\"accessRules\":[{\"method\":\"GET\",\"path\":\"/*\"}]}")
                .object()
                .get("validationUrl");
    try (okhttp3.Response response =
        new okhttp3.OkHttpClient()
            .newCall(new okhttp3.Request.Builder().url(url).build())
            .execute()) {
      assertThat(response.code()).isEqualTo(200);
      assertThat(response.header("X-Ovh-QueryId")).isNotNull();
    }
  }

  @Test
  void authCredential_unknownApplication_invalidKey() throws IOException {
    SandboxTestClient.Answer answer =
        client.withApplicationKey("nope").unsignedWithApplication(
            "/auth/credential", "{\"accessRules\":[{\"method\":\"GET\",\"path\":\"/*\"}]}");

    assertThat(answer.code()).isEqualTo(403);
    assertThat(answer.object()).containsEntry("errorCode", "INVALID_KEY");
  }

  @Test
  void authCredential_malformedBody_badRequest() throws IOException {
    SandboxTestClient.Answer answer =
        client.unsignedWithApplication("/auth/credential", "{\"accessRules\":[{");

    assertThat(answer.code()).isEqualTo(400);
    assertThat(answer.object()).containsEntry("class", "Client::BadRequest");
  }

  @Test
  @SuppressWarnings("unchecked")
  void currentCredential_mainKey_listsRulesAndFields() throws IOException {
    SandboxTestClient.Answer answer = client.get("/auth/currentCredential");

    Map<String, Object> credential = answer.object();
    assertThat(answer.code()).isEqualTo(200);
    assertThat(credential)
        .containsKeys(
            "credentialId", "applicationId", "creation", "expiration", "lastUse", "ovhSupport",
            "rules", "status", "allowedIPs")
        .containsEntry("status", "validated")
        .containsEntry("allowedIPs", null)
        .containsEntry("ovhSupport", false);
    assertThat((List<Object>) credential.get("rules"))
        .contains((Object) Map.of("method", "POST", "path", "/*"))
        .contains((Object) Map.of("method", "GET", "path", "/*"));
    assertThat((String) credential.get("creation")).matches(".*T.*[+-][0-9]{2}:[0-9]{2}");
  }

  @Test
  void everyAnswer_successOrError_carriesUniqueQueryId() throws IOException {
    List<SandboxTestClient.Answer> answers =
        List.of(
            client.unsigned("GET", "/auth/time", null),
            client.get("/service"),
            client.withSecret("x").get("/service"),
            client.get("/service/999"),
            client.unsigned("GET", "/nothing/here", null),
            client.post("/me/order/1/payWithRegisteredPaymentMean", "not json"));

    List<String> ids = answers.stream().map(a -> a.headers().get("X-Ovh-QueryId")).toList();
    assertThat(ids).doesNotContainNull().doesNotHaveDuplicates();
    assertThat(ids).allSatisfy(id -> assertThat(id).matches("EU\\.ext-3\\.[0-9a-f]{8}\\.[0-9]+\\.[0-9]{4,}"));
  }

  @Test
  void toString_sandbox_showsNoSecret() {
    assertThat(sandbox.toString())
        .doesNotContain(sandbox.applicationSecret())
        .doesNotContain(sandbox.consumerKey());
  }

  @Test
  void describe_started_namesEndpointCredentialsServicesAndMeans() {
    assertThat(sandbox.describe())
        .contains(sandbox.baseUrl(), sandbox.applicationKey(), sandbox.applicationSecret())
        .contains(sandbox.consumerKey(), sandbox.readOnlyConsumerKey())
        .contains("vps112233.ovh.net", "example.ovh", "ns3001234.ip-51-91-0.eu")
        .contains("paypal", "1234", "creditCard", "5678", "ovhAccount");
  }
}
