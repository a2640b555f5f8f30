package io.github.ovhrenewal.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.core.config.Credentials;
import io.github.ovhrenewal.core.config.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The engine's own life cycle and clock; its requests are tested through the client. */
class EngineTest {
  private static final Clock LOCAL = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L, 250_000_000), ZoneOffset.UTC);

  private static Engine engine(OkHttpClient shared) {
    return new Engine(new EngineSettings("http://localhost/1.0", Credentials.given("ak", "as", "ck", null, null, null),
        new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60)), RetryPolicy.defaults(),
        delay -> { }, LOCAL, 0, 1 << 20, shared));
  }

  @Test
  void close_sharedHttpClient_leavesItUsable() {
    OkHttpClient shared = new OkHttpClient();
    try {
      engine(shared).close();

      assertThat(shared.dispatcher().executorService().isShutdown()).as("the shared client belongs to its owner").isFalse();
    } finally {
      shared.dispatcher().executorService().shutdown();
    }
  }

  @Test
  void serverNow_serverAnHourAhead_localTimePlusTheOffset() {
    // The shared client's own interceptors run first: this one plays /auth/time.
    FakeNetwork network = new FakeNetwork().answer(200, "1700003600");
    try (Engine engine = engine(network.client())) {
      assertThat(engine.serverOffsetSeconds()).isEqualTo(3600);
      assertThat(engine.serverNow()).isEqualTo(OffsetDateTime.of(2023, 11, 14, 23, 13, 20, 250_000_000, ZoneOffset.UTC));
    }
    assertThat(network.requests()).hasSize(1);
    assertThat(network.requests().get(0).url().encodedPath()).isEqualTo("/1.0/auth/time");
  }
}
