package io.github.ovhrenewal.core;

import io.github.ovhrenewal.core.config.RetryPolicy;
import io.github.ovhrenewal.core.exception.OrderOutcomeUnknownException;
import io.github.ovhrenewal.core.exception.OvhApiException;
import io.github.ovhrenewal.core.exception.OvhRateLimitedException;
import io.github.ovhrenewal.core.exception.OvhServerException;
import io.github.ovhrenewal.core.exception.OvhTransportException;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.ovhrenewal.core.WireMockOvh.PAY_URL;
import static io.github.ovhrenewal.core.WireMockOvh.RENEW_URL;
import static io.github.ovhrenewal.core.WireMockOvh.SERVICE_URL;
import static io.github.ovhrenewal.core.WireMockOvh.TIME_URL;
import static io.github.ovhrenewal.core.WireMockOvh.fixture;
import static io.github.ovhrenewal.core.WireMockOvh.okJson;
import static io.github.ovhrenewal.core.WireMockOvh.queryTimeOut;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.ovhrenewal.api.model.PaymentMean;
import io.github.ovhrenewal.api.model.RenewOrder;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.api.model.ServiceDetails;
import io.github.ovhrenewal.core.Fakes.MutableClock;
import io.github.ovhrenewal.core.Fakes.RecordingSleeper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What is retried (safe calls on transient failures) and what never is (orders, payments). */
class RetryTest {
  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension();

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private RenewalClient client;

  private RenewalClient client(RetryPolicy policy) {
    client = wm.client(b -> b.sleeper(sleeper).retryPolicy(policy));
    return client;
  }

  private RenewalClient client() {
    return client(RetryPolicy.defaults());
  }

  private static ResponseDefinitionBuilder status(int status) {
    return aResponse().withStatus(status).withHeader("Content-Type", WireMockOvh.JSON)
        .withHeader("X-Ovh-QueryId", "EU.ext-9." + status)
        .withBody("{\"class\":\"Server::Status" + status + "\",\"message\":\"status " + status + "\"}");
  }

  private static ResponseDefinitionBuilder serviceOk() {
    return okJson(fixture("service-12345.json"));
  }

  // --- Safe calls are retried. ---

  @Test
  void get_twice503Then200_succeedsAfterThreeRequestsWithGrowingJitteredBackoff() {
    wm.sequence(() -> get(urlEqualTo(SERVICE_URL)), status(503), status(503), serviceOk());

    ServiceDetails service = client().services().get(12345);

    assertThat(service.resource().name()).isEqualTo("vps112233.ovh.net");
    assertThat(wm.count("GET", SERVICE_URL)).isEqualTo(3);
    List<Duration> delays = sleeper.delays();
    assertThat(delays).hasSize(2);
    // Default initial backoff 500 ms, equal jitter: [initial/2, initial] then [initial, 2*initial].
    assertThat(delays.get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
    assertThat(delays.get(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
    assertThat(delays.get(1)).isGreaterThanOrEqualTo(delays.get(0));
  }

  @Test
  void get_connectionResetThen200_retriedAfterThePolicysFirstBackoff() {
    wm.sequence(() -> get(urlEqualTo(SERVICE_URL)), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), serviceOk());
    RetryPolicy policy = RetryPolicy.builder().initialBackoff(Duration.ofMillis(800)).maxBackoff(Duration.ofSeconds(5)).build();

    assertThat(client(policy).services().get(12345).resource().name()).isEqualTo("vps112233.ovh.net");

    assertThat(wm.count("GET", SERVICE_URL)).isEqualTo(2);
    // Equal jitter for the first retry: at least half the initial backoff, less than all of it.
    assertThat(sleeper.delays()).singleElement()
        .satisfies(delay -> assertThat(delay).isBetween(Duration.ofMillis(400), Duration.ofMillis(799)));
  }

  @Test
  void get_429WithoutRetryAfterThen200_retriedAfterThePolicysFirstBackoff() {
    wm.sequence(() -> get(urlEqualTo(SERVICE_URL)), status(429), serviceOk());
    RetryPolicy policy = RetryPolicy.builder().initialBackoff(Duration.ofSeconds(2)).maxBackoff(Duration.ofSeconds(5)).build();

    client(policy).services().get(12345);

    assertThat(wm.count("GET", SERVICE_URL)).isEqualTo(2);
    // Neither at once nor a Retry-After: the backoff of the first retry, within its jitter.
    assertThat(sleeper.delays()).singleElement()
        .satisfies(delay -> assertThat(delay).isBetween(Duration.ofSeconds(1), Duration.ofMillis(1999)));
  }

  @Test
  void get_503UntilTheLastAttempt_everyBackoffJitteredWithinItsBounds() {
    wm.sequence(() -> get(urlEqualTo(SERVICE_URL)), status(503), status(503), status(503), status(503), status(503),
        status(503), status(503), status(503), status(503), serviceOk());
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(10).initialBackoff(Duration.ofSeconds(1))
        .maxBackoff(Duration.ofSeconds(1)).build();

    client(policy).services().get(12345);

    List<Duration> delays = sleeper.delays();
    assertThat(delays).hasSize(9)
        .allSatisfy(delay -> assertThat(delay).isBetween(Duration.ofMillis(500), Duration.ofMillis(999)));
    // Drawn at random: nine draws all at the floor (each a chance in 500) would be no jitter at all.
    assertThat(delays).as("jittered, not the fixed half").anySatisfy(delay -> assertThat(delay).isGreaterThan(Duration.ofMillis(500)));
  }

  @Test
  void get_queryTimeOutThen503Then200WithTwoAttempts_succeedsBecauseTheResyncIsNoAttempt() {
    wm.sequence(() -> get(urlEqualTo(SERVICE_URL)), queryTimeOut(), status(503), serviceOk());

    ServiceDetails service = client(RetryPolicy.builder().maxAttempts(2).build()).services().get(12345);

    assertThat(service.resource().name()).isEqualTo("vps112233.ovh.net");
    assertThat(wm.count("GET", SERVICE_URL)).isEqualTo(3);
    assertThat(wm.count("GET", TIME_URL)).as("the first read and the resync").isEqualTo(2);
    assertThat(sleeper.delays()).as("one backoff, after the 503; the resync waits none").hasSize(1);
  }

  @Test
  void get_503EveryTime_throwsServerExceptionAfterThreeAttempts() {
    wm.stubFor(get(urlEqualTo(SERVICE_URL)).willReturn(status(503)));

    OvhServerException e = catchThrowableOfType(OvhServerException.class, () -> client().services().get(12345));

    assertThat(e).isNotNull();
    assertThat(e.attempts()).isEqualTo(3);
    assertThat(e.httpStatus()).isEqualTo(503);
    assertThat(e.getMessage()).contains("after 3 attempts").contains("HTTP 503");
    assertThat(wm.count("GET", SERVICE_URL)).isEqualTo(3);
    assertThat(sleeper.delays()).hasSize(2);
  }

  @Test
  void get_429WithRetryAfterThen200_sleepsExactlyRetryAfter() {
    wm.sequence(() -> get(urlEqualTo(SERVICE_URL)), status(429).withHeader("Retry-After", "7"), serviceOk());

    client().services().get(12345);

    assertThat(sleeper.delays()).containsExactly(Duration.ofSeconds(7));
    assertThat(wm.count("GET", SERVICE_URL)).isEqualTo(2);
  }

  @Test
  void get_429WithRetryAfterAboveCap_throwsRateLimitedWithoutRetry() {
    wm.stubFor(get(urlEqualTo(SERVICE_URL)).willReturn(status(429).withHeader("Retry-After", "120")));
    RetryPolicy policy = RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(30)).build();

    OvhRateLimitedException e = catchThrowableOfType(OvhRateLimitedException.class, () -> client(policy).services().get(12345));

    assertThat(e).isNotNull();
    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(120));
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(wm.count("GET", SERVICE_URL)).isEqualTo(1);
    assertThat(sleeper.delays()).isEmpty();
  }

  @Test
  void get_htmlBadGatewayThen200_succeeds() {
    wm.sequence(() -> get(urlEqualTo(SERVICE_URL)),
        aResponse().withStatus(502).withHeader("Content-Type", "text/html").withBody("<html><body><h1>502 Bad Gateway</h1></body></html>"),
        serviceOk());

    assertThat(client().services().get(12345).resource().name()).isEqualTo("vps112233.ovh.net");
    assertThat(wm.count("GET", SERVICE_URL)).isEqualTo(2);
  }

  @Test
  void get_htmlPageWithStatus200Then200_succeeds() {
    // A proxy's maintenance page answered 200: not an answer of the API, worth another try.
    wm.sequence(() -> get(urlEqualTo(SERVICE_URL)),
        aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html><body>Maintenance</body></html>"),
        serviceOk());

    assertThat(client().services().get(12345).resource().name()).isEqualTo("vps112233.ovh.net");
    assertThat(wm.count("GET", SERVICE_URL)).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE"})
  void get_connectionFaultThen200_succeeds(Fault fault) {
    wm.sequence(() -> get(urlEqualTo(SERVICE_URL)), aResponse().withFault(fault), serviceOk());

    assertThat(client().services().get(12345).resource().name()).isEqualTo("vps112233.ovh.net");
    assertThat(wm.count("GET", SERVICE_URL)).isEqualTo(2);
  }

  @Test
  void get_connectionResetEveryTime_throwsTransportExceptionAfterThreeAttempts() {
    wm.stubFor(get(urlEqualTo(SERVICE_URL)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    OvhTransportException e = catchThrowableOfType(OvhTransportException.class, () -> client().services().get(12345));

    assertThat(e).isNotNull();
    assertThat(e.attempts()).isEqualTo(3);
    assertThat(e.getMessage()).contains("GET /1.0/service/12345").contains("after 3 attempts");
    assertThat(wm.count("GET", SERVICE_URL)).isEqualTo(3);
  }

  @Test
  void get_retryPolicyNone_sendsExactlyOneRequest() {
    wm.sequence(() -> get(urlEqualTo(SERVICE_URL)), status(503), serviceOk());

    OvhServerException e = catchThrowableOfType(OvhServerException.class, () -> client(RetryPolicy.none()).services().get(12345));

    assertThat(e).isNotNull();
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.getMessage()).doesNotContain("attempts");
    assertThat(wm.count("GET", SERVICE_URL)).isEqualTo(1);
    assertThat(sleeper.delays()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 403, 404, 409})
  void get_clientError_isNotRetried(int status) {
    wm.stubFor(get(urlEqualTo(SERVICE_URL)).willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", WireMockOvh.JSON).withBody("{\"class\":\"Client::Error\",\"message\":\"no\"}")));

    OvhApiException e = catchThrowableOfType(OvhApiException.class, () -> client().services().get(12345));

    assertThat(e).isNotNull();
    assertThat(e.httpStatus()).isEqualTo(status);
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(wm.count("GET", SERVICE_URL)).isEqualTo(1);
    assertThat(sleeper.delays()).isEmpty();
  }

  @Test
  void quote_503Then200_isRetriedWithTwoDryRunPosts() {
    client();
    RenewalChoice choice = wm.guideChoice(client);
    wm.sequence(() -> post(urlEqualTo(RENEW_URL)), status(503), okJson(fixture("renew-order-guide.json")));

    RenewOrder quote = choice.quote();

    assertThat(quote.priceWithTax().value()).isEqualByComparingTo("45.44");
    List<LoggedRequest> posts = wm.requests("POST", RENEW_URL);
    assertThat(posts).hasSize(2);
    assertThat(posts).allSatisfy(p -> assertThat(p.getBodyAsString()).contains("\"dryRun\":true").doesNotContain("\"dryRun\":false"));
    assertThat(sleeper.delays()).hasSize(1);
  }

  // --- Orders and payments are sent at most once. ---

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 504})
  void order_serverError_throwsOutcomeUnknownAfterExactlyOnePost(int status) {
    client();
    RenewalChoice choice = wm.guideChoice(client);
    wm.sequence(() -> post(urlEqualTo(RENEW_URL)), status(status), okJson(fixture("renew-order-guide.json")));

    OrderOutcomeUnknownException e = catchThrowableOfType(OrderOutcomeUnknownException.class, choice::order);

    assertOutcomeUnknownOrder(e);
    assertThat(e.getCause()).isInstanceOf(OvhServerException.class);
    assertThat(wm.requests("POST", RENEW_URL)).hasSize(1);
    assertThat(wm.requests("POST", RENEW_URL).get(0).getBodyAsString()).contains("\"dryRun\":false");
    assertThat(sleeper.delays()).isEmpty();
  }

  @Test
  void order_rateLimited_throwsRateLimitedAfterExactlyOnePost() {
    client();
    RenewalChoice choice = wm.guideChoice(client);
    wm.sequence(() -> post(urlEqualTo(RENEW_URL)), status(429).withHeader("Retry-After", "1"), okJson(fixture("renew-order-guide.json")));

    OvhRateLimitedException e = catchThrowableOfType(OvhRateLimitedException.class, choice::order);

    assertThat(e).isNotNull();
    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1));
    assertThat(wm.requests("POST", RENEW_URL)).hasSize(1);
    assertThat(sleeper.delays()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE"})
  void order_connectionFault_throwsOutcomeUnknownAfterExactlyOnePost(Fault fault) {
    client();
    RenewalChoice choice = wm.guideChoice(client);
    wm.sequence(() -> post(urlEqualTo(RENEW_URL)), aResponse().withFault(fault), okJson(fixture("renew-order-guide.json")));

    OrderOutcomeUnknownException e = catchThrowableOfType(OrderOutcomeUnknownException.class, choice::order);

    assertOutcomeUnknownOrder(e);
    assertThat(wm.requests("POST", RENEW_URL)).hasSize(1);
    assertThat(sleeper.delays()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "RANDOM_DATA_THEN_CLOSE"})
  void pay_connectionFault_throwsOutcomeUnknownWithOrderIdAfterExactlyOnePost(Fault fault) {
    client();
    wm.sequence(() -> post(urlEqualTo(PAY_URL)), aResponse().withFault(fault), aResponse().withStatus(200));

    OrderOutcomeUnknownException e = catchThrowableOfType(OrderOutcomeUnknownException.class,
        () -> client.orders().payWithRegisteredPaymentMean(123, PaymentMean.PAYPAL, 1234L));

    assertThat(e).isNotNull();
    assertThat(e.orderId()).isEqualTo(123L);
    assertThat(e.serviceId()).isNull();
    assertThat(e.attemptedAt()).isEqualTo(WireMockOvh.ATTEMPTED_AT);
    assertThat(e.getMessage()).contains("payment of order 123").contains("client.orders().status(123)");
    assertThat(wm.requests("POST", PAY_URL)).hasSize(1);
    assertThat(sleeper.delays()).isEmpty();
  }

  @Test
  void pay_serviceUnavailable_throwsOutcomeUnknownAfterExactlyOnePost() {
    client();
    wm.sequence(() -> post(urlEqualTo(PAY_URL)), status(503), aResponse().withStatus(200));

    OrderOutcomeUnknownException e = catchThrowableOfType(OrderOutcomeUnknownException.class,
        () -> client.orders().payWithRegisteredPaymentMean(123, PaymentMean.OVH_ACCOUNT));

    assertThat(e).isNotNull();
    assertThat(e.orderId()).isEqualTo(123L);
    assertThat(wm.requests("POST", PAY_URL)).hasSize(1);
  }

  private static void assertOutcomeUnknownOrder(OrderOutcomeUnknownException e) {
    assertThat(e).isNotNull();
    assertThat(e.serviceId()).isEqualTo(12345L);
    assertThat(e.period()).isEqualTo(RenewPeriod.P1Y);
    assertThat(e.amount()).isEqualByComparingTo(new BigDecimal("1.99"));
    assertThat(e.orderId()).isNull();
    assertThat(e.attemptedAt()).isEqualTo(WireMockOvh.ATTEMPTED_AT);
    assertThat(e.getMessage()).contains("service 12345").contains("P1Y").contains("createdSince(");
  }

  // --- Bounds. ---

  @Test
  void get_maxElapsedBelowFirstBackoff_isNotRetried() {
    wm.sequence(() -> get(urlEqualTo(SERVICE_URL)), status(503), serviceOk());
    // The first backoff is at least 1.5 s (half of 3 s): more than the 1 s allowed.
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(10).initialBackoff(Duration.ofSeconds(3))
        .maxBackoff(Duration.ofSeconds(3)).maxElapsed(Duration.ofSeconds(1)).build();

    OvhServerException e = catchThrowableOfType(OvhServerException.class, () -> client(policy).services().get(12345));

    assertThat(e).isNotNull();
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(wm.count("GET", SERVICE_URL)).isEqualTo(1);
    assertThat(sleeper.delays()).isEmpty();
  }

  @Test
  void get_503EveryTimeWithAdvancingClock_stopsRetryingAtMaxElapsed() {
    MutableClock clock = new MutableClock(Instant.ofEpochSecond(WireMockOvh.LOCAL_EPOCH_SECONDS));
    RecordingSleeper advancing = new RecordingSleeper(clock);
    wm.stubFor(get(urlEqualTo(SERVICE_URL)).willReturn(status(503)));
    // Each backoff is within [0.5 s, 1 s]; 3 s allow at least 3 and at most 6 of them: far below 10 attempts.
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(10).initialBackoff(Duration.ofSeconds(1))
        .maxBackoff(Duration.ofSeconds(1)).maxElapsed(Duration.ofSeconds(3)).build();
    client = wm.client(b -> b.clock(clock).sleeper(advancing).retryPolicy(policy));

    OvhServerException e = catchThrowableOfType(OvhServerException.class, () -> client.services().get(12345));

    assertThat(e).isNotNull();
    int requests = wm.count("GET", SERVICE_URL);
    assertThat(advancing.total()).isLessThanOrEqualTo(Duration.ofSeconds(3));
    assertThat(advancing.delays()).hasSizeBetween(3, 6);
    assertThat(requests).isEqualTo(advancing.delays().size() + 1).isLessThan(10);
    assertThat(e.attempts()).isEqualTo(requests);
  }

  @Test
  void get_maxAttemptsFive_sendsFiveRequests() {
    wm.stubFor(get(urlEqualTo(SERVICE_URL)).willReturn(status(500)));

    OvhServerException e = catchThrowableOfType(OvhServerException.class,
        () -> client(RetryPolicy.builder().maxAttempts(5).build()).services().get(12345));

    assertThat(e.attempts()).isEqualTo(5);
    assertThat(e.getMessage()).contains("after 5 attempts");
    assertThat(wm.count("GET", SERVICE_URL)).isEqualTo(5);
    assertThat(sleeper.delays()).hasSize(4);
  }

  // --- The policy itself. ---

  @Test
  void retryPolicyBuilder_invalidValues_rejectedWithMessageNamingValue() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxAttempts must be from 1 to 10, got 0");
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(11))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxAttempts must be from 1 to 10, got 11");
    assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("initialBackoff must be positive, got PT0S");
    assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("initialBackoff must be positive, got null");
    assertThatThrownBy(() -> RetryPolicy.builder().maxBackoff(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxBackoff must be positive, got PT-1S");
    assertThatThrownBy(() -> RetryPolicy.builder().maxRetryAfter(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxRetryAfter must be zero or positive, got PT-0.001S");
    assertThatThrownBy(() -> RetryPolicy.builder().maxRetryAfter(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxRetryAfter must be zero or positive, got null");
    assertThatThrownBy(() -> RetryPolicy.builder().maxElapsed(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxElapsed must be positive, got PT0S");
    assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofSeconds(10)).maxBackoff(Duration.ofSeconds(5)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("initialBackoff PT10S must not exceed maxBackoff PT5S");
    assertThatThrownBy(() -> RenewalClient.builder().retryPolicy(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retryPolicy");
    assertThatThrownBy(() -> RenewalClient.builder().sleeper(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sleeper");
  }

  @Test
  void retryPolicy_defaultsAndNone_haveDocumentedValues() {
    RetryPolicy defaults = RetryPolicy.defaults();
    assertThat(defaults.maxAttempts()).isEqualTo(3);
    assertThat(defaults.initialBackoff()).isEqualTo(Duration.ofMillis(500));
    assertThat(defaults.maxBackoff()).isEqualTo(Duration.ofSeconds(5));
    assertThat(defaults.maxRetryAfter()).isEqualTo(Duration.ofSeconds(30));
    assertThat(defaults.maxElapsed()).isEqualTo(Duration.ofSeconds(45));
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
  }

  @Test
  void backoff_defaultPolicy_doublesWithEqualJitterUpToCap() {
    RetryPolicy policy = RetryPolicy.defaults();
    assertThat(policy.backoff(1, 0.0)).isEqualTo(Duration.ofMillis(250));
    assertThat(policy.backoff(1, 0.5)).isEqualTo(Duration.ofMillis(375));
    assertThat(policy.backoff(1, 0.999_999)).isEqualTo(Duration.ofMillis(499));
    assertThat(policy.backoff(2, 0.0)).isEqualTo(Duration.ofMillis(500));
    assertThat(policy.backoff(3, 0.0)).isEqualTo(Duration.ofMillis(1000));
    assertThat(policy.backoff(4, 0.5)).isEqualTo(Duration.ofMillis(3000));
    // 500 ms * 2^4 = 8 s, capped at 5 s.
    assertThat(policy.backoff(5, 0.0)).isEqualTo(Duration.ofMillis(2500));
    assertThat(policy.backoff(5, 0.999_999)).isEqualTo(Duration.ofMillis(4999));
    assertThat(policy.backoff(31, 0.0)).isEqualTo(Duration.ofMillis(2500));
    assertThat(policy.backoff(Integer.MAX_VALUE, 0.5)).isEqualTo(Duration.ofMillis(3750));
  }

  @Test
  void backoff_anyRetryAndRandom_staysWithinHalfCapAndCap() {
    RetryPolicy policy = RetryPolicy.builder().initialBackoff(Duration.ofMillis(300)).maxBackoff(Duration.ofSeconds(7)).build();
    Duration previousFloor = Duration.ZERO;
    for (int retry = 1; retry <= 200; retry++) {
      long exponential = Math.min(7000, retry >= 31 ? 7000 : 300L << (retry - 1));
      for (double random : new double[] {0.0, 0.25, 0.5, 0.75, 0.999_999_9}) {
        Duration delay = policy.backoff(retry, random);
        assertThat(delay).as("retry %d random %s", retry, random)
            .isBetween(Duration.ofMillis(exponential / 2), Duration.ofMillis(exponential));
      }
      Duration floor = policy.backoff(retry, 0.0);
      assertThat(floor).as("floor never shrinks").isGreaterThanOrEqualTo(previousFloor);
      previousFloor = floor;
    }
  }

  @Test
  void backoff_nonPositiveRetryOrRandomOutsideUnit_rejectedWithMessage() {
    RetryPolicy policy = RetryPolicy.defaults();
    assertThatThrownBy(() -> policy.backoff(0, 0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retry").hasMessageContaining("0");
    assertThatThrownBy(() -> policy.backoff(-3, 0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retry").hasMessageContaining("-3");
    assertThatThrownBy(() -> policy.backoff(1, 1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("random").hasMessageContaining("1.5");
    assertThatThrownBy(() -> policy.backoff(1, -0.1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("random");
    assertThatThrownBy(() -> policy.backoff(1, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("random");
  }
}
