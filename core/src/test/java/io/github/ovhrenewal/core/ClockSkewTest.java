package io.github.ovhrenewal.core;

import io.github.ovhrenewal.core.exception.OvhInvalidSignatureException;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.ovhrenewal.core.WireMockOvh.LOCAL_EPOCH_SECONDS;
import static io.github.ovhrenewal.core.WireMockOvh.fixture;
import static io.github.ovhrenewal.core.WireMockOvh.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.core.Fakes.RecordingSleeper;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A refused timestamp re-reads the server time once; the offset is never read per request. */
class ClockSkewTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String TIME_URL = "/1.0/auth/time";
  private static final String SERVICE_URL = "/1.0/service/12345";
  private static final String OPTIONS_URL = "/1.0/service/12345/renew?includeOptions=false";
  private static final String RENEW_URL = "/1.0/service/12345/renew";
  private static final long FIRST_SERVER_TIME = LOCAL_EPOCH_SECONDS + 42;
  // The server's clock, read again: an hour ahead of what the client first thought.
  private static final long SECOND_SERVER_TIME = LOCAL_EPOCH_SECONDS + 3600;

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private RenewalClient client;

  @BeforeEach
  void setUp() {
    // The local clock is fixed: the first read gives an offset of 42 s, any later one 3600 s.
    sequence("time", () -> get(urlEqualTo(TIME_URL)),
        okJson(Long.toString(FIRST_SERVER_TIME)), okJson(Long.toString(SECOND_SERVER_TIME)));
    client = WireMockOvh.builder(wm.getPort()).sleeper(sleeper).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static void sequence(String scenario, Supplier<MappingBuilder> request, ResponseDefinitionBuilder... answers) {
    for (int i = 0; i < answers.length; i++) {
      ScenarioMappingBuilder step = request.get()
          .inScenario(scenario)
          .whenScenarioStateIs(i == 0 ? Scenario.STARTED : scenario + i)
          .willReturn(answers[i]);
      if (i < answers.length - 1) {
        step = step.willSetStateTo(scenario + (i + 1));
      }
      wm.stubFor(step);
    }
  }

  private static ResponseDefinitionBuilder queryTimeOut() {
    return aResponse().withStatus(400).withHeader("Content-Type", WireMockOvh.JSON).withHeader("X-Ovh-QueryId", "EU.ext-1.time")
        .withBody("{\"errorCode\":\"QUERY_TIME_OUT\",\"httpCode\":\"400 Bad Request\",\"message\":\"Query out of time\"}");
  }

  private static int timeReads() {
    return wm.findAll(getRequestedFor(urlEqualTo(TIME_URL))).size();
  }

  private static List<LoggedRequest> gets(String url) {
    return wm.findAll(getRequestedFor(urlEqualTo(url)));
  }

  private static String timestamp(LoggedRequest request) {
    return request.getHeader("X-Ovh-Timestamp");
  }

  @Test
  void get_queryTimeOutOnceThen200_resyncsOnceAndRetriesWithNewTimestamp() {
    sequence("get", () -> get(urlEqualTo(SERVICE_URL)), queryTimeOut(), okJson(fixture("service-12345.json")));

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
    sequence("get", () -> get(urlEqualTo(SERVICE_URL)), queryTimeOut(), okJson(fixture("service-12345.json")));
    client.services().get(12345);
    wm.stubFor(get(urlEqualTo("/1.0/service")).willReturn(okJson("[1,2,3]")));

    for (int i = 0; i < 5; i++) {
      assertThat(client.services().list()).containsExactly(1L, 2L, 3L);
    }

    assertThat(timeReads()).isEqualTo(2);
    assertThat(gets("/1.0/service")).extracting(ClockSkewTest::timestamp).containsOnly(Long.toString(SECOND_SERVER_TIME));
  }

  @Test
  void order_queryTimeOut_throwsInvalidSignatureAfterOnePostAndResyncsForNextCall() {
    wm.stubFor(get(urlEqualTo(OPTIONS_URL)).willReturn(okJson(fixture("renew-descriptions-guide.json"))));
    RenewalChoice choice = client.renewals().forService(12345).choose(RenewPeriod.P1Y);
    wm.stubFor(post(urlEqualTo(RENEW_URL)).willReturn(queryTimeOut()));

    OvhInvalidSignatureException e = catchThrowableOfType(OvhInvalidSignatureException.class, choice::order);

    assertThat(e).isNotNull();
    assertThat(e.isQueryTimeOut()).isTrue();
    assertThat(e.method()).isEqualTo("POST");
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(wm.findAll(postRequestedFor(urlEqualTo(RENEW_URL)))).hasSize(1);
    assertThat(timeReads()).as("the refused order re-read the server time once").isEqualTo(2);

    wm.stubFor(get(urlEqualTo(SERVICE_URL)).willReturn(okJson(fixture("service-12345.json"))));
    client.services().get(12345);

    assertThat(timestamp(gets(SERVICE_URL).get(0))).isEqualTo(Long.toString(SECOND_SERVER_TIME));
    assertThat(timeReads()).isEqualTo(2);
  }

  @Test
  void quote_queryTimeOutOnce_resyncsAndRetriesDryRun() {
    wm.stubFor(get(urlEqualTo(OPTIONS_URL)).willReturn(okJson(fixture("renew-descriptions-guide.json"))));
    RenewalChoice choice = client.renewals().forService(12345).choose(RenewPeriod.P1Y);
    sequence("quote", () -> post(urlEqualTo(RENEW_URL)), queryTimeOut(), okJson(fixture("renew-order-guide.json")));

    assertThat(choice.quote().priceWithTax().value()).isEqualByComparingTo("45.44");

    List<LoggedRequest> posts = wm.findAll(postRequestedFor(urlEqualTo(RENEW_URL)));
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
    wm.stubFor(get(urlEqualTo("/1.0/service")).willReturn(okJson("[12345]")));

    for (int i = 0; i < 100; i++) {
      assertThat(client.services().list()).containsExactly(12345L);
    }

    assertThat(timeReads()).isEqualTo(1);
    assertThat(gets("/1.0/service")).hasSize(100)
        .extracting(ClockSkewTest::timestamp).containsOnly(Long.toString(FIRST_SERVER_TIME));
  }
}
