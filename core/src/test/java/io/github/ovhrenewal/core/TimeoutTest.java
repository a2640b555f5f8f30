package io.github.ovhrenewal.core;

import io.github.ovhrenewal.core.config.RetryPolicy;
import io.github.ovhrenewal.core.exception.OrderOutcomeUnknownException;
import io.github.ovhrenewal.core.exception.OvhTransportException;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.ovhrenewal.core.WireMockOvh.fixture;
import static io.github.ovhrenewal.core.WireMockOvh.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import io.github.ovhrenewal.api.model.PaymentMean;
import io.github.ovhrenewal.api.model.RenewPeriod;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A hung server fails the call within its bound, naming the timeout that fired. */
class TimeoutTest {
  /**
   * Counts requests as they arrive. WireMock's journal records a delayed request only once its
   * answer is sent, seconds after the client gave up, so it cannot say how many were sent.
   */
  static final class ArrivalCounter implements ServeEventListener {
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    @Override
    public void beforeMatch(ServeEvent event, Parameters parameters) {
      counts.computeIfAbsent(event.getRequest().getMethod().value() + " " + event.getRequest().getUrl(), k -> new AtomicInteger())
          .incrementAndGet();
    }

    int count(String methodAndUrl) {
      AtomicInteger count = counts.get(methodAndUrl);
      return count == null ? 0 : count.get();
    }

    @Override
    public String getName() {
      return "arrival-counter";
    }
  }

  private static final ArrivalCounter ARRIVALS = new ArrivalCounter();

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      // Enough threads that the answers still held back by earlier tests (up to 10 s each) never
      // leave a new request waiting in the queue, uncounted, while its client times out.
      .options(wireMockConfig().dynamicPort().containerThreads(200).extensions(ARRIVALS)).build();

  // Far above every bound below: "did not hang", never a measure of speed.
  private static final Duration DID_NOT_HANG = Duration.ofSeconds(20);
  private static final String SERVICE_URL = "/1.0/service/12345";
  private static final String OPTIONS_URL = "/1.0/service/12345/renew?includeOptions=false";
  private static final String RENEW_URL = "/1.0/service/12345/renew";
  private static final String PAY_URL = "/1.0/me/order/123/payWithRegisteredPaymentMean";

  private static RenewalClient.Builder builder() {
    WireMockOvh.stubTime(wm);
    return WireMockOvh.builder(wm.getPort());
  }

  private static int gets(String url) {
    return ARRIVALS.count("GET " + url);
  }

  @BeforeEach
  void forgetArrivals() {
    ARRIVALS.counts.clear();
  }

  @Test
  void builder_defaultTimeouts_areDocumentedValues() {
    assertThat(RenewalClient.DEFAULT_CONNECT_TIMEOUT).isEqualTo(Duration.ofSeconds(10));
    assertThat(RenewalClient.DEFAULT_READ_TIMEOUT).isEqualTo(Duration.ofSeconds(30));
    assertThat(RenewalClient.DEFAULT_CALL_TIMEOUT).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void builder_nonPositiveTimeouts_rejectedWithMessageNamingThem() {
    assertThatThrownBy(() -> RenewalClient.builder().readTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("readTimeout must be positive, got PT0S");
    assertThatThrownBy(() -> RenewalClient.builder().connectTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("connectTimeout must be positive, got PT-1S");
    assertThatThrownBy(() -> RenewalClient.builder().callTimeout(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("callTimeout");
  }

  @Test
  void get_serverDelays5sWithReadTimeout300ms_throwsTransportExceptionNamingReadTimeout() {
    wm.stubFor(get(urlEqualTo(SERVICE_URL)).willReturn(okJson(fixture("service-12345.json")).withFixedDelay(5000)));

    try (RenewalClient client = builder().readTimeout(Duration.ofMillis(300)).retryPolicy(RetryPolicy.none()).build()) {
      OvhTransportException e = assertTimeoutPreemptively(DID_NOT_HANG,
          () -> catchThrowableOfType(OvhTransportException.class, () -> client.services().get(12345)));

      assertThat(e).isNotNull();
      assertThat(e.getMessage()).contains("GET /1.0/service/12345").contains("read timeout of 300ms");
      assertThat(e.attempts()).isEqualTo(1);
    }
    assertThat(gets(SERVICE_URL)).isEqualTo(1);
  }

  @Test
  void get_serverDelaysEveryAttemptWithRetries_throwsAfterThreeReadTimeouts() {
    wm.stubFor(get(urlEqualTo(SERVICE_URL)).willReturn(okJson(fixture("service-12345.json")).withFixedDelay(5000)));

    try (RenewalClient client = builder().readTimeout(Duration.ofMillis(300)).build()) {
      OvhTransportException e = assertTimeoutPreemptively(DID_NOT_HANG,
          () -> catchThrowableOfType(OvhTransportException.class, () -> client.services().get(12345)));

      assertThat(e).isNotNull();
      assertThat(e.getMessage()).contains("after 3 attempts").contains("read timeout of 300ms");
      assertThat(e.attempts()).isEqualTo(3);
    }
    assertThat(gets(SERVICE_URL)).isEqualTo(3);
  }

  @Test
  void get_hungServerWithCallTimeout1sAndRetries_failsNamingTimeoutWithinBound() {
    wm.stubFor(get(urlEqualTo(SERVICE_URL)).willReturn(okJson(fixture("service-12345.json")).withFixedDelay(10_000)));

    try (RenewalClient client = builder().callTimeout(Duration.ofSeconds(1)).build()) {
      OvhTransportException e = assertTimeoutPreemptively(DID_NOT_HANG,
          () -> catchThrowableOfType(OvhTransportException.class, () -> client.services().get(12345)));

      assertThat(e).isNotNull();
      assertThat(e.getMessage()).contains("GET /1.0/service/12345").containsAnyOf("call timeout of 1s", "read timeout");
      // The call timeout is the whole call's bound: once it fired, nothing more is tried.
      assertThat(e.getMessage()).contains("call timeout of 1s fired");
    }
  }

  @Test
  void order_readTimeout_throwsOutcomeUnknownAfterExactlyOnePost() {
    wm.stubFor(get(urlEqualTo(OPTIONS_URL)).willReturn(okJson(fixture("renew-descriptions-guide.json"))));
    wm.stubFor(post(urlEqualTo(RENEW_URL)).willReturn(okJson(fixture("renew-order-guide.json")).withFixedDelay(5000)));

    try (RenewalClient client = builder().readTimeout(Duration.ofMillis(300)).build()) {
      RenewalChoice choice = client.renewals().forService(12345).choose(RenewPeriod.P1Y);

      OrderOutcomeUnknownException e = assertTimeoutPreemptively(DID_NOT_HANG,
          () -> catchThrowableOfType(OrderOutcomeUnknownException.class, choice::order));

      assertThat(e).isNotNull();
      assertThat(e.serviceId()).isEqualTo(12345L);
      assertThat(e.period()).isEqualTo(RenewPeriod.P1Y);
      assertThat(e.getMessage()).contains("read timeout of 300ms");
      assertThat(e.getCause()).isInstanceOf(OvhTransportException.class);
    }
    assertThat(ARRIVALS.count("POST " + RENEW_URL)).isEqualTo(1);
  }

  @Test
  void order_callTimeout_throwsOutcomeUnknownAfterExactlyOnePost() {
    wm.stubFor(get(urlEqualTo(OPTIONS_URL)).willReturn(okJson(fixture("renew-descriptions-guide.json"))));
    wm.stubFor(post(urlEqualTo(RENEW_URL)).willReturn(okJson(fixture("renew-order-guide.json")).withFixedDelay(10_000)));

    try (RenewalClient client = builder().callTimeout(Duration.ofSeconds(1)).build()) {
      RenewalChoice choice = client.renewals().forService(12345).choose(RenewPeriod.P1Y);

      OrderOutcomeUnknownException e = assertTimeoutPreemptively(DID_NOT_HANG,
          () -> catchThrowableOfType(OrderOutcomeUnknownException.class, choice::order));

      assertThat(e).isNotNull();
      assertThat(e.getMessage()).contains("call timeout of 1s");
    }
    assertThat(ARRIVALS.count("POST " + RENEW_URL)).isEqualTo(1);
  }

  @Test
  void pay_readTimeout_throwsOutcomeUnknownWithOrderIdAfterExactlyOnePost() {
    wm.stubFor(post(urlEqualTo(PAY_URL)).willReturn(okJson("null").withFixedDelay(5000)));

    try (RenewalClient client = builder().readTimeout(Duration.ofMillis(300)).build()) {
      OrderOutcomeUnknownException e = assertTimeoutPreemptively(DID_NOT_HANG,
          () -> catchThrowableOfType(OrderOutcomeUnknownException.class,
              () -> client.orders().payWithRegisteredPaymentMean(123, PaymentMean.PAYPAL, 1234L)));

      assertThat(e).isNotNull();
      assertThat(e.orderId()).isEqualTo(123L);
      assertThat(e.getMessage()).contains("read timeout of 300ms");
    }
    assertThat(ARRIVALS.count("POST " + PAY_URL)).isEqualTo(1);
  }

  @Test
  void order_connectionRefused_throwsTransportExceptionNotOutcomeUnknown() {
    WireMockServer doomed = new WireMockServer(wireMockConfig().dynamicPort());
    doomed.start();
    // No pooled connection: the POST must open a new one, refused before any byte is sent.
    OkHttpClient noPool = new OkHttpClient.Builder().connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS)).build();
    try (RenewalClient client = WireMockOvh.builder(doomed.port()).okHttpClient(noPool).build()) {
      doomed.stubFor(get(urlEqualTo("/1.0/auth/time")).willReturn(okJson(Long.toString(WireMockOvh.SERVER_EPOCH_SECONDS))));
      doomed.stubFor(get(urlEqualTo(OPTIONS_URL)).willReturn(okJson(fixture("renew-descriptions-guide.json"))));
      RenewalChoice choice = client.renewals().forService(12345).choose(RenewPeriod.P1Y);
      doomed.stop();

      Throwable thrown = assertTimeoutPreemptively(DID_NOT_HANG, () -> org.assertj.core.api.Assertions.catchThrowable(choice::order));

      assertThat(thrown)
          .isExactlyInstanceOf(OvhTransportException.class)
          .hasMessageContaining("POST /1.0/service/12345/renew")
          .hasMessageContaining("ConnectException");
    } finally {
      doomed.stop();
      noPool.dispatcher().executorService().shutdown();
    }
  }
}
