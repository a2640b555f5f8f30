package io.github.ovhrenewal.core;

import io.github.ovhrenewal.core.config.AccessRules;
import io.github.ovhrenewal.core.exception.OrderOutcomeUnknownException;
import io.github.ovhrenewal.core.exception.OvhApiException;
import io.github.ovhrenewal.core.exception.OvhConfigurationException;
import io.github.ovhrenewal.core.exception.OvhDecodingException;
import io.github.ovhrenewal.core.exception.OvhNotGrantedException;
import io.github.ovhrenewal.core.exception.OvhServerException;
import io.github.ovhrenewal.core.exception.OvhTransportException;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.ovhrenewal.core.WireMockOvh.SERVICES_URL;
import static io.github.ovhrenewal.core.WireMockOvh.TIME_URL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.ovhrenewal.core.Fakes.MutableClock;
import io.github.ovhrenewal.api.model.PaymentMean;
import io.github.ovhrenewal.api.model.RenewPeriod;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** OAuth2 client credentials against WireMock as both the API and a local token server. */
class OAuth2Test {
  private static final String CLIENT_ID = "svc-account-1";
  private static final String CLIENT_SECRET = "clientSecret-DO-NOT-LEAK";
  private static final String TOKEN_PATH = "/auth/oauth2/token";

  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension();

  // Moved by the tests, so that expiry is tested without waiting.
  private final MutableClock clock = new MutableClock(Instant.ofEpochSecond(WireMockOvh.LOCAL_EPOCH_SECONDS));

  private RenewalClient client() {
    return RenewalClient.builder().endpoint(wm.endpoint()).clientId(CLIENT_ID).clientSecret(CLIENT_SECRET)
        .oauth2TokenUrl(wm.baseUrl() + TOKEN_PATH).clock(clock).build();
  }

  private static String token(String value, long expiresIn) {
    return "{\"access_token\":\"" + value + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + ",\"scope\":\"all\"}";
  }

  /** The token server hands out tok-1, tok-2, tok-3... in turn, then the last one again. */
  private static void tokens(long expiresIn, int count) {
    ResponseDefinitionBuilder[] answers = new ResponseDefinitionBuilder[count];
    for (int i = 0; i < count; i++) {
      answers[i] = okJson(token("tok-" + (i + 1), expiresIn));
    }
    wm.sequence(() -> post(TOKEN_PATH), answers);
  }

  @Test
  void list_firstCall_fetchesTokenWithExactFormAndBasicAuth() {
    tokens(3600, 1);
    wm.stubFor(get(SERVICES_URL).willReturn(okJson("[1]")));

    try (RenewalClient client = client()) {
      assertThat(client.services().list()).containsExactly(1L);
    }

    List<LoggedRequest> tokenRequests = wm.requests(TOKEN_PATH);
    assertThat(tokenRequests).hasSize(1);
    LoggedRequest request = tokenRequests.get(0);
    assertThat(request.getMethod().getName()).isEqualTo("POST");
    assertThat(new String(request.getBody(), StandardCharsets.UTF_8)).isEqualTo("grant_type=client_credentials&scope=all");
    assertThat(request.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(request.getHeader("Authorization")).isEqualTo(
        "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void list_apiCall_sendsBearerOnlyAndNoOvhHeaders() {
    tokens(3600, 1);
    wm.stubFor(get(SERVICES_URL).willReturn(okJson("[]")));

    try (RenewalClient client = client()) {
      client.services().list();
    }

    LoggedRequest call = wm.requests(SERVICES_URL).get(0);
    assertThat(call.getHeaders().getHeader("Authorization").values()).containsExactly("Bearer tok-1");
    assertThat(call.getHeaders().all()).noneMatch(h -> h.key().toLowerCase().startsWith("x-ovh-"));
    assertThat(wm.requests(TIME_URL)).isEmpty();
  }

  @Test
  void list_manyCalls_oneTokenRequest() throws Exception {
    tokens(3600, 2);
    wm.stubFor(get(SERVICES_URL).willReturn(okJson("[]")));

    try (RenewalClient client = client()) {
      for (int i = 0; i < 3; i++) {
        client.services().list();
      }
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<List<Long>>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
          calls.add(pool.submit(() -> client.services().list()));
        }
        for (Future<List<Long>> call : calls) {
          call.get();
        }
      } finally {
        pool.shutdownNow();
      }
    }

    assertThat(wm.requests(TOKEN_PATH)).hasSize(1);
    assertThat(wm.requests(SERVICES_URL)).hasSize(19).allMatch(r -> r.getHeader("Authorization").equals("Bearer tok-1"));
  }

  @Test
  void list_tokenNearExpiry_refreshedBeforeItExpires() {
    tokens(3600, 2);
    wm.stubFor(get(SERVICES_URL).willReturn(okJson("[]")));

    try (RenewalClient client = client()) {
      client.services().list();
      clock.advance(Duration.ofSeconds(3539));
      client.services().list();
      clock.advance(Duration.ofSeconds(2)); // 59 s before expiry: inside the one-minute margin
      client.services().list();
    }

    assertThat(wm.requests(TOKEN_PATH)).hasSize(2);
    assertThat(wm.requests(SERVICES_URL)).extracting(r -> r.getHeader("Authorization"))
        .containsExactly("Bearer tok-1", "Bearer tok-1", "Bearer tok-2");
  }

  @Test
  void list_shortLivedToken_refreshedAtHalfItsLife() {
    tokens(60, 2);
    wm.stubFor(get(SERVICES_URL).willReturn(okJson("[]")));

    try (RenewalClient client = client()) {
      client.services().list();
      clock.advance(Duration.ofSeconds(29));
      client.services().list();
      clock.advance(Duration.ofSeconds(1));
      client.services().list();
    }

    assertThat(wm.requests(SERVICES_URL)).extracting(r -> r.getHeader("Authorization"))
        .containsExactly("Bearer tok-1", "Bearer tok-1", "Bearer tok-2");
  }

  @Test
  void list_apiAnswers401_refreshesOnceAndRetriesOnce() {
    tokens(3600, 2);
    wm.stubFor(get(SERVICES_URL).withHeader("Authorization", equalTo("Bearer tok-1"))
        .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json").withBody("{\"message\":\"expired\"}")));
    wm.stubFor(get(SERVICES_URL).withHeader("Authorization", equalTo("Bearer tok-2")).willReturn(okJson("[7]")));

    try (RenewalClient client = client()) {
      assertThat(client.services().list()).containsExactly(7L);
      assertThat(client.services().list()).containsExactly(7L);
    }

    assertThat(wm.requests(TOKEN_PATH)).hasSize(2);
    assertThat(wm.requests(SERVICES_URL)).extracting(r -> r.getHeader("Authorization"))
        .containsExactly("Bearer tok-1", "Bearer tok-2", "Bearer tok-2");
  }

  @Test
  void quote_postAnswers401_retriedWithSameBody() {
    tokens(3600, 2);
    wm.stubFor(get(urlPathEqualTo("/1.0/service/5/renew")).willReturn(okJson(
        "[{\"renewPeriod\":\"P1Y\",\"strategies\":[{\"services\":[5],\"price\":{\"value\":1.99}}]}]")));
    wm.stubFor(post("/1.0/service/5/renew").withHeader("Authorization", equalTo("Bearer tok-1")).willReturn(aResponse().withStatus(401)));
    wm.stubFor(post("/1.0/service/5/renew").withHeader("Authorization", equalTo("Bearer tok-2")).willReturn(okJson("{\"orderId\":0}")));

    try (RenewalClient client = client()) {
      client.renewals().forService(5).choose(RenewPeriod.P1Y).quote();
    }

    List<LoggedRequest> posts = wm.requests("/1.0/service/5/renew");
    assertThat(posts).hasSize(2);
    assertThat(posts).extracting(r -> new String(r.getBody(), StandardCharsets.UTF_8))
        .containsExactly("{\"dryRun\":true,\"duration\":\"P1Y\",\"services\":[5]}", "{\"dryRun\":true,\"duration\":\"P1Y\",\"services\":[5]}");
  }

  @Test
  void order_answers401_tokenRefreshedOrderSentOnceAndRefused() {
    tokens(3600, 2);
    wm.stubFor(get(urlPathEqualTo("/1.0/service/5/renew")).willReturn(okJson(
        "[{\"renewPeriod\":\"P1Y\",\"strategies\":[{\"services\":[5],\"price\":{\"value\":1.99}}]}]")));
    // A server that committed the order and then answered 401: sending it again would order twice.
    wm.stubFor(post("/1.0/service/5/renew").willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
        .withBody("{\"errorCode\":\"INVALID_CREDENTIAL\",\"message\":\"expired\"}")));
    wm.stubFor(get(SERVICES_URL).willReturn(okJson("[5]")));
    wm.stubTime();

    try (RenewalClient client = client()) {
      OvhNotGrantedException refused = catchThrowableOfType(
          () -> client.renewals().forService(5).choose(RenewPeriod.P1Y).order(), OvhNotGrantedException.class);
      assertThat(refused.httpStatus()).isEqualTo(401);
      client.services().list();
    }

    assertThat(wm.requests("/1.0/service/5/renew").stream().filter(r -> r.getMethod().value().equals("POST"))).hasSize(1);
    assertThat(wm.requests(TOKEN_PATH)).as("the 401 refreshed the token for the calls that follow").hasSize(2);
    assertThat(wm.requests(SERVICES_URL)).extracting(r -> r.getHeader("Authorization")).containsExactly("Bearer tok-2");
  }

  @Test
  void payWithRegisteredPaymentMean_answers401_sentOnceAndRefused() {
    tokens(3600, 2);
    wm.stubFor(post("/1.0/me/order/9/payWithRegisteredPaymentMean").willReturn(aResponse().withStatus(401)));
    wm.stubTime();

    try (RenewalClient client = client()) {
      assertThatThrownBy(() -> client.orders().payWithRegisteredPaymentMean(9, PaymentMean.PAYPAL, 1234L))
          .isInstanceOf(OvhApiException.class)
          .isNotInstanceOf(OrderOutcomeUnknownException.class);
    }

    assertThat(wm.requests("/1.0/me/order/9/payWithRegisteredPaymentMean")).hasSize(1);
    assertThat(wm.requests(TOKEN_PATH)).hasSize(2);
  }

  @Test
  void list_401AfterRefreshToo_failsWithoutLooping() {
    tokens(3600, 3);
    wm.stubFor(get(SERVICES_URL).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
        .withBody("{\"errorCode\":\"INVALID_CREDENTIAL\",\"message\":\"nope\"}")));

    try (RenewalClient client = client()) {
      OvhNotGrantedException e = catchThrowableOfType(() -> client.services().list(), OvhNotGrantedException.class);
      assertThat(e.httpStatus()).isEqualTo(401);
    }

    assertThat(wm.requests(TOKEN_PATH)).hasSize(2);
    assertThat(wm.requests(SERVICES_URL)).hasSize(2);
  }

  @Test
  void list_apiAnswers403_noRefresh() {
    tokens(3600, 2);
    wm.stubFor(get(SERVICES_URL).willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
        .withBody("{\"errorCode\":\"NOT_GRANTED_CALL\",\"message\":\"This call has not been granted\"}")));

    try (RenewalClient client = client()) {
      catchThrowableOfType(() -> client.services().list(), OvhNotGrantedException.class);
    }

    assertThat(wm.requests(TOKEN_PATH)).hasSize(1);
    assertThat(wm.requests(SERVICES_URL)).hasSize(1);
  }

  @Test
  void list_tokenEndpointDown_transportErrorNamingTokenUrl() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String tokenUrl = "http://127.0.0.1:" + closedPort + "/auth/oauth2/token";

    try (RenewalClient client = RenewalClient.builder().endpoint(wm.endpoint()).clientId(CLIENT_ID).clientSecret(CLIENT_SECRET)
        .oauth2TokenUrl(tokenUrl).clock(clock).build()) {
      OvhTransportException e = catchThrowableOfType(() -> client.services().list(), OvhTransportException.class);

      assertThat(e.getMessage()).startsWith("no answer from the OAuth2 token endpoint " + tokenUrl + " (ConnectException")
          .doesNotContain(CLIENT_SECRET);
    }
    assertThat(wm.requests(SERVICES_URL)).isEmpty();
  }

  @Test
  void list_tokenEndpointRefusesCredentials_notGrantedNamingTokenUrl() {
    wm.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
        .withBody("{\"error\":\"invalid_client\",\"error_description\":\"client authentication failed\"}")));

    try (RenewalClient client = client()) {
      OvhNotGrantedException e = catchThrowableOfType(() -> client.services().list(), OvhNotGrantedException.class);

      assertThat(e.getMessage()).isEqualTo("POST " + wm.baseUrl() + TOKEN_PATH + " failed: HTTP 401, invalid_client: the OAuth2 token endpoint"
          + " refused the client credentials (client authentication failed) [queryId: none]");
      assertThat(e.errorCode()).isEqualTo("invalid_client");
    }
    assertThat(wm.requests(SERVICES_URL)).isEmpty();
  }

  @Test
  void list_tokenEndpointServerError_serverExceptionNamingTokenUrl() {
    wm.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(503).withHeader("Content-Type", "text/html").withBody("<html>down</html>")));

    try (RenewalClient client = client()) {
      OvhServerException e = catchThrowableOfType(() -> client.services().list(), OvhServerException.class);

      assertThat(e.getMessage()).isEqualTo("POST " + wm.baseUrl() + TOKEN_PATH + " failed: HTTP 503: the OAuth2 token endpoint answered a body"
          + " that is not JSON (text/html): <html>down</html> [queryId: none]");
    }
  }

  @Test
  void list_tokenAnswerWithoutAccessToken_decodingErrorWithoutBody() {
    wm.stubFor(post(TOKEN_PATH).willReturn(okJson("{\"token\":\"maybe-a-secret\"}")));

    try (RenewalClient client = client()) {
      OvhDecodingException e = catchThrowableOfType(() -> client.services().list(), OvhDecodingException.class);

      assertThat(e.getMessage()).isEqualTo("GET /1.0/service: the OAuth2 token endpoint " + wm.baseUrl() + TOKEN_PATH
          + " answered without an access_token [queryId: none]");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.attacker.example/auth/oauth2/token", "http://127.0.0.1.nip.io/auth/oauth2/token"})
  void build_plainHttpTokenUrlNamedLikeLoopback_refusedBeforeSendingTheSecret(String tokenUrl) {
    OvhConfigurationException e = catchThrowableOfType(() -> RenewalClient.builder().endpoint(wm.endpoint())
        .clientId(CLIENT_ID).clientSecret(CLIENT_SECRET).oauth2TokenUrl(tokenUrl).clock(clock).build(), OvhConfigurationException.class);

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).isEqualTo("oauth2_token_url from builder: token URL '" + tokenUrl
        + "' uses plain http; https is required, except for loopback hosts (localhost, 127.0.0.0/8, [::1])");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void build_clientIdWithoutClientSecret_failsNamingClientSecret() {
    Throwable e = catchThrowable(() -> RenewalClient.builder().endpoint(wm.endpoint()).clientId(CLIENT_ID)
        .oauth2TokenUrl(wm.baseUrl() + TOKEN_PATH).build());

    assertThat(e).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot configure the OVH client for endpoint " + wm.endpoint() + ": missing client_secret;");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void build_clientSecretWithoutClientId_failsNamingClientId() {
    Throwable e = catchThrowable(() -> RenewalClient.builder().endpoint(wm.endpoint()).clientSecret(CLIENT_SECRET)
        .oauth2TokenUrl(wm.baseUrl() + TOKEN_PATH).build());

    assertThat(e).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot configure the OVH client for endpoint " + wm.endpoint() + ": missing client_id;")
        .message().doesNotContain(CLIENT_SECRET);
  }

  @Test
  void build_oauth2OnNamedEndpoint_usesItsPublishedTokenUrl() {
    try (RenewalClient client = RenewalClient.builder().endpoint("ovh-us").clientId(CLIENT_ID).clientSecret(CLIENT_SECRET).build()) {
      assertThat(client.configuration().oauth2TokenUrl()).isEqualTo("https://us.ovhcloud.com/auth/oauth2/token");
      assertThat(client.toString()).startsWith("RenewalClient[endpoint=ovh-us (https://api.us.ovhcloud.com/1.0), clientId=" + CLIENT_ID + ", retryPolicy=");
    }
  }

  @Test
  void createConsumerKey_oauth2Client_refusedBeforeSending() {
    try (RenewalClient client = client()) {
      IllegalStateException e = catchThrowableOfType(() -> client.auth().createConsumerKey(AccessRules.renewal()), IllegalStateException.class);

      assertThat(e.getMessage()).isEqualTo(
          "a consumer key belongs to an application: this client uses OAuth2 client credentials and has no application key");
    }
    assertThat(wm.getAllServeEvents()).isEmpty();
  }
}
