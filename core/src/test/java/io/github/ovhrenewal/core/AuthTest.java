package io.github.ovhrenewal.core;

import io.github.ovhrenewal.core.config.AccessRules;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.ovhrenewal.api.model.AccessRule;
import io.github.ovhrenewal.api.model.ApiCredential;
import io.github.ovhrenewal.api.model.CredentialRequest;
import io.github.ovhrenewal.api.model.CredentialState;
import io.github.ovhrenewal.api.model.HttpMethod;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code POST /auth/credential} and {@code GET /auth/currentCredential} on the wire. */
class AuthTest {
  private static final String AK = "appKeyAuth1";
  private static final String AS = "appSecretAuth-DO-NOT-LEAK";
  private static final String CK = "consumerKeyAuth-DO-NOT-LEAK";
  private static final String NEW_CK = "newConsumerKey-DO-NOT-LEAK";
  private static final String ANSWER = "{\"validationUrl\":\"https://eu.api.ovh.com/auth/sso/?credentialToken=abc\","
      + "\"consumerKey\":\"" + NEW_CK + "\",\"state\":\"pendingValidation\"}";

  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension();

  private CredentialRequester requester() {
    return RenewalClient.builder().endpoint(wm.endpoint()).applicationKey(AK).applicationSecret(AS).buildForCredentialRequest();
  }

  private LoggedRequest only(String path) {
    LoggedRequest request = wm.onlyRequest();
    assertThat(request.getUrl()).isEqualTo(path);
    return request;
  }

  @Test
  void createConsumerKey_rulesRedirectionAndIps_postsExactJsonWithApplicationKeyOnly() {
    wm.stubFor(post("/1.0/auth/credential").willReturn(okJson(ANSWER)));

    CredentialRequest created;
    try (CredentialRequester requester = requester()) {
      created = requester.createConsumerKey(
          AccessRules.none().add("GET", "/service").addRecursive("POST", "/service/1"), "https://example.com/done", List.of("192.0.2.0/24"));
    }

    LoggedRequest request = only("/1.0/auth/credential");
    assertThat(request.getMethod().getName()).isEqualTo("POST");
    assertThat(new String(request.getBody(), StandardCharsets.UTF_8)).isEqualTo(
        "{\"accessRules\":[{\"method\":\"GET\",\"path\":\"/service\"},{\"method\":\"POST\",\"path\":\"/service/1\"},"
            + "{\"method\":\"POST\",\"path\":\"/service/1/*\"}],\"redirection\":\"https://example.com/done\",\"allowedIPs\":[\"192.0.2.0/24\"]}");
    assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    assertThat(request.getHeader("X-Ovh-Application")).isEqualTo(AK);
    assertThat(request.containsHeader("X-Ovh-Consumer")).isFalse();
    assertThat(request.containsHeader("X-Ovh-Signature")).isFalse();
    assertThat(request.containsHeader("X-Ovh-Timestamp")).isFalse();
    assertThat(request.containsHeader("Authorization")).isFalse();
    assertThat(created.consumerKey()).isEqualTo(NEW_CK);
    assertThat(created.state()).isEqualTo(CredentialState.PENDING_VALIDATION);
    assertThat(created.validationUrl()).isEqualTo("https://eu.api.ovh.com/auth/sso/?credentialToken=abc");
    assertThat(created.toString()).doesNotContain(NEW_CK).contains("consumerKey=***");
  }

  @Test
  void createConsumerKey_noRedirectionEmptyIps_leavesThemOut() {
    wm.stubFor(post("/1.0/auth/credential").willReturn(okJson(ANSWER)));

    try (CredentialRequester requester = requester()) {
      requester.createConsumerKey(AccessRules.readOnly(), null, List.of());
    }

    assertThat(new String(only("/1.0/auth/credential").getBody(), StandardCharsets.UTF_8))
        .isEqualTo("{\"accessRules\":[{\"method\":\"GET\",\"path\":\"/*\"}]}");
  }

  @Test
  void createConsumerKey_renewalRules_sendsEveryRuleInOrder() {
    wm.stubFor(post("/1.0/auth/credential").willReturn(okJson(ANSWER)));

    try (CredentialRequester requester = requester()) {
      requester.createConsumerKey(AccessRules.renewal());
    }

    String body = new String(only("/1.0/auth/credential").getBody(), StandardCharsets.UTF_8);
    assertThat(body).startsWith("{\"accessRules\":[{\"method\":\"GET\",\"path\":\"/service\"},{\"method\":\"GET\",\"path\":\"/service/*\"},"
        + "{\"method\":\"POST\",\"path\":\"/service/*/renew\"},{\"method\":\"GET\",\"path\":\"/services\"},"
        + "{\"method\":\"GET\",\"path\":\"/services/*\"},{\"method\":\"PUT\",\"path\":\"/services/*\"},");
    assertThat(body).endsWith("{\"method\":\"POST\",\"path\":\"/me/order/*/payWithRegisteredPaymentMean\"},"
        + "{\"method\":\"POST\",\"path\":\"/me/order/*/pay\"},"
        + "{\"method\":\"GET\",\"path\":\"/me/payment/method\"},{\"method\":\"GET\",\"path\":\"/me/payment/method/*\"},"
        + "{\"method\":\"GET\",\"path\":\"/auth/currentCredential\"}]}");
  }

  @Test
  void createConsumerKey_fromFullClient_stillUnsigned() {
    wm.stubFor(post("/1.0/auth/credential").willReturn(okJson(ANSWER)));

    try (RenewalClient client = RenewalClient.builder().endpoint(wm.endpoint()).applicationKey(AK).applicationSecret(AS).consumerKey(CK).build()) {
      client.auth().createConsumerKey(AccessRules.renewal(), "https://example.com/");
    }

    LoggedRequest request = only("/1.0/auth/credential");
    assertThat(request.getHeader("X-Ovh-Application")).isEqualTo(AK);
    assertThat(request.containsHeader("X-Ovh-Consumer")).isFalse();
    assertThat(request.containsHeader("X-Ovh-Signature")).isFalse();
  }

  @Test
  void createConsumerKey_badArguments_failBeforeSending() {
    try (CredentialRequester requester = requester()) {
      assertThatThrownBy(() -> requester.createConsumerKey(AccessRules.none()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("accessRules must not be empty: a consumer key with no rule can call nothing");
      assertThatThrownBy(() -> requester.createConsumerKey(AccessRules.renewal(), "example.com", null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("redirection 'example.com' must be an absolute http(s) URL, or null for none");
      assertThatThrownBy(() -> requester.createConsumerKey(AccessRules.renewal(), "alice:pw-Zq8v@example.com/done", null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("redirection '***@example.com/done' must be an absolute http(s) URL, or null for none");
      assertThatThrownBy(() -> requester.createConsumerKey(null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("rules must not be null");
    }
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void buildForCredentialRequest_missingSecret_failsNamingIt() {
    assertThatThrownBy(() -> RenewalClient.builder().endpoint(wm.endpoint()).applicationKey(AK).buildForCredentialRequest())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("applicationSecret must not be null");
  }

  @Test
  void currentCredential_answer_parsesEveryFieldSigned() {
    wm.stubTime();
    wm.stubFor(get("/1.0/auth/currentCredential").willReturn(okJson("{\"allowedIPs\":[\"192.0.2.0/24\"],\"applicationId\":4242,"
        + "\"creation\":\"2024-01-31T10:00:00+01:00\",\"credentialId\":987654321012,\"expiration\":null,"
        + "\"lastUse\":\"2024-02-01T08:30:00+01:00\",\"ovhSupport\":false,"
        + "\"rules\":[{\"method\":\"GET\",\"path\":\"/service\"},{\"method\":\"POST\",\"path\":\"/service/*/renew\"}],"
        + "\"status\":\"validated\"}")));

    ApiCredential credential;
    try (RenewalClient client = RenewalClient.builder().endpoint(wm.endpoint()).applicationKey(AK).applicationSecret(AS).consumerKey(CK).build()) {
      credential = client.auth().currentCredential();
    }

    assertThat(credential.allowedIPs()).containsExactly("192.0.2.0/24");
    assertThat(credential.applicationId()).isEqualTo(4242L);
    assertThat(credential.creation()).isEqualTo(OffsetDateTime.parse("2024-01-31T10:00:00+01:00"));
    assertThat(credential.credentialId()).isEqualTo(987654321012L);
    assertThat(credential.expiration()).isNull();
    assertThat(credential.lastUse()).isEqualTo(OffsetDateTime.parse("2024-02-01T08:30:00+01:00"));
    assertThat(credential.ovhSupport()).isFalse();
    assertThat(credential.rules()).containsExactly(
        new AccessRule(HttpMethod.GET, "/service"), new AccessRule(HttpMethod.POST, "/service/*/renew"));
    assertThat(credential.status()).isEqualTo(CredentialState.VALIDATED);
    LoggedRequest request = wm.requests("GET", "/1.0/auth/currentCredential").get(0);
    assertThat(request.getHeader("X-Ovh-Consumer")).isEqualTo(CK);
    assertThat(request.getHeader("X-Ovh-Signature")).startsWith("$1$");
  }

  @Test
  void currentCredential_unknownStateAndNoLists_keepsStateAndEmptyLists() {
    wm.stubTime();
    wm.stubFor(get("/1.0/auth/currentCredential").willReturn(okJson("{\"applicationId\":2,\"credentialId\":1,\"ovhSupport\":true,\"status\":\"suspendedV2030\"}")));

    try (RenewalClient client = RenewalClient.builder().endpoint(wm.endpoint()).applicationKey(AK).applicationSecret(AS).consumerKey(CK).build()) {
      ApiCredential credential = client.auth().currentCredential();

      assertThat(credential.status().value()).isEqualTo("suspendedV2030");
      assertThat(credential.status().isKnown()).isFalse();
      assertThat(credential.rules()).isEmpty();
      assertThat(credential.allowedIPs()).isEmpty();
    }
  }
}
