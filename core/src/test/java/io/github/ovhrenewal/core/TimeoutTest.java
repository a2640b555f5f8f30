package io.github.ovhrenewal.core;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.ovhrenewal.core.WireMockOvh.PAY_URL;
import static io.github.ovhrenewal.core.WireMockOvh.RENEW_URL;
import static io.github.ovhrenewal.core.WireMockOvh.SERVICE_URL;
import static io.github.ovhrenewal.core.WireMockOvh.fixture;
import static io.github.ovhrenewal.core.WireMockOvh.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.ovhrenewal.api.model.PaymentMean;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.core.config.RetryPolicy;
import io.github.ovhrenewal.core.exception.OrderOutcomeUnknownException;
import io.github.ovhrenewal.core.exception.OvhTransportException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A hung server fails the call within its bound, naming the timeout that fired. */
class TimeoutTest {
  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension(
      // Enough threads that the answers still held back by earlier tests (up to 10 s each) never
      // leave a new request waiting in the queue while its client times out.
      options -> options.containerThreads(200));

  // Far above every bound below: "did not hang", never a measure of speed.
  private static final Duration DID_NOT_HANG = Duration.ofSeconds(20);

  private static RenewalClient.Builder builder() {
    wm.stubTime();
    return wm.builder();
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
  void get_serverDelays5sWithReadTimeout1s_throwsTransportExceptionNamingReadTimeout() {
    wm.stubFor(get(urlEqualTo(SERVICE_URL)).willReturn(okJson(fixture("service-12345.json")).withFixedDelay(5000)));

    try (RenewalClient client = builder().readTimeout(Duration.ofSeconds(1)).retryPolicy(RetryPolicy.none()).build()) {
      OvhTransportException e = assertTimeoutPreemptively(DID_NOT_HANG,
          () -> catchThrowableOfType(OvhTransportException.class, () -> client.services().get(12345)));

      assertThat(e).isNotNull();
      assertThat(e.getMessage()).contains("GET /1.0/service/12345").contains("read timeout of 1s");
      assertThat(e.attempts()).isEqualTo(1);
    }
    assertThat(wm.arrivals("GET", SERVICE_URL, 1)).isEqualTo(1);
  }

  @Test
  void get_serverDelaysEveryAttemptWithRetries_throwsAfterThreeReadTimeouts() {
    wm.stubFor(get(urlEqualTo(SERVICE_URL)).willReturn(okJson(fixture("service-12345.json")).withFixedDelay(5000)));

    try (RenewalClient client = builder().readTimeout(Duration.ofSeconds(1)).build()) {
      OvhTransportException e = assertTimeoutPreemptively(DID_NOT_HANG,
          () -> catchThrowableOfType(OvhTransportException.class, () -> client.services().get(12345)));

      assertThat(e).isNotNull();
      assertThat(e.getMessage()).contains("GET /1.0/service/12345").contains("after 3 attempts").contains("read timeout of 1s");
      assertThat(e.attempts()).isEqualTo(3);
    }
    assertThat(wm.arrivals("GET", SERVICE_URL, 3)).isEqualTo(3);
  }

  @Test
  void get_hungServerWithCallTimeout2sAndRetries_failsNamingTimeoutWithinBound() {
    wm.stubFor(get(urlEqualTo(SERVICE_URL)).willReturn(okJson(fixture("service-12345.json")).withFixedDelay(10_000)));

    try (RenewalClient client = builder().callTimeout(Duration.ofSeconds(2)).build()) {
      OvhTransportException e = assertTimeoutPreemptively(DID_NOT_HANG,
          () -> catchThrowableOfType(OvhTransportException.class, () -> client.services().get(12345)));

      assertThat(e).isNotNull();
      assertThat(e.getMessage()).contains("GET /1.0/service/12345").containsAnyOf("call timeout of 2s", "read timeout");
      // The call timeout is the whole call's bound: once it fired, nothing more is tried.
      assertThat(e.getMessage()).contains("call timeout of 2s fired");
    }
  }

  @Test
  void order_readTimeout_throwsOutcomeUnknownAfterExactlyOnePost() {
    wm.stubFor(post(urlEqualTo(RENEW_URL)).willReturn(okJson(fixture("renew-order-guide.json")).withFixedDelay(5000)));

    try (RenewalClient client = builder().readTimeout(Duration.ofSeconds(1)).build()) {
      RenewalChoice choice = wm.guideChoice(client);

      OrderOutcomeUnknownException e = assertTimeoutPreemptively(DID_NOT_HANG,
          () -> catchThrowableOfType(OrderOutcomeUnknownException.class, choice::order));

      assertThat(e).isNotNull();
      assertThat(e.serviceId()).isEqualTo(12345L);
      assertThat(e.period()).isEqualTo(RenewPeriod.P1Y);
      assertThat(e.getMessage()).contains("read timeout of 1s");
      assertThat(e.getCause()).isInstanceOf(OvhTransportException.class);
    }
    assertThat(wm.arrivals("POST", RENEW_URL, 1)).isEqualTo(1);
  }

  @Test
  void order_callTimeout_throwsOutcomeUnknownAfterExactlyOnePost() {
    wm.stubFor(post(urlEqualTo(RENEW_URL)).willReturn(okJson(fixture("renew-order-guide.json")).withFixedDelay(10_000)));

    try (RenewalClient client = builder().callTimeout(Duration.ofSeconds(2)).build()) {
      RenewalChoice choice = wm.guideChoice(client);

      OrderOutcomeUnknownException e = assertTimeoutPreemptively(DID_NOT_HANG,
          () -> catchThrowableOfType(OrderOutcomeUnknownException.class, choice::order));

      assertThat(e).isNotNull();
      assertThat(e.getMessage()).contains("call timeout of 2s");
    }
    assertThat(wm.arrivals("POST", RENEW_URL, 1)).isEqualTo(1);
  }

  @Test
  void pay_readTimeout_throwsOutcomeUnknownWithOrderIdAfterExactlyOnePost() {
    wm.stubFor(post(urlEqualTo(PAY_URL)).willReturn(okJson("null").withFixedDelay(5000)));

    try (RenewalClient client = builder().readTimeout(Duration.ofSeconds(1)).build()) {
      OrderOutcomeUnknownException e = assertTimeoutPreemptively(DID_NOT_HANG,
          () -> catchThrowableOfType(OrderOutcomeUnknownException.class,
              () -> client.orders().payWithRegisteredPaymentMean(123, PaymentMean.PAYPAL, 1234L)));

      assertThat(e).isNotNull();
      assertThat(e.orderId()).isEqualTo(123L);
      assertThat(e.getMessage()).contains("read timeout of 1s");
    }
    assertThat(wm.arrivals("POST", PAY_URL, 1)).isEqualTo(1);
  }
}
