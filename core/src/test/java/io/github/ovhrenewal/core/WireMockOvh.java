package io.github.ovhrenewal.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Shared set-up of the WireMock tests: a client against the WireMock port with a fixed local
 * clock, {@code /auth/time} stubbed at a known offset, fixtures from the classpath, and checks of
 * the OVH headers on what was received.
 */
public final class WireMockOvh {
  public static final String APPLICATION_KEY = "appKey-7c1d";
  // Distinctive so that a test can assert they never leak into any output.
  public static final String APPLICATION_SECRET = "SECRET-as-Zq8vL2pXw9";
  public static final String CONSUMER_KEY = "CONSUMER-ck-Hn4tR6yB3m";

  public static final long LOCAL_EPOCH_SECONDS = 1_700_000_000L;
  public static final long SERVER_EPOCH_SECONDS = LOCAL_EPOCH_SECONDS + 42;
  public static final String QUERY_ID = "EU.ext-3.6fa1b2c3.12345.8d1f0e2a9b7c4d5e";

  public static final String JSON = "application/json; charset=utf-8";

  private WireMockOvh() {}

  /** A client against the WireMock server, with {@code /auth/time} stubbed. */
  public static RenewalClient client(WireMockExtension wm) {
    stubTime(wm);
    return builder(wm.getPort()).build();
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

  public static void stubTime(WireMockExtension wm) {
    wm.stubFor(get(urlPathEqualTo("/1.0/auth/time"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", JSON).withBody(Long.toString(SERVER_EPOCH_SECONDS))));
  }

  /** A 200 JSON answer carrying {@link #QUERY_ID}. */
  public static ResponseDefinitionBuilder okJson(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", JSON).withHeader("X-Ovh-QueryId", QUERY_ID).withBody(body);
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

  /** Every request received, oldest first. */
  public static List<LoggedRequest> received(WireMockExtension wm) {
    // WireMock lists the newest first.
    List<ServeEvent> events = new ArrayList<>(wm.getAllServeEvents());
    Collections.reverse(events);
    List<LoggedRequest> requests = new ArrayList<>();
    for (ServeEvent event : events) {
      requests.add(event.getRequest());
    }
    return requests;
  }

  /** Every request received except {@code /auth/time}, oldest first. */
  public static List<LoggedRequest> signedRequests(WireMockExtension wm) {
    List<LoggedRequest> signed = new ArrayList<>();
    for (LoggedRequest request : received(wm)) {
      if (!request.getUrl().equals("/1.0/auth/time")) {
        signed.add(request);
      }
    }
    return signed;
  }

  /** The only request received except {@code /auth/time}. */
  public static LoggedRequest onlySignedRequest(WireMockExtension wm) {
    List<LoggedRequest> signed = signedRequests(wm);
    assertThat(signed).hasSize(1);
    return signed.get(0);
  }

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
}
