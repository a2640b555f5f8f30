package io.github.ovhrenewal.core;

import io.github.ovhrenewal.core.exception.OrderOutcomeUnknownException;
import io.github.ovhrenewal.core.exception.OvhApiException;
import io.github.ovhrenewal.core.exception.OvhDecodingException;
import io.github.ovhrenewal.core.exception.OvhNotFoundException;
import io.github.ovhrenewal.core.exception.OvhTransportException;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.ovhrenewal.core.WireMockOvh.APPLICATION_SECRET;
import static io.github.ovhrenewal.core.WireMockOvh.CONSUMER_KEY;
import static io.github.ovhrenewal.core.WireMockOvh.fixture;
import static io.github.ovhrenewal.core.WireMockOvh.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.ovhrenewal.api.model.Order;
import io.github.ovhrenewal.api.model.PaymentMean;
import io.github.ovhrenewal.api.model.RenewOrder;
import io.github.ovhrenewal.api.model.RenewPeriod;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * At the most verbose level the SDK logs every request and answer, and no secret: not the
 * application secret, the consumer key, a signature, nor an order's password. No exception
 * message holds one either.
 */
class SecretLoggingTest {
  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension();

  private static final String ORDER_PASSWORD = "PWD-order-Kq7Vx3Tz";
  private static final String QUOTE_PASSWORD = "PWD-quote-Lm4Rw8Ys";
  private static final String TRUNCATED_PASSWORD = "PWD-trunc-Hb2Nc6Jd";
  private static final String BEARER_TOKEN = "BEARER-tok-Wq5Ln8Gv";
  private static final String CLIENT_SECRET = "SECRET-cs-Yt3Mb7Rk";

  // Held strongly: java.util.logging keeps loggers only weakly.
  private final Logger sdkLogger = Logger.getLogger("io.github.ovhrenewal");
  private final Logger wireLogger = Logger.getLogger("io.github.ovhrenewal.wire");
  private final List<LogRecord> records = new ArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      synchronized (records) {
        records.add(record);
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private Level savedSdkLevel;
  private Level savedWireLevel;
  private final List<Throwable> thrown = new ArrayList<>();
  private final List<Object> values = new ArrayList<>();

  @BeforeEach
  void captureEverything() {
    savedSdkLevel = sdkLogger.getLevel();
    savedWireLevel = wireLogger.getLevel();
    capture.setLevel(Level.ALL);
    sdkLogger.setLevel(Level.ALL);
    wireLogger.setLevel(Level.ALL);
    sdkLogger.addHandler(capture);
  }

  @AfterEach
  void restore() {
    sdkLogger.removeHandler(capture);
    sdkLogger.setLevel(savedSdkLevel);
    wireLogger.setLevel(savedWireLevel);
  }

  private static String orderBody(long orderId, String password) {
    return "{\"date\":\"2024-03-01T10:15:30+01:00\",\"expirationDate\":\"2024-03-15T10:15:30+01:00\",\"orderId\":" + orderId
        + ",\"password\":\"" + password + "\","
        + "\"pdfUrl\":\"https://www.ovh.com/cgi-bin/order/displayOrder.cgi?orderId=" + orderId + "&orderPassword=" + password + "\","
        + "\"url\":\"https://www.ovh.com/cgi-bin/order/displayOrder.cgi?orderId=" + orderId + "&orderPassword=" + password + "\","
        + "\"priceWithTax\":{\"value\":2.39,\"currencyCode\":\"EUR\"},\"priceWithoutTax\":{\"value\":1.99,\"currencyCode\":\"EUR\"},"
        + "\"tax\":{\"value\":0.40,\"currencyCode\":\"EUR\"},\"retractionDate\":null}";
  }

  private void attempt(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      thrown.add(e);
    }
  }

  @Test
  void fullFlowAtMostVerboseLevel_logsRedactedHeadersAndNoSecret() {
    wm.stubTime();
    wm.stubFor(get(urlEqualTo("/1.0/service")).willReturn(okJson("[12345]")));
    wm.stubFor(get(urlEqualTo("/1.0/service/12345/renew?includeOptions=false")).willReturn(okJson(fixture("renew-descriptions-guide.json"))));
    // The quote fails once (retried, so logged twice), then answers.
    wm.stubFor(post(urlEqualTo("/1.0/service/12345/renew")).withRequestBody(containing("\"dryRun\":true"))
        .inScenario("quote").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("up")
        .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "text/html").withBody("<html>busy</html>")));
    wm.stubFor(post(urlEqualTo("/1.0/service/12345/renew")).withRequestBody(containing("\"dryRun\":true"))
        .inScenario("quote").whenScenarioStateIs("up").willReturn(okJson(orderBody(0, QUOTE_PASSWORD))));
    wm.stubFor(post(urlEqualTo("/1.0/service/12345/renew")).withRequestBody(containing("\"dryRun\":false"))
        .willReturn(okJson(orderBody(124, ORDER_PASSWORD))));
    wm.stubFor(post(urlEqualTo("/1.0/me/order/124/payWithRegisteredPaymentMean")).willReturn(okJson("null")));
    wm.stubFor(get(urlEqualTo("/1.0/me/order/124")).willReturn(okJson(orderBody(124, ORDER_PASSWORD))));
    wm.stubFor(get(urlPathEqualTo("/1.0/me/order")).willReturn(okJson("[124]")));
    wm.stubFor(get(urlEqualTo("/1.0/service/999")).willReturn(aResponse().withStatus(404).withHeader("Content-Type", WireMockOvh.JSON)
        .withHeader("X-Ovh-QueryId", "EU.ext-3.secret")
        .withBody("{\"class\":\"Client::NotFound\",\"message\":\"The requested object (serviceId = 999) does not exist\"}")));
    // An answer cut short in the middle of an order: it cannot be decoded, and holds a password.
    String truncated = orderBody(125, TRUNCATED_PASSWORD);
    wm.stubFor(get(urlEqualTo("/1.0/me/order/125")).willReturn(okJson(truncated.substring(0, truncated.indexOf("\"priceWithTax\"")))));
    // A lost order answer: outcome unknown, its message built from what came back.
    wm.stubFor(post(urlEqualTo("/1.0/service/67890/renew")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html").withBody("<html>" + orderBody(126, TRUNCATED_PASSWORD) + "</html>")));
    wm.stubFor(get(urlEqualTo("/1.0/service/67890/renew?includeOptions=true")).willReturn(okJson(fixture("renew-descriptions-guide.json"))));

    try (RenewalClient client = wm.builder().build()) {
      values.add(client);
      values.add(client.services().list());
      values.add(client.renewals().forService(12345).options());
      RenewalChoice choice = client.renewals().forService(12345).choose(RenewPeriod.P1Y);
      values.add(choice);
      RenewOrder quote = choice.quote();
      values.add(quote);
      RenewOrder order = choice.order();
      values.add(order);
      client.orders().payWithRegisteredPaymentMean(order.orderId(), PaymentMean.PAYPAL, 1234L);
      Order details = client.orders().get(124);
      values.add(details);
      values.add(client.orders().createdSince(OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)));
      attempt(() -> client.services().get(999));
      attempt(() -> client.orders().get(125));
      attempt(() -> client.renewals().forService(67890).choose(RenewPeriod.P1Y, List.of(67890L, 12345L)).order());
      // Sanity: the flow really received the secrets it must hide.
      assertThat(order.password()).isEqualTo(ORDER_PASSWORD);
      assertThat(quote.password()).isEqualTo(QUOTE_PASSWORD);
    }
    values.add(wm.builder());

    assertThat(thrown).hasSize(3);
    assertThat(thrown.get(0)).isInstanceOf(OvhNotFoundException.class);
    assertThat(thrown.get(1)).isInstanceOf(OvhDecodingException.class);
    assertThat(thrown.get(2)).isInstanceOf(OrderOutcomeUnknownException.class);

    String logged = loggedText();
    assertThat(logged).isNotBlank();
    assertThat(logged).as("the wire log shows the headers, redacted")
        .contains("X-Ovh-Signature").contains("X-Ovh-Consumer").contains("X-Ovh-Application")
        .contains("--> POST http://localhost:" + wm.getPort() + "/1.0/me/order/124/payWithRegisteredPaymentMean")
        // Answers are logged, with their passwords redacted.
        .contains("\"orderId\":124").contains("\"password\":\"██\"").contains("orderPassword=██")
        // Request bodies too, the one-shot ones of orders and payments included.
        .contains("--> POST body: {\"dryRun\":false,")
        .contains("--> POST body: {\"paymentMean\":\"paypal\",\"paymentMeanId\":1234}");

    List<String> secrets = new ArrayList<>(List.of(APPLICATION_SECRET, CONSUMER_KEY, ORDER_PASSWORD, QUOTE_PASSWORD, TRUNCATED_PASSWORD));
    for (LoggedRequest request : wm.received()) {
      String signature = request.getHeader("X-Ovh-Signature");
      if (signature != null) {
        secrets.add(signature);
        // Also without OVH's "$1$" prefix, as a bare hex digest.
        secrets.add(signature.substring(3));
      }
    }
    assertThat(secrets).hasSizeGreaterThan(10);

    for (String secret : secrets) {
      assertThat(logged).as("log output holds a secret").doesNotContain(secret);
    }
    String exceptions = exceptionText();
    String printed = printedValues();
    for (String secret : secrets) {
      assertThat(exceptions).as("an exception holds a secret").doesNotContain(secret);
      assertThat(printed).as("a printed value holds a secret").doesNotContain(secret);
    }
  }

  @Test
  void callsAtDebugLevel_logEachOutcomeWithItsQueryIdAndNoSecret() {
    wm.stubFor(get(urlEqualTo(WireMockOvh.SERVICES_URL)).willReturn(okJson("[12345]")));
    wm.stubFor(get(urlEqualTo(WireMockOvh.SERVICE_URL)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    wireLogger.setLevel(Level.OFF);

    RenewalClient client = wm.client();
    client.services().list();
    attempt(() -> client.services().get(12345));

    assertThat(thrown).singleElement().isInstanceOf(OvhTransportException.class);
    String logged = loggedText();
    // What --verbose shows: each call's outcome, with the query id OVH support asks for.
    assertThat(logged)
        .contains("io.github.ovhrenewal GET /1.0/service -> 200 [queryId: " + WireMockOvh.QUERY_ID + "]")
        .contains("io.github.ovhrenewal GET /1.0/service/12345: no answer from localhost after 3 attempts (");
    assertThat(logged).doesNotContain(APPLICATION_SECRET).doesNotContain(CONSUMER_KEY);
  }

  @Test
  void oauth2ClientAtMostVerboseLevel_logsTheAuthorizationHeaderRedactedNeverTheToken() {
    wm.stubFor(post(urlEqualTo("/auth/oauth2/token")).willReturn(okJson(
        "{\"access_token\":\"" + BEARER_TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
    wm.stubFor(get(urlEqualTo(WireMockOvh.SERVICES_URL)).willReturn(okJson("[12345]")));

    try (RenewalClient client = RenewalClient.builder().endpoint(wm.endpoint()).clientId("svc-account-1").clientSecret(CLIENT_SECRET)
        .oauth2TokenUrl(wm.baseUrl() + "/auth/oauth2/token").build()) {
      values.add(client);
      values.add(client.services().list());
    }

    // Sanity: the token really went out, in the header the wire log shows.
    assertThat(wm.requests("GET", WireMockOvh.SERVICES_URL)).singleElement()
        .satisfies(request -> assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + BEARER_TOKEN));
    String logged = loggedText();
    assertThat(logged).as("the wire log shows the header, redacted")
        .contains("--> GET " + wm.endpoint() + "/service").contains("Authorization: ██").contains("[12345]");
    assertThat(logged).doesNotContain(BEARER_TOKEN).doesNotContain(CLIENT_SECRET);
    assertThat(printedValues()).doesNotContain(BEARER_TOKEN).doesNotContain(CLIENT_SECRET);
  }

  private String loggedText() {
    SimpleFormatter formatter = new SimpleFormatter();
    StringBuilder text = new StringBuilder();
    synchronized (records) {
      for (LogRecord record : records) {
        text.append(record.getLoggerName()).append(' ').append(formatter.formatMessage(record)).append('\n');
        if (record.getThrown() != null) {
          text.append(stackTrace(record.getThrown())).append('\n');
        }
      }
    }
    return text.toString();
  }

  private String exceptionText() {
    StringBuilder text = new StringBuilder();
    for (Throwable e : thrown) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        text.append(t.getMessage()).append('\n').append(t).append('\n');
        if (t instanceof OvhDecodingException decoding) {
          text.append(decoding.excerpt()).append('\n');
        }
        if (t instanceof OvhApiException api) {
          text.append(api.serverMessage()).append('\n');
        }
      }
      text.append(stackTrace(e));
    }
    return text.toString();
  }

  private String printedValues() {
    StringBuilder text = new StringBuilder();
    for (Object value : values) {
      text.append(value).append('\n');
    }
    return text.toString();
  }

  private static String stackTrace(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
