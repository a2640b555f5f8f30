package io.github.ovhrenewal.core;

import io.github.ovhrenewal.core.exception.OvhServerException;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.ovhrenewal.api.model.RenewPeriod;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What goes out on the wire: the exact OVH headers and signatures, with the server-corrected time. */
class SigningWireTest {
  private static final String AK = WireMockOvh.APPLICATION_KEY;
  private static final String AS = WireMockOvh.APPLICATION_SECRET;
  private static final String CK = WireMockOvh.CONSUMER_KEY;
  private static final long LOCAL_NOW = WireMockOvh.LOCAL_EPOCH_SECONDS;

  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension();

  private RenewalClient client(long serverTime) {
    wm.stubTime(serverTime);
    return wm.builder().build();
  }

  @Test
  void list_serverClockOneHourAhead_signsWithServerTime() {
    wm.stubFor(get("/1.0/service").willReturn(okJson("[1,2]")));
    try (RenewalClient client = client(LOCAL_NOW + 3600)) {
      client.services().list();
    }

    LoggedRequest request = only("GET", "/1.0/service");
    assertThat(request.getHeader("X-Ovh-Application")).isEqualTo(AK);
    assertThat(request.getHeader("X-Ovh-Consumer")).isEqualTo(CK);
    assertThat(request.getHeader("X-Ovh-Timestamp")).isEqualTo(Long.toString(LOCAL_NOW + 3600));
    assertThat(request.getHeader("X-Ovh-Signature"))
        .isEqualTo(expectedSignature("GET", wm.url("/1.0/service"), "", LOCAL_NOW + 3600));
    assertThat(request.containsHeader("Content-Type")).isFalse();
  }

  @Test
  void list_serverClockOneHourBehind_signsWithServerTime() {
    wm.stubFor(get("/1.0/service").willReturn(okJson("[]")));
    try (RenewalClient client = client(LOCAL_NOW - 3600)) {
      client.services().list();
    }

    assertThat(only("GET", "/1.0/service").getHeader("X-Ovh-Timestamp")).isEqualTo(Long.toString(LOCAL_NOW - 3600));
  }

  @Test
  void options_withQuery_signsFullUrlWithQuery() {
    wm.stubFor(get(urlPathEqualTo("/1.0/service/12345/renew")).willReturn(okJson("[]")));
    try (RenewalClient client = client(LOCAL_NOW)) {
      client.renewals().forService(12345).options();
    }

    LoggedRequest request = only("GET", "/1.0/service/12345/renew");
    assertThat(request.getUrl()).isEqualTo("/1.0/service/12345/renew?includeOptions=false");
    assertThat(request.getHeader("X-Ovh-Signature"))
        .isEqualTo(expectedSignature("GET", wm.url("/1.0/service/12345/renew?includeOptions=false"), "", LOCAL_NOW));
  }

  @Test
  void quote_postWithBody_signsExactBodyBytesSent() {
    wm.stubFor(get(urlPathEqualTo("/1.0/service/12345/renew")).willReturn(okJson(
        "[{\"renewPeriod\":\"P1Y\",\"strategies\":[{\"services\":[12345],\"price\":{\"value\":1.99}}]}]")));
    wm.stubFor(post("/1.0/service/12345/renew").willReturn(okJson("{\"orderId\":0}")));
    try (RenewalClient client = client(LOCAL_NOW + 7)) {
      client.renewals().forService(12345).choose(RenewPeriod.P1Y).quote();
    }

    LoggedRequest request = only("POST", "/1.0/service/12345/renew");
    String body = new String(request.getBody(), StandardCharsets.UTF_8);
    assertThat(body).isEqualTo("{\"dryRun\":true,\"duration\":\"P1Y\",\"services\":[12345]}");
    assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
    assertThat(request.getHeader("X-Ovh-Timestamp")).isEqualTo(Long.toString(LOCAL_NOW + 7));
    assertThat(request.getHeader("X-Ovh-Signature"))
        .isEqualTo(expectedSignature("POST", wm.url("/1.0/service/12345/renew"), body, LOCAL_NOW + 7));
  }

  @Test
  void authTime_unauthenticated_sendsOnlyApplicationHeader() {
    wm.stubFor(get("/1.0/service").willReturn(okJson("[]")));
    try (RenewalClient client = client(LOCAL_NOW)) {
      client.services().list();
    }

    LoggedRequest time = only("GET", "/1.0/auth/time");
    assertThat(time.getHeader("X-Ovh-Application")).isEqualTo(AK);
    assertThat(time.containsHeader("X-Ovh-Consumer")).isFalse();
    assertThat(time.containsHeader("X-Ovh-Signature")).isFalse();
    assertThat(time.containsHeader("X-Ovh-Timestamp")).isFalse();
  }

  @Test
  void build_withoutCalls_sendsNothing() {
    try (RenewalClient client = client(LOCAL_NOW)) {
      assertThat(client.toString()).contains(AK).doesNotContain(AS).doesNotContain(CK);
    }

    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void list_manyThreadsManyCalls_oneTimeSyncAndEverySignatureValid() throws Exception {
    wm.stubFor(get("/1.0/service").willReturn(okJson("[42]")));
    try (RenewalClient client = client(LOCAL_NOW + 30)) {
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
          results.add(pool.submit(() -> client.services().list()));
        }
        for (Future<List<Long>> result : results) {
          assertThat(result.get(30, TimeUnit.SECONDS)).containsExactly(42L);
        }
      } finally {
        pool.shutdownNow();
      }
    }

    wm.verify(1, getRequestedFor(urlEqualTo(WireMockOvh.TIME_URL)));
    List<LoggedRequest> calls = wm.findAll(getRequestedFor(urlEqualTo("/1.0/service")));
    assertThat(calls).hasSize(80).allSatisfy(call -> assertThat(call.getHeader("X-Ovh-Signature"))
        .isEqualTo(expectedSignature("GET", wm.url("/1.0/service"), "", LOCAL_NOW + 30)));
  }

  @Test
  void list_serverAnswersError_timeReadOnlyOnce() {
    wm.stubFor(get("/1.0/service").willReturn(aResponse().withStatus(500).withBody("{\"message\":\"boom\"}")));
    try (RenewalClient client = client(LOCAL_NOW)) {
      for (int i = 0; i < 3; i++) {
        try {
          client.services().list();
        } catch (OvhServerException expected) {
          // each call fails; the clock must not be re-read for it
        }
      }
    }

    wm.verify(1, getRequestedFor(urlEqualTo(WireMockOvh.TIME_URL)));
  }

  private LoggedRequest only(String method, String path) {
    List<LoggedRequest> found = wm.received().stream()
        .filter(r -> r.getMethod().getName().equals(method) && r.getUrl().split("\\?")[0].equals(path))
        .toList();
    assertThat(found).as(method + " " + path).hasSize(1);
    return found.get(0);
  }

  /** An independent implementation of OVH's rule, so the SDK's signer is not checked against itself. */
  private static String expectedSignature(String method, String url, String body, long timestamp) {
    try {
      String plain = AS + "+" + CK + "+" + method + "+" + url + "+" + body + "+" + timestamp;
      return "$1$" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(plain.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
