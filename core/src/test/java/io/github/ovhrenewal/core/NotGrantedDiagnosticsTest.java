package io.github.ovhrenewal.core;

import io.github.ovhrenewal.core.config.AccessRules;
import io.github.ovhrenewal.core.exception.OvhNotGrantedException;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.ovhrenewal.core.WireMockOvh.APPLICATION_SECRET;
import static io.github.ovhrenewal.core.WireMockOvh.CONSUMER_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ovhrenewal.api.model.RenewPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A 403 "This call has not been granted" says what was refused and how to check and fix the key's rules. */
class NotGrantedDiagnosticsTest {
  private static final String NOT_GRANTED =
      "{\"errorCode\":\"NOT_GRANTED_CALL\",\"httpCode\":\"403 Forbidden\",\"message\":\"This call has not been granted\"}";

  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension();

  private RenewalClient client() {
    return wm.client();
  }

  @Test
  void order_renewNotGranted_messageNamesCallAndHowToCheckRules() {
    wm.stubFor(get(urlPathEqualTo("/1.0/service/112233/renew")).willReturn(okJson(
        "[{\"renewPeriod\":\"P1Y\",\"strategies\":[{\"services\":[112233],\"price\":{\"value\":1.99}}]}]")));
    wm.stubFor(post("/1.0/service/112233/renew").willReturn(aResponse().withStatus(403)
        .withHeader("Content-Type", "application/json").withHeader("X-Ovh-QueryId", "EU.ext-3.abc").withBody(NOT_GRANTED)));

    OvhNotGrantedException e;
    try (RenewalClient client = client()) {
      e = catchThrowableOfType(() -> client.renewals().forService(112233).choose(RenewPeriod.P1Y).order(), OvhNotGrantedException.class);
    }

    assertThat(e.getMessage()).isEqualTo("POST /1.0/service/112233/renew failed: HTTP 403, NOT_GRANTED_CALL: This call has not been granted."
        + " The credentials have no access rule for POST /service/112233/renew: list the consumer key's rules with"
        + " client.auth().currentCredential() (or `ovh-renew whoami`); a consumer key with every rule renewing needs is created with"
        + " client.auth().createConsumerKey(AccessRules.renewal(), …) (or `ovh-renew create-consumer-key --rules renewal`);"
        + " an OAuth2 service account needs the action allowed by an IAM policy [queryId: EU.ext-3.abc]");
    assertThat(e.errorCode()).isEqualTo("NOT_GRANTED_CALL");
    assertThat(e.queryId()).isEqualTo("EU.ext-3.abc");
    assertThat(e.getMessage()).endsWith("[queryId: EU.ext-3.abc]").doesNotContain(APPLICATION_SECRET).doesNotContain(CONSUMER_KEY);
  }

  @Test
  void list_notGrantedWithoutCode_stillExplained() {
    wm.stubFor(get("/1.0/service").willReturn(aResponse().withStatus(403)
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"This call has not been granted\"}")));

    try (RenewalClient client = client()) {
      OvhNotGrantedException e = catchThrowableOfType(() -> client.services().list(), OvhNotGrantedException.class);

      assertThat(e.getMessage()).startsWith("GET /1.0/service failed: HTTP 403: This call has not been granted."
          + " The credentials have no access rule for GET /service: ").endsWith("[queryId: none]");
    }
  }

  @Test
  void list_invalidCredential_noRuleAdvice() {
    wm.stubFor(get("/1.0/service").willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
        .withBody("{\"errorCode\":\"INVALID_CREDENTIAL\",\"httpCode\":\"403 Forbidden\",\"message\":\"This credential is not valid\"}")));

    try (RenewalClient client = client()) {
      OvhNotGrantedException e = catchThrowableOfType(() -> client.services().list(), OvhNotGrantedException.class);

      assertThat(e.getMessage()).isEqualTo("GET /1.0/service failed: HTTP 403, INVALID_CREDENTIAL: This credential is not valid [queryId: none]");
    }
  }
}
