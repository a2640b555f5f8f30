package io.github.ovhrenewal.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.ovhrenewal.api.model.RenewPeriod;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The WireMock OVH server of the core tests: one per test class, on a random port, started before
 * its first test, stopped after its last, with its stubs, scenarios, journal and arrival counts
 * reset before each test.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final WireMockOvh wm = WireMockOvh.extension();
 *
 * RenewalClient client = wm.client();               // /auth/time stubbed, fixed local clock
 * wm.stubFor(get(urlEqualTo(WireMockOvh.SERVICE_URL)).willReturn(WireMockOvh.okJson("…")));
 * List<LoggedRequest> sent = wm.received();         // in the server's own order
 * }</pre>
 *
 * <p>Every list of requests is in the order the server journaled them, never sorted by their
 * logged timestamps: those have millisecond resolution and tie.
 */
public final class WireMockOvh extends WireMockExtension {
  public static final String APPLICATION_KEY = "appKey-7c1d";
  // Distinctive so that a test can assert they never leak into any output.
  public static final String APPLICATION_SECRET = "SECRET-as-Zq8vL2pXw9";
  public static final String CONSUMER_KEY = "CONSUMER-ck-Hn4tR6yB3m";

  public static final long LOCAL_EPOCH_SECONDS = 1_700_000_000L;
  public static final long SERVER_EPOCH_SECONDS = LOCAL_EPOCH_SECONDS + 42;
  public static final String QUERY_ID = "EU.ext-3.6fa1b2c3.12345.8d1f0e2a9b7c4d5e";

  public static final String JSON = "application/json; charset=utf-8";

  /** The service and order the endpoint groups are exercised with. */
  public static final long SERVICE_ID = 12345L;
  public static final long ORDER_ID = 123L;

  public static final String TIME_URL = "/1.0/auth/time";
  public static final String SERVICES_URL = "/1.0/service";
  public static final String SERVICE_URL = "/1.0/service/12345";
  public static final String OPTIONS_URL = "/1.0/service/12345/renew?includeOptions=false";
  public static final String OPTIONS_WITH_OPTIONS_URL = "/1.0/service/12345/renew?includeOptions=true";
  public static final String RENEW_URL = "/1.0/service/12345/renew";
  public static final String PAY_URL = "/1.0/me/order/123/payWithRegisteredPaymentMean";

  /**
   * When an order or a payment made through {@link #client()} was attempted, as its
   * {@code OrderOutcomeUnknownException} says: the server-corrected time (the fixed local clock
   * plus the stubbed offset) less the 5 s margin the facades document.
   */
  public static final OffsetDateTime ATTEMPTED_AT = OffsetDateTime.ofInstant(
      Instant.ofEpochSecond(SERVER_EPOCH_SECONDS).minusSeconds(5), ZoneOffset.UTC);

  private final ArrivalCounter arrivals;
  private final AtomicInteger sequences = new AtomicInteger();
  private final List<RenewalClient> clients = new ArrayList<>();

  private WireMockOvh(ArrivalCounter arrivals, WireMockConfiguration options) {
    super(WireMockExtension.newInstance().options(options));
    this.arrivals = arrivals;
  }

  /** A server with WireMock's defaults. */
  public static WireMockOvh extension() {
    return extension(options -> options);
  }

  /**
   * A server with more options, e.g. {@code options -> options.containerThreads(40)}.
   *
   * @param tuning changes the default options (random port, arrival counter)
   */
  public static WireMockOvh extension(UnaryOperator<WireMockConfiguration> tuning) {
    ArrivalCounter arrivals = new ArrivalCounter();
    return new WireMockOvh(arrivals, tuning.apply(wireMockConfig().dynamicPort().extensions(arrivals)));
  }

  @Override
  protected void onBeforeAll(WireMockRuntimeInfo runtimeInfo) {
    // A server's first requests load most of its classes, which on a busy machine takes longer
    // than the tight read timeouts some tests set: that cost is paid here, before any test.
    stubFor(get(urlEqualTo("/warm-up")).willReturn(okJson("{}")));
    for (int i = 0; i < 3; i++) {
      try {
        HttpURLConnection connection = (HttpURLConnection) URI.create(runtimeInfo.getHttpBaseUrl() + "/warm-up").toURL().openConnection();
        try (InputStream in = connection.getInputStream()) {
          in.readAllBytes();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("the WireMock server does not answer", e);
      }
    }
    resetAll();
  }

  @Override
  protected void onBeforeEach(WireMockRuntimeInfo runtimeInfo) {
    arrivals.clear();
  }

  @Override
  protected void onAfterEach(WireMockRuntimeInfo runtimeInfo) {
    synchronized (clients) {
      clients.forEach(RenewalClient::close);
      clients.clear();
    }
  }

  // --- Clients. ---

  /** The API endpoint on this server: {@code http://localhost:PORT/1.0}. */
  public String endpoint() {
    return "http://localhost:" + getPort() + "/1.0";
  }

  /**
   * A client against this server, with {@code /auth/time} stubbed at {@link #SERVER_EPOCH_SECONDS};
   * closed after the test.
   */
  public RenewalClient client() {
    return client(builder -> builder);
  }

  /**
   * As {@link #client()}, built from the {@link #builder()} this changes, e.g.
   * {@code wm.client(b -> b.retryPolicy(RetryPolicy.none()))}; closed after the test.
   */
  public RenewalClient client(UnaryOperator<RenewalClient.Builder> change) {
    stubTime();
    RenewalClient client = change.apply(builder()).build();
    synchronized (clients) {
      clients.add(client);
    }
    return client;
  }

  /** A builder against this server with valid keys and the fixed local clock; stubs nothing. */
  public RenewalClient.Builder builder() {
    return builder(getPort());
  }

  /** A builder against a local port with valid keys and the fixed local clock; stubs nothing. */
  public static RenewalClient.Builder builder(int port) {
    return RenewalClient.builder()
        .endpoint("http://localhost:" + port + "/1.0")
        .applicationKey(APPLICATION_KEY)
        .applicationSecret(APPLICATION_SECRET)
        .consumerKey(CONSUMER_KEY)
        .clock(Clock.fixed(Instant.ofEpochSecond(LOCAL_EPOCH_SECONDS), ZoneOffset.UTC))
        // Retries happen (the default policy) but never wait.
        .sleeper(delay -> { });
  }

  // --- Standard stubs and answers. ---

  /** {@code GET /auth/time} answers {@link #SERVER_EPOCH_SECONDS}. */
  public void stubTime() {
    stubTime(SERVER_EPOCH_SECONDS);
  }

  /** {@code GET /auth/time} answers this Unix time. */
  public void stubTime(long serverEpochSeconds) {
    stubFor(get(urlEqualTo(TIME_URL)).willReturn(okJson(Long.toString(serverEpochSeconds))));
  }

  /** The guide's offers for service 12345 (P1Y: alone at 1.99, or with hosting 67890) at this URL. */
  public void stubGuideOffers(String url) {
    stubFor(get(urlEqualTo(url)).willReturn(okJson(fixture("renew-descriptions-guide.json"))));
  }

  /** Service 12345 renewed alone for P1Y at 1.99, from the guide's offers, as {@code client} chooses it. */
  public RenewalChoice guideChoice(RenewalClient client) {
    stubGuideOffers(OPTIONS_URL);
    return client.renewals().forService(SERVICE_ID).choose(RenewPeriod.P1Y);
  }

  /**
   * Answers a request with each answer in turn; the last one is kept for any further request.
   * Each call is a scenario of its own, so several requests can have their sequences.
   */
  public void sequence(Supplier<MappingBuilder> request, ResponseDefinitionBuilder... answers) {
    String scenario = "sequence-" + sequences.incrementAndGet();
    for (int i = 0; i < answers.length; i++) {
      ScenarioMappingBuilder step = request.get()
          .inScenario(scenario)
          .whenScenarioStateIs(i == 0 ? Scenario.STARTED : scenario + "-" + i)
          .willReturn(answers[i]);
      if (i < answers.length - 1) {
        step = step.willSetStateTo(scenario + "-" + (i + 1));
      }
      stubFor(step);
    }
  }

  /** A 200 JSON answer carrying {@link #QUERY_ID}. */
  public static ResponseDefinitionBuilder okJson(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", JSON).withHeader("X-Ovh-QueryId", QUERY_ID).withBody(body);
  }

  /** OVH's refusal of a timestamp that is off: 400 {@code QUERY_TIME_OUT}. */
  public static ResponseDefinitionBuilder queryTimeOut() {
    return aResponse().withStatus(400).withHeader("Content-Type", JSON).withHeader("X-Ovh-QueryId", "EU.ext-1.time")
        .withBody("{\"errorCode\":\"QUERY_TIME_OUT\",\"httpCode\":\"400 Bad Request\",\"message\":\"Query out of time\"}");
  }

  /** A JSON fixture of {@code src/test/resources/fixtures}, as exact text. */
  public static String fixture(String name) {
    try (InputStream in = WireMockOvh.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- What the server received, in its own order. ---

  /** Every request received, oldest first. */
  public List<LoggedRequest> received() {
    // WireMock lists the newest first.
    List<ServeEvent> events = new ArrayList<>(getAllServeEvents());
    Collections.reverse(events);
    List<LoggedRequest> requests = new ArrayList<>();
    for (ServeEvent event : events) {
      requests.add(event.getRequest());
    }
    return requests;
  }

  /** The only request received, whatever it is. */
  public LoggedRequest onlyRequest() {
    List<LoggedRequest> all = received();
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  /** The requests received for this exact URL (path and query), whatever their method, oldest first. */
  public List<LoggedRequest> requests(String url) {
    return received().stream().filter(r -> r.getUrl().equals(url)).toList();
  }

  /** The requests received with this method for this exact URL (path and query), oldest first. */
  public List<LoggedRequest> requests(String method, String url) {
    return requests(url).stream().filter(r -> r.getMethod().value().equals(method)).toList();
  }

  /** How many requests were received with this method for this exact URL. */
  public int count(String method, String url) {
    return requests(method, url).size();
  }

  /** Every request received except {@code /auth/time}, oldest first. */
  public List<LoggedRequest> signedRequests() {
    return received().stream().filter(r -> !r.getUrl().equals(TIME_URL)).toList();
  }

  /** The only request received except {@code /auth/time}. */
  public LoggedRequest onlySignedRequest() {
    List<LoggedRequest> signed = signedRequests();
    assertThat(signed).hasSize(1);
    return signed.get(0);
  }

  /**
   * How many requests with this method and URL reached the server, counted as they arrive, before
   * any delay of their stub. A request the client sent may still be on its way into a busy server
   * when the call returns, so this first waits (up to 20 s) until at least {@code atLeast} have
   * arrived.
   */
  public int arrivals(String method, String url, int atLeast) {
    return arrivals.await(method + " " + url, atLeast, Duration.ofSeconds(20));
  }

  // --- Checks of the OVH headers. ---

  /** Checks the four OVH headers: keys, server-corrected timestamp, signature format. */
  public static void assertSigned(LoggedRequest request) {
    assertThat(request.getHeader("X-Ovh-Application")).isEqualTo(APPLICATION_KEY);
    assertThat(request.getHeader("X-Ovh-Consumer")).isEqualTo(CONSUMER_KEY);
    assertThat(request.getHeader("X-Ovh-Timestamp")).isEqualTo(Long.toString(SERVER_EPOCH_SECONDS));
    assertThat(request.getHeader("X-Ovh-Signature")).matches("\\$1\\$[0-9a-f]{40}");
  }

  /** Checks a request without body: signed, and no Content-Type. */
  public static void assertSignedWithoutBody(LoggedRequest request) {
    assertSigned(request);
    assertThat(request.containsHeader("Content-Type")).as("Content-Type of a request without body").isFalse();
    assertThat(request.getBodyAsString()).isEmpty();
  }

  /** Counts requests as they reach the server, before any stub's delay. */
  private static final class ArrivalCounter implements ServeEventListener {
    private final Map<String, Integer> counts = new HashMap<>();

    @Override
    public void beforeMatch(ServeEvent event, Parameters parameters) {
      String key = event.getRequest().getMethod().value() + " " + event.getRequest().getUrl();
      synchronized (counts) {
        counts.merge(key, 1, Integer::sum);
        counts.notifyAll();
      }
    }

    void clear() {
      synchronized (counts) {
        counts.clear();
      }
    }

    int await(String key, int atLeast, Duration bound) {
      long deadline = System.nanoTime() + bound.toNanos();
      synchronized (counts) {
        while (counts.getOrDefault(key, 0) < atLeast) {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            break;
          }
          try {
            counts.wait(Math.max(1, left / 1_000_000));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            break;
          }
        }
        return counts.getOrDefault(key, 0);
      }
    }

    @Override
    public String getName() {
      return "arrival-counter";
    }
  }
}
