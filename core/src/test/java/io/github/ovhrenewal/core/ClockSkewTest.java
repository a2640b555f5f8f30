package io.github.ovhrenewal.core;

import io.github.ovhrenewal.core.exception.OvhInvalidSignatureException;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.ovhrenewal.core.WireMockOvh.LOCAL_EPOCH_SECONDS;
import static io.github.ovhrenewal.core.WireMockOvh.RENEW_URL;
import static io.github.ovhrenewal.core.WireMockOvh.SERVICES_URL;
import static io.github.ovhrenewal.core.WireMockOvh.SERVICE_URL;
import static io.github.ovhrenewal.core.WireMockOvh.TIME_URL;
import static io.github.ovhrenewal.core.WireMockOvh.fixture;
import static io.github.ovhrenewal.core.WireMockOvh.queryTimeOut;
import static io.github.ovhrenewal.core.WireMockOvh.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.ovhrenewal.core.Fakes.RecordingSleeper;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A refused timestamp re-reads the server time once; the offset is never read per request. */
class ClockSkewTest {
  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension();

  private static final long FIRST_SERVER_TIME = LOCAL_EPOCH_SECONDS + 42;
  // The server's clock, read again: an hour ahead of what the client first thought.
  private static final long SECOND_SERVER_TIME = LOCAL_EPOCH_SECONDS + 3600;

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private RenewalClient client;

  @BeforeEach
  void setUp() {
    // The local clock is fixed: the first read gives an offset of 42 s, any later one 3600 s.
    wm.sequence(() -> get(urlEqualTo(TIME_URL)), okJson(Long.toString(FIRST_SERVER_TIME)), okJson(Long.toString(SECOND_SERVER_TIME)));
    client = wm.builder().sleeper(sleeper).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static int timeReads() {
    return wm.count("GET", TIME_URL);
  }

  private static List<LoggedRequest> gets(String url) {
    return wm.requests("GET", url);
  }

  private static String timestamp(LoggedRequest request) {
    return request.getHeader("X-Ovh-Timestamp");
  }

  @Test
  void get_queryTimeOutOnceThen200_resyncsOnceAndRetriesWithNewTimestamp() {
    wm.sequence(() -> get(urlEqualTo(SERVICE_URL)), queryTimeOut(), okJson(fixture("service-12345.json")));

    assertThat(client.services().get(12345).resource().name()).isEqualTo("vps112233.ovh.net");

    assertThat(timeReads()).as("/auth/time: the first read and one resync").isEqualTo(2);
    List<LoggedRequest> gets = gets(SERVICE_URL);
    assertThat(gets).hasSize(2);
    assertThat(timestamp(gets.get(0))).isEqualTo(Long.toString(FIRST_SERVER_TIME));
    assertThat(timestamp(gets.get(1))).isEqualTo(Long.toString(SECOND_SERVER_TIME));
    assertThat(client.serverTimeOffset()).isEqualTo(Duration.ofSeconds(3600));
    assertThat(sleeper.delays()).as("a resync is not a backoff").isEmpty();
  }

  @Test
  void get_afterResync_nextCallsUseNewOffsetWithoutReadingTimeAgain() {
    wm.sequence(() -> get(urlEqualTo(SERVICE_URL)), queryTimeOut(), okJson(fixture("service-12345.json")));
    client.services().get(12345);
    wm.stubFor(get(urlEqualTo(SERVICES_URL)).willReturn(okJson("[1,2,3]")));

    for (int i = 0; i < 5; i++) {
      assertThat(client.services().list()).containsExactly(1L, 2L, 3L);
    }

    assertThat(timeReads()).isEqualTo(2);
    assertThat(gets(SERVICES_URL)).extracting(ClockSkewTest::timestamp).containsOnly(Long.toString(SECOND_SERVER_TIME));
  }

  @Test
  void order_queryTimeOut_throwsInvalidSignatureAfterOnePostAndResyncsForNextCall() {
    RenewalChoice choice = wm.guideChoice(client);
    wm.stubFor(post(urlEqualTo(RENEW_URL)).willReturn(queryTimeOut()));

    OvhInvalidSignatureException e = catchThrowableOfType(OvhInvalidSignatureException.class, choice::order);

    assertThat(e).isNotNull();
    assertThat(e.isQueryTimeOut()).isTrue();
    assertThat(e.method()).isEqualTo("POST");
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(wm.requests("POST", RENEW_URL)).hasSize(1);
    assertThat(timeReads()).as("the refused order re-read the server time once").isEqualTo(2);

    wm.stubFor(get(urlEqualTo(SERVICE_URL)).willReturn(okJson(fixture("service-12345.json"))));
    client.services().get(12345);

    assertThat(timestamp(gets(SERVICE_URL).get(0))).isEqualTo(Long.toString(SECOND_SERVER_TIME));
    assertThat(timeReads()).isEqualTo(2);
  }

  @Test
  void quote_queryTimeOutOnce_resyncsAndRetriesDryRun() {
    RenewalChoice choice = wm.guideChoice(client);
    wm.sequence(() -> post(urlEqualTo(RENEW_URL)), queryTimeOut(), okJson(fixture("renew-order-guide.json")));

    assertThat(choice.quote().priceWithTax().value()).isEqualByComparingTo("45.44");

    List<LoggedRequest> posts = wm.requests("POST", RENEW_URL);
    assertThat(posts).hasSize(2);
    assertThat(posts).allSatisfy(p -> assertThat(p.getBodyAsString()).contains("\"dryRun\":true"));
    assertThat(timestamp(posts.get(1))).isEqualTo(Long.toString(SECOND_SERVER_TIME));
    assertThat(timeReads()).isEqualTo(2);
  }

  @Test
  void get_queryTimeOutEveryTime_failsAfterOneResyncWithExactlyTwoGets() {
    wm.stubFor(get(urlEqualTo(SERVICE_URL)).willReturn(queryTimeOut()));

    OvhInvalidSignatureException e = catchThrowableOfType(OvhInvalidSignatureException.class, () -> client.services().get(12345));

    assertThat(e).isNotNull();
    assertThat(e.isQueryTimeOut()).isTrue();
    assertThat(e.queryId()).isEqualTo("EU.ext-1.time");
    assertThat(gets(SERVICE_URL)).hasSize(2);
    assertThat(timeReads()).isEqualTo(2);
    assertThat(sleeper.delays()).isEmpty();
  }

  @Test
  void get_invalidSignatureNotTimeOut_neitherResyncsNorRetries() {
    wm.stubFor(get(urlEqualTo(SERVICE_URL)).willReturn(aResponse().withStatus(400).withHeader("Content-Type", WireMockOvh.JSON)
        .withBody("{\"errorCode\":\"INVALID_SIGNATURE\",\"httpCode\":\"400 Bad Request\",\"message\":\"Invalid signature\"}")));

    OvhInvalidSignatureException e = catchThrowableOfType(OvhInvalidSignatureException.class, () -> client.services().get(12345));

    assertThat(e.isQueryTimeOut()).isFalse();
    assertThat(gets(SERVICE_URL)).hasSize(1);
    assertThat(timeReads()).isEqualTo(1);
  }

  @Test
  void get_hundredCallsWithoutError_readsServerTimeOnce() {
    wm.stubFor(get(urlEqualTo(SERVICES_URL)).willReturn(okJson("[12345]")));

    for (int i = 0; i < 100; i++) {
      assertThat(client.services().list()).containsExactly(12345L);
    }

    assertThat(timeReads()).isEqualTo(1);
    assertThat(gets(SERVICES_URL)).hasSize(100)
        .extracting(ClockSkewTest::timestamp).containsOnly(Long.toString(FIRST_SERVER_TIME));
  }
}
