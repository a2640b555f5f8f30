package io.github.ovhrenewal.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.core.config.Credentials;
import io.github.ovhrenewal.core.config.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The engine's own life cycle and clock; its requests are tested through the client. */
class EngineTest {
  private static final Clock LOCAL = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L, 250_000_000), ZoneOffset.UTC);

  private static Engine engine(OkHttpClient shared) {
    return new Engine(new EngineSettings("http://localhost/1.0", Credentials.given("ak", "as", "ck", null, null, null),
        new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60)), RetryPolicy.defaults(),
        delay -> { }, LOCAL, 0, 1 << 20, shared, 8));
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

  @Test
  void ownClient_eightThreadsOfCalls_opensNoMoreConnectionsThanThreads() throws Exception {
    // OkHttp's default pool keeps 5 idle connections: 8 threads would keep closing and reopening.
    WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    server.start();
    AtomicInteger connections = new AtomicInteger();
    try {
      server.stubFor(WireMock.get("/ping").willReturn(WireMock.ok("1")));
      OkHttpClient client = Engine.ownClient(8).newBuilder()
          .eventListener(new EventListener() {
            @Override
            public void connectStart(Call call, java.net.InetSocketAddress address, java.net.Proxy proxy) {
              connections.incrementAndGet();
            }
          })
          .build();
      CountDownLatch start = new CountDownLatch(1);
      List<Thread> threads = new ArrayList<>();
      List<IOException> failures = java.util.Collections.synchronizedList(new ArrayList<>());
      for (int t = 0; t < 8; t++) {
        Thread thread = new Thread(() -> {
          try {
            start.await();
            for (int i = 0; i < 100; i++) {
              try (Response response = client.newCall(new Request.Builder().url(server.url("/ping")).build()).execute()) {
                response.body().string();
              }
            }
          } catch (IOException e) {
            failures.add(e);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
        thread.start();
        threads.add(thread);
      }
      start.countDown();
      for (Thread thread : threads) {
        thread.join();
      }

      assertThat(failures).isEmpty();
      assertThat(connections.get()).as("new connections for 800 calls on 8 threads").isBetween(1, 8);
    } finally {
      server.stop();
    }
  }
}
