package io.github.ovhrenewal.core;

import io.github.ovhrenewal.core.exception.OrderOutcomeUnknownException;
import io.github.ovhrenewal.core.exception.OvhApiException;
import io.github.ovhrenewal.core.exception.OvhBadParametersException;
import io.github.ovhrenewal.core.exception.OvhConflictException;
import io.github.ovhrenewal.core.exception.OvhDecodingException;
import io.github.ovhrenewal.core.exception.OvhInvalidSignatureException;
import io.github.ovhrenewal.core.exception.OvhNotFoundException;
import io.github.ovhrenewal.core.exception.OvhNotGrantedException;
import io.github.ovhrenewal.core.exception.OvhRateLimitedException;
import io.github.ovhrenewal.core.exception.OvhServerException;
import io.github.ovhrenewal.core.exception.OvhServiceExpiredException;
import io.github.ovhrenewal.core.exception.OvhTransportException;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.ovhrenewal.core.WireMockOvh.OPTIONS_URL;
import static io.github.ovhrenewal.core.WireMockOvh.PAY_URL;
import static io.github.ovhrenewal.core.WireMockOvh.RENEW_URL;
import static io.github.ovhrenewal.core.WireMockOvh.SERVICE_URL;
import static io.github.ovhrenewal.core.WireMockOvh.fixture;
import static io.github.ovhrenewal.core.WireMockOvh.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.ovhrenewal.api.model.PaymentMean;
import io.github.ovhrenewal.api.model.RenewPeriod;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import javax.net.SocketFactory;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorMappingTest {
  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension();


  private RenewalClient client;

  @BeforeEach
  void setUp() {
    client = wm.client();
  }

  static Stream<Arguments> errorAnswers() {
    return Stream.of(
        Arguments.of(404, "{\"class\":\"Client::NotFound\",\"message\":\"The requested object (serviceId = 12345) does not exist\"}",
            OvhNotFoundException.class, null, "Client::NotFound"),
        Arguments.of(400, "{\"class\":\"Client::BadRequest\",\"message\":\"Invalid renew period\"}",
            OvhBadParametersException.class, null, "Client::BadRequest"),
        Arguments.of(403, "{\"errorCode\":\"NOT_GRANTED_CALL\",\"httpCode\":\"403 Forbidden\",\"message\":\"This call has not been granted\"}",
            OvhNotGrantedException.class, "NOT_GRANTED_CALL", null),
        Arguments.of(403, "{\"errorCode\":\"NOT_CREDENTIAL\",\"httpCode\":\"403 Forbidden\",\"message\":\"This credential does not exist\"}",
            OvhNotGrantedException.class, "NOT_CREDENTIAL", null),
        Arguments.of(403, "{\"errorCode\":\"INVALID_KEY\",\"httpCode\":\"403 Forbidden\",\"message\":\"Invalid application key\"}",
            OvhNotGrantedException.class, "INVALID_KEY", null),
        Arguments.of(403, "{\"errorCode\":\"INVALID_CREDENTIAL\",\"httpCode\":\"403 Forbidden\",\"message\":\"This credential is not valid\"}",
            OvhNotGrantedException.class, "INVALID_CREDENTIAL", null),
        Arguments.of(403, "{\"errorCode\":\"FORBIDDEN\",\"httpCode\":\"403 Forbidden\",\"message\":\"Forbidden\"}",
            OvhNotGrantedException.class, "FORBIDDEN", null),
        Arguments.of(401, "{\"message\":\"You must login first\"}",
            OvhNotGrantedException.class, null, null),
        Arguments.of(409, "{\"class\":\"Client::Conflict\",\"message\":\"This order is already paid\"}",
            OvhConflictException.class, null, "Client::Conflict"),
        Arguments.of(460, "{\"class\":\"Client::ServiceExpired\",\"message\":\"This service is expired\"}",
            OvhServiceExpiredException.class, null, "Client::ServiceExpired"),
        Arguments.of(500, "{\"class\":\"Server::InternalServerError\",\"message\":\"Internal server error\"}",
            OvhServerException.class, null, "Server::InternalServerError"),
        Arguments.of(502, "{\"class\":\"Server::BadGateway\",\"message\":\"Bad gateway\"}",
            OvhServerException.class, null, "Server::BadGateway"),
        Arguments.of(503, "{\"class\":\"Server::ServiceUnavailable\",\"message\":\"Service unavailable\"}",
            OvhServerException.class, null, "Server::ServiceUnavailable"));
  }

  @ParameterizedTest(name = "{0} {3}{4}")
  @MethodSource("errorAnswers")
  void get_errorAnswer_throwsTypedExceptionWithStatusCodeAndQueryId(
      int status, String body, Class<? extends OvhApiException> type, String errorCode, String errorClass) {
    String queryId = "EU.ext-2.queryid-" + status + "-" + (errorCode == null ? "c" : errorCode);
    wm.stubFor(get(urlEqualTo(SERVICE_URL)).willReturn(jsonError(status, queryId, body)));

    OvhApiException e = catchThrowableOfType(OvhApiException.class, () -> client.services().get(12345));

    assertThat(e).isExactlyInstanceOf(type);
    assertThat(e.httpStatus()).isEqualTo(status);
    assertThat(e.errorCode()).isEqualTo(errorCode);
    assertThat(e.errorClass()).isEqualTo(errorClass);
    assertThat(e.queryId()).isEqualTo(queryId);
    assertThat(e.method()).isEqualTo("GET");
    assertThat(e.path()).isEqualTo(SERVICE_URL);
    // 5xx answers are retried (3 attempts by default); the others are final at once.
    int attempts = status >= 500 ? 3 : 1;
    assertThat(e.attempts()).isEqualTo(attempts);
    assertThat(e.getMessage())
        .startsWith("GET /1.0/service/12345 failed" + (attempts > 1 ? " after 3 attempts" : "") + ": HTTP " + status)
        .contains(e.serverMessage())
        .endsWith("[queryId: " + queryId + "]");
  }

  @Test
  void get_invalidSignature_throwsInvalidSignatureNotTimeOut() {
    wm.stubFor(get(urlEqualTo(SERVICE_URL)).willReturn(jsonError(400, "EU.ext-1.sig",
        "{\"errorCode\":\"INVALID_SIGNATURE\",\"httpCode\":\"400 Bad Request\",\"message\":\"Invalid signature\"}")));

    OvhInvalidSignatureException e = catchThrowableOfType(OvhInvalidSignatureException.class, () -> client.services().get(12345));

    assertThat(e.isQueryTimeOut()).isFalse();
    assertThat(e.httpStatus()).isEqualTo(400);
    assertThat(e.errorCode()).isEqualTo("INVALID_SIGNATURE");
    assertThat(e.errorClass()).isNull();
    assertThat(e.serverMessage()).isEqualTo("Invalid signature");
    assertThat(e.queryId()).isEqualTo("EU.ext-1.sig");
    assertThat(e.getMessage())
        .isEqualTo("GET /1.0/service/12345 failed: HTTP 400, INVALID_SIGNATURE: Invalid signature [queryId: EU.ext-1.sig]");
  }

  @Test
  void get_queryTimeOut_throwsInvalidSignatureWithTimeOut() {
    wm.stubFor(get(urlEqualTo(SERVICE_URL)).willReturn(jsonError(400, "EU.ext-1.time",
        "{\"errorCode\":\"QUERY_TIME_OUT\",\"httpCode\":\"400 Bad Request\",\"message\":\"Query out of time\"}")));

    OvhInvalidSignatureException e = catchThrowableOfType(OvhInvalidSignatureException.class, () -> client.services().get(12345));

    assertThat(e.isQueryTimeOut()).isTrue();
    assertThat(e.httpStatus()).isEqualTo(400);
    assertThat(e.errorCode()).isEqualTo("QUERY_TIME_OUT");
    assertThat(e.queryId()).isEqualTo("EU.ext-1.time");
    assertThat(e.getMessage()).endsWith("[queryId: EU.ext-1.time]");
  }

  @Test
  void get_rateLimitedWithRetryAfter_throwsRateLimitedWithDelay() {
    wm.stubFor(get(urlEqualTo(SERVICE_URL)).willReturn(
        jsonError(429, "EU.ext-1.slow", "{\"message\":\"Too many requests\"}").withHeader("Retry-After", "7")));

    OvhRateLimitedException e = catchThrowableOfType(OvhRateLimitedException.class, () -> client.services().get(12345));

    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7));
    assertThat(e.httpStatus()).isEqualTo(429);
    assertThat(e.errorCode()).isNull();
    assertThat(e.errorClass()).isNull();
    assertThat(e.queryId()).isEqualTo("EU.ext-1.slow");
    assertThat(e.getMessage()).endsWith("[queryId: EU.ext-1.slow]");
  }

  @Test
  void get_rateLimitedWithoutRetryAfter_hasNoDelay() {
    wm.stubFor(get(urlEqualTo(SERVICE_URL)).willReturn(jsonError(429, "EU.ext-1.slow2", "{\"message\":\"Too many requests\"}")));

    OvhRateLimitedException e = catchThrowableOfType(OvhRateLimitedException.class, () -> client.services().get(12345));

    assertThat(e.retryAfter()).isNull();
  }

  @Test
  void get_htmlBadGatewayFromProxy_throwsServerExceptionDescribingBody() {
    wm.stubFor(get(urlEqualTo(SERVICE_URL)).willReturn(aResponse().withStatus(502)
        .withHeader("Content-Type", "text/html").withHeader("X-Ovh-QueryId", "EU.ext-1.html")
        .withBody("<html><body>Bad Gateway</body></html>")));

    OvhServerException e = catchThrowableOfType(OvhServerException.class, () -> client.services().get(12345));

    assertThat(e.httpStatus()).isEqualTo(502);
    assertThat(e.errorCode()).isNull();
    assertThat(e.errorClass()).isNull();
    assertThat(e.queryId()).isEqualTo("EU.ext-1.html");
    assertThat(e.serverMessage()).contains("not OVH's JSON").contains("text/html").contains("<html><body>Bad Gateway</body></html>");
    assertThat(e.getMessage()).contains("not OVH's JSON").contains("Bad Gateway").endsWith("[queryId: EU.ext-1.html]");
  }

  @Test
  void get_emptyServerErrorBody_throwsServerExceptionSayingEmpty() {
    wm.stubFor(get(urlEqualTo(SERVICE_URL)).willReturn(aResponse().withStatus(500).withHeader("X-Ovh-QueryId", "EU.ext-1.empty")));

    OvhServerException e = catchThrowableOfType(OvhServerException.class, () -> client.services().get(12345));

    assertThat(e.httpStatus()).isEqualTo(500);
    assertThat(e.errorCode()).isNull();
    assertThat(e.errorClass()).isNull();
    assertThat(e.queryId()).isEqualTo("EU.ext-1.empty");
    assertThat(e.serverMessage()).isEqualTo("empty body");
    assertThat(e.getMessage()).isEqualTo("GET /1.0/service/12345 failed after 3 attempts: HTTP 500: empty body [queryId: EU.ext-1.empty]");
  }

  @Test
  void get_errorWithoutQueryId_saysNone() {
    wm.stubFor(get(urlEqualTo(SERVICE_URL)).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody("{\"class\":\"Client::NotFound\",\"message\":\"gone\"}")));

    OvhNotFoundException e = catchThrowableOfType(OvhNotFoundException.class, () -> client.services().get(12345));

    assertThat(e.queryId()).isNull();
    assertThat(e.getMessage()).endsWith("[queryId: none]");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"creationDate\": \"2023-05-16\", \"plan\": ",
      "<html><body>Maintenance</body></html>",
      "",
      "{\"quantity\": \"many\"}",
      "[1, 2, 3]",
  })
  void get_okWithUnreadableBody_throwsDecodingExceptionWithQueryIdAndExcerpt(String body) {
    wm.stubFor(get(urlEqualTo(SERVICE_URL)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withHeader("X-Ovh-QueryId", "EU.ext-4.decode").withBody(body)));

    OvhDecodingException e = catchThrowableOfType(OvhDecodingException.class, () -> client.services().get(12345));

    assertThat(e.queryId()).isEqualTo("EU.ext-4.decode");
    assertThat(e.excerpt()).isEqualTo(body.trim());
    assertThat(e.getMessage())
        .startsWith("GET /1.0/service/12345: ")
        .contains("ServiceDetails")
        .endsWith("[queryId: EU.ext-4.decode]");
    if (body.isEmpty()) {
      assertThat(e.getMessage()).contains("(empty body)");
    } else {
      assertThat(e.getMessage()).contains("body starts: " + body.trim());
    }
  }

  @Test
  void list_okWithHtmlBody_throwsDecodingException() {
    wm.stubFor(get(urlEqualTo("/1.0/service")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html").withHeader("X-Ovh-QueryId", "EU.ext-4.list")
        .withBody("<html><body>Bad Gateway</body></html>")));

    OvhDecodingException e = catchThrowableOfType(OvhDecodingException.class, () -> client.services().list());

    assertThat(e.queryId()).isEqualTo("EU.ext-4.list");
    assertThat(e.excerpt()).isEqualTo("<html><body>Bad Gateway</body></html>");
  }

  @Test
  void get_connectionRefused_throwsTransportException() throws IOException {
    int closedPort = closedPort();
    try (RenewalClient unreachable = WireMockOvh.builder(closedPort).build()) {
      assertThatThrownBy(() -> unreachable.services().get(12345))
          .isInstanceOf(OvhTransportException.class)
          .hasMessageContaining("no answer from localhost")
          .hasMessageContaining("ConnectException");
    }
  }

  @Test
  void get_readTimeout_throwsTransportExceptionNamingTimeout() {
    wm.stubFor(get(urlEqualTo(SERVICE_URL)).willReturn(okJson(fixture("service-12345.json")).withFixedDelay(4_000)));

    try (RenewalClient impatient = wm.builder().readTimeout(Duration.ofMillis(1500)).build()) {
      assertThatThrownBy(() -> impatient.services().get(12345))
          .isInstanceOf(OvhTransportException.class)
          .hasMessageContaining("GET /1.0/service/12345")
          .hasMessageContaining("read timeout of 1500ms fired");
    }
  }

  // --- Orders and payments: never retried; a lost answer means the outcome is unknown. ---

  @Test
  void order_serviceUnavailable_throwsOutcomeUnknownAfterOnePost() {
    RenewalChoice choice = wm.guideChoice(client);
    wm.stubFor(post(urlEqualTo(RENEW_URL)).willReturn(jsonError(503, "EU.ext-5.order",
        "{\"class\":\"Server::ServiceUnavailable\",\"message\":\"Service unavailable\"}")));

    OrderOutcomeUnknownException e = catchThrowableOfType(OrderOutcomeUnknownException.class, choice::order);

    assertOrderOutcomeUnknown(e);
    assertThat(e.getCause()).isInstanceOf(OvhServerException.class);
    assertThat(((OvhServerException) e.getCause()).queryId()).isEqualTo("EU.ext-5.order");
    assertThat(e.getMessage()).contains("[queryId: EU.ext-5.order]");
    wm.verify(1, postRequestedFor(urlEqualTo(RENEW_URL)));
  }

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "RANDOM_DATA_THEN_CLOSE"})
  void order_connectionFault_throwsOutcomeUnknownAfterOnePost(Fault fault) {
    RenewalChoice choice = wm.guideChoice(client);
    wm.stubFor(post(urlEqualTo(RENEW_URL)).willReturn(aResponse().withFault(fault)));

    OrderOutcomeUnknownException e = catchThrowableOfType(OrderOutcomeUnknownException.class, choice::order);

    assertOrderOutcomeUnknown(e);
    assertThat(e.getCause()).isInstanceOf(OvhTransportException.class);
    wm.verify(1, postRequestedFor(urlEqualTo(RENEW_URL)));
  }

  @Test
  void order_okWithHtmlBody_throwsOutcomeUnknownAfterOnePost() {
    RenewalChoice choice = wm.guideChoice(client);
    wm.stubFor(post(urlEqualTo(RENEW_URL)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html").withHeader("X-Ovh-QueryId", "EU.ext-5.html")
        .withBody("<html><body>Bad Gateway</body></html>")));

    OrderOutcomeUnknownException e = catchThrowableOfType(OrderOutcomeUnknownException.class, choice::order);

    assertOrderOutcomeUnknown(e);
    assertThat(e.getCause()).isInstanceOf(OvhDecodingException.class);
    assertThat(((OvhDecodingException) e.getCause()).queryId()).isEqualTo("EU.ext-5.html");
    wm.verify(1, postRequestedFor(urlEqualTo(RENEW_URL)));
  }

  @Test
  void order_readTimeout_throwsOutcomeUnknownAfterOnePost() {
    wm.stubFor(post(urlEqualTo(RENEW_URL)).willReturn(okJson(fixture("renew-order-guide.json")).withFixedDelay(4_000)));

    try (RenewalClient impatient = wm.builder().readTimeout(Duration.ofMillis(1500)).build()) {
      RenewalChoice choice = wm.guideChoice(impatient);

      OrderOutcomeUnknownException e = catchThrowableOfType(OrderOutcomeUnknownException.class, choice::order);

      assertOrderOutcomeUnknown(e);
      assertThat(e.getMessage()).contains("read timeout of 1500ms fired");
    }
    wm.verify(1, postRequestedFor(urlEqualTo(RENEW_URL)));
  }

  @Test
  void order_badRequest_throwsBadParametersBecauseServerRefused() {
    RenewalChoice choice = wm.guideChoice(client);
    wm.stubFor(post(urlEqualTo(RENEW_URL)).willReturn(jsonError(400, "EU.ext-5.bad",
        "{\"class\":\"Client::BadRequest\",\"message\":\"This renew period is not available\"}")));

    OvhBadParametersException e = catchThrowableOfType(OvhBadParametersException.class, choice::order);

    assertThat(e.httpStatus()).isEqualTo(400);
    assertThat(e.errorClass()).isEqualTo("Client::BadRequest");
    assertThat(e.method()).isEqualTo("POST");
    assertThat(e.path()).isEqualTo(RENEW_URL);
    assertThat(e.queryId()).isEqualTo("EU.ext-5.bad");
    assertThat(e.getMessage()).endsWith("[queryId: EU.ext-5.bad]");
    wm.verify(1, postRequestedFor(urlEqualTo(RENEW_URL)));
  }

  @Test
  void order_notGranted_throwsNotGrantedBecauseServerRefused() {
    RenewalChoice choice = wm.guideChoice(client);
    wm.stubFor(post(urlEqualTo(RENEW_URL)).willReturn(jsonError(403, "EU.ext-5.deny",
        "{\"errorCode\":\"NOT_GRANTED_CALL\",\"httpCode\":\"403 Forbidden\",\"message\":\"This call has not been granted\"}")));

    OvhNotGrantedException e = catchThrowableOfType(OvhNotGrantedException.class, choice::order);

    assertThat(e.errorCode()).isEqualTo("NOT_GRANTED_CALL");
    assertThat(e.method()).isEqualTo("POST");
    wm.verify(1, postRequestedFor(urlEqualTo(RENEW_URL)));
  }

  @Test
  void order_answerLostWithServerClockAnHourAhead_attemptedAtIsTheServerTimeLessFiveSeconds() {
    wm.stubTime(WireMockOvh.LOCAL_EPOCH_SECONDS + 3600);
    try (RenewalClient ahead = wm.builder().build()) {
      RenewalChoice choice = wm.guideChoice(ahead);
      wm.stubFor(post(urlEqualTo(RENEW_URL)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

      OrderOutcomeUnknownException e = catchThrowableOfType(OrderOutcomeUnknownException.class, choice::order);

      // The local clock says 22:13:20Z; the server is an hour ahead; 5 s of margin before sending.
      assertThat(e.attemptedAt()).isEqualTo(OffsetDateTime.parse("2023-11-14T23:13:15Z"));
      assertThat(e.getMessage()).contains("client.orders().createdSince(2023-11-14T23:13:15Z)");
    }
  }

  @Test
  void pay_answerLostWithServerClockAnHourBehind_attemptedAtIsTheServerTimeLessFiveSeconds() {
    wm.stubTime(WireMockOvh.LOCAL_EPOCH_SECONDS - 3600);
    wm.stubFor(post(urlEqualTo(PAY_URL)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    try (RenewalClient behind = wm.builder().build()) {
      OrderOutcomeUnknownException e = catchThrowableOfType(OrderOutcomeUnknownException.class,
          () -> behind.orders().payWithRegisteredPaymentMean(123, PaymentMean.PAYPAL, 1234L));

      assertThat(e.attemptedAt()).isEqualTo(OffsetDateTime.parse("2023-11-14T21:13:15Z"));
    }
  }

  @Test
  void order_serverDownBeforeSending_throwsTransportExceptionNotOutcomeUnknown() {
    WireMockServer doomed = new WireMockServer(wireMockConfig().dynamicPort());
    doomed.start();
    // No pooled connection: the POST must open a new one, which is refused before anything is sent.
    OkHttpClient noPool = new OkHttpClient.Builder().connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS)).build();
    try (RenewalClient local = WireMockOvh.builder(doomed.port()).okHttpClient(noPool).build()) {
      doomed.stubFor(get(urlEqualTo("/1.0/auth/time")).willReturn(okJson(Long.toString(WireMockOvh.SERVER_EPOCH_SECONDS))));
      doomed.stubFor(get(urlEqualTo(OPTIONS_URL)).willReturn(okJson(fixture("renew-descriptions-guide.json"))));
      RenewalChoice choice = local.renewals().forService(12345).choose(RenewPeriod.P1Y);
      doomed.stop();

      assertThatThrownBy(choice::order)
          .isExactlyInstanceOf(OvhTransportException.class)
          .hasMessageContaining("POST /1.0/service/12345/renew")
          .hasMessageContaining("ConnectException");
    } finally {
      doomed.stop();
      noPool.dispatcher().executorService().shutdown();
    }
  }

  @Test
  void order_connectTimeoutBeforeSending_throwsTransportExceptionNotOutcomeUnknown() {
    UnreachableSockets sockets = new UnreachableSockets();
    // No pooled connection: the POST must open a new one, which times out before anything is sent.
    OkHttpClient noPool = new OkHttpClient.Builder().connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
        .socketFactory(sockets).build();
    try (RenewalClient local = wm.builder().okHttpClient(noPool).connectTimeout(Duration.ofSeconds(1)).build()) {
      RenewalChoice choice = wm.guideChoice(local);
      sockets.unreachable = true;

      assertThatThrownBy(choice::order)
          .isExactlyInstanceOf(OvhTransportException.class)
          .hasMessageContaining("POST /1.0/service/12345/renew")
          .hasMessageContaining("the connect timeout of 1s fired");
    } finally {
      noPool.dispatcher().executorService().shutdown();
    }
    wm.verify(0, postRequestedFor(urlEqualTo(RENEW_URL)));
  }

  /**
   * Sockets that connect as usual until the network is gone, then fail to connect as the JDK does
   * when its connect timeout fires: no byte of the request can have left.
   */
  private static final class UnreachableSockets extends SocketFactory {
    volatile boolean unreachable;

    @Override
    public Socket createSocket() {
      return new Socket() {
        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
          if (unreachable) {
            throw new SocketTimeoutException("Connect timed out");
          }
          super.connect(endpoint, timeout);
        }
      };
    }

    @Override
    public Socket createSocket(String host, int port) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(InetAddress host, int port) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
      throw new UnsupportedOperationException();
    }
  }

  private static void assertOrderOutcomeUnknown(OrderOutcomeUnknownException e) {
    assertThat(e).isNotNull();
    assertThat(e.serviceId()).isEqualTo(12345L);
    assertThat(e.period()).isEqualTo(RenewPeriod.P1Y);
    assertThat(e.orderId()).isNull();
    assertThat(e.amount()).isEqualTo(new BigDecimal("1.99"));
    assertThat(e.attemptedAt()).isEqualTo(WireMockOvh.ATTEMPTED_AT);
    assertThat(e.getMessage())
        .contains("service 12345")
        .contains("P1Y")
        .contains("may exist")
        .contains("createdSince(");
  }

  @Test
  void pay_serviceUnavailable_throwsOutcomeUnknownWithOrderIdAfterOnePost() {
    wm.stubFor(post(urlEqualTo(PAY_URL)).willReturn(jsonError(503, "EU.ext-6.pay",
        "{\"class\":\"Server::ServiceUnavailable\",\"message\":\"Service unavailable\"}")));

    OrderOutcomeUnknownException e = catchThrowableOfType(OrderOutcomeUnknownException.class,
        () -> client.orders().payWithRegisteredPaymentMean(123, PaymentMean.PAYPAL, 1234L));

    assertPaymentOutcomeUnknown(e);
    assertThat(e.getMessage()).contains("[queryId: EU.ext-6.pay]");
    wm.verify(1, postRequestedFor(urlEqualTo(PAY_URL)));
  }

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE"})
  void pay_connectionFault_throwsOutcomeUnknownWithOrderIdAfterOnePost(Fault fault) {
    wm.stubFor(post(urlEqualTo(PAY_URL)).willReturn(aResponse().withFault(fault)));

    OrderOutcomeUnknownException e = catchThrowableOfType(OrderOutcomeUnknownException.class,
        () -> client.orders().payWithRegisteredPaymentMean(123, PaymentMean.PAYPAL, 1234L));

    assertPaymentOutcomeUnknown(e);
    assertThat(e.getCause()).isInstanceOf(OvhTransportException.class);
    wm.verify(1, postRequestedFor(urlEqualTo(PAY_URL)));
  }

  @Test
  void pay_conflict_throwsConflictBecauseServerRefused() {
    wm.stubFor(post(urlEqualTo(PAY_URL)).willReturn(jsonError(409, "EU.ext-6.paid",
        "{\"class\":\"Client::Conflict\",\"message\":\"This order is already paid\"}")));

    OvhConflictException e = catchThrowableOfType(OvhConflictException.class,
        () -> client.orders().payWithRegisteredPaymentMean(123, PaymentMean.PAYPAL, 1234L));

    assertThat(e.queryId()).isEqualTo("EU.ext-6.paid");
    assertThat(e.path()).isEqualTo(PAY_URL);
    wm.verify(1, postRequestedFor(urlEqualTo(PAY_URL)));
  }

  @Test
  void pay_badRequest_throwsBadParametersBecauseServerRefused() {
    wm.stubFor(post(urlEqualTo(PAY_URL)).willReturn(jsonError(400, "EU.ext-6.nopaypal",
        "{\"class\":\"Client::BadRequest\",\"message\":\"This order can't be paid with paypal\"}")));

    OvhBadParametersException e = catchThrowableOfType(OvhBadParametersException.class,
        () -> client.orders().payWithRegisteredPaymentMean(123, PaymentMean.PAYPAL, 1234L));

    assertThat(e.serverMessage()).isEqualTo("This order can't be paid with paypal");
    wm.verify(1, postRequestedFor(anyUrl()));
  }

  private static void assertPaymentOutcomeUnknown(OrderOutcomeUnknownException e) {
    assertThat(e).isNotNull();
    assertThat(e.orderId()).isEqualTo(123L);
    assertThat(e.serviceId()).isNull();
    assertThat(e.period()).isNull();
    assertThat(e.attemptedAt()).isEqualTo(WireMockOvh.ATTEMPTED_AT);
    assertThat(e.getMessage())
        .contains("order 123")
        .contains("paypal")
        .contains("status(123)");
  }

  private static ResponseDefinitionBuilder jsonError(int status, String queryId, String body) {
    return aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withHeader("X-Ovh-QueryId", queryId)
        .withBody(body);
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
