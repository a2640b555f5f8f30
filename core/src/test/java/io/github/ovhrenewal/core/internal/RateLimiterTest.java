package io.github.ovhrenewal.core.internal;

import io.github.ovhrenewal.core.Fakes.MutableClock;
import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.core.WireMockOvh;
import io.github.ovhrenewal.core.config.Sleeper;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static io.github.ovhrenewal.core.WireMockOvh.SERVICES_URL;
import static io.github.ovhrenewal.core.WireMockOvh.TIME_URL;
import static io.github.ovhrenewal.core.WireMockOvh.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client-side limit: a minute's burst, then even spacing, shared by every thread, no slot lost. */
class RateLimiterTest {
  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension(options -> options.containerThreads(20));

  private static final long START = WireMockOvh.LOCAL_EPOCH_SECONDS * 1000;

  private final MutableClock clock = new MutableClock(Instant.ofEpochMilli(START));
  private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
  private final Sleeper recording = waits::add;
  private RenewalClient client;

  private static List<Duration> reserve(RateLimiter limiter, int times) {
    List<Duration> result = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      result.add(limiter.reserve());
    }
    return result;
  }

  // --- The limiter itself. ---

  @Test
  void reserve_sixtyPerMinute_sixtyPassAtOnceAndTheNextWaitsOneSecond() {
    RateLimiter limiter = new RateLimiter(60, clock, recording);

    assertThat(reserve(limiter, 60)).containsOnly(Duration.ZERO);
    assertThat(limiter.reserve()).isEqualTo(Duration.ofSeconds(1));
    assertThat(limiter.reserve()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void reserve_afterAFullMinute_budgetRefillsCompletely() {
    RateLimiter limiter = new RateLimiter(60, clock, recording);
    reserve(limiter, 60);

    clock.advance(Duration.ofMinutes(1));

    assertThat(reserve(limiter, 60)).containsOnly(Duration.ZERO);
    assertThat(limiter.reserve()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void reserve_afterTenSeconds_tenSlotsRefill() {
    RateLimiter limiter = new RateLimiter(60, clock, recording);
    reserve(limiter, 60);

    clock.advance(Duration.ofSeconds(10));

    assertThat(reserve(limiter, 10)).containsOnly(Duration.ZERO);
    assertThat(limiter.reserve()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void reserve_idleForAnHour_burstStaysOneMinuteWorth() {
    RateLimiter limiter = new RateLimiter(60, clock, recording);

    clock.advance(Duration.ofHours(1));

    assertThat(reserve(limiter, 60)).containsOnly(Duration.ZERO);
    assertThat(limiter.reserve()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void reserve_sixThousandPerMinute_spacesByTenMillis() {
    RateLimiter limiter = new RateLimiter(6000, clock, recording);

    assertThat(reserve(limiter, 6000)).containsOnly(Duration.ZERO);
    assertThat(limiter.reserve()).isEqualTo(Duration.ofMillis(10));
    assertThat(limiter.reserve()).isEqualTo(Duration.ofMillis(20));
  }

  @Test
  void reserve_eightThreadsAtOnce_everySlotTakenExactlyOnce() throws Exception {
    RateLimiter limiter = new RateLimiter(60, clock, recording);
    int threads = 8;
    int perThread = 500;
    List<Duration> all = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < perThread; i++) {
            all.add(limiter.reserve());
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> future : done) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    // The clock stands still: slot k (from 0) waits max(0, k - 59) seconds, whoever takes it.
    assertThat(sortedMillis(all)).isEqualTo(expectedWaitsMillis(threads * perThread, 60));
  }

  // --- Through the client, from many threads (one thread: RateLimitTest). ---

  private RenewalClient client(int requestsPerMinute) {
    wm.stubFor(get(urlEqualTo(SERVICES_URL)).willReturn(okJson("[1,2]")));
    client = wm.client(builder -> builder.clock(clock).sleeper(recording).rateLimit(requestsPerMinute));
    return client;
  }

  @Test
  void client_eightThreadsSharingRateLimit_noReservationLost() throws Exception {
    client(60);
    int threads = 8;
    int perThread = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<Long>>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(pool.submit(() -> {
          start.await();
          List<Long> last = null;
          for (int i = 0; i < perThread; i++) {
            last = client.services().list();
          }
          return last;
        }));
      }
      start.countDown();
      for (Future<List<Long>> future : done) {
        assertThat(future.get(120, TimeUnit.SECONDS)).containsExactly(1L, 2L);
      }
    } finally {
      pool.shutdownNow();
    }

    // 200 calls and one /auth/time: 201 slots, the first 60 free, then 1 s, 2 s, … 141 s, each once.
    assertThat(wm.requests("GET", TIME_URL)).hasSize(1);
    assertThat(sortedMillis(waits)).isEqualTo(expectedWaitsMillis(threads * perThread + 1, 60).subList(60, threads * perThread + 1));
  }

  private static List<Long> sortedMillis(List<Duration> durations) {
    List<Long> millis = new ArrayList<>();
    synchronized (durations) {
      for (Duration d : durations) {
        millis.add(d.toMillis());
      }
    }
    Collections.sort(millis);
    return millis;
  }

  private static List<Long> expectedWaitsMillis(int slots, int perMinute) {
    List<Long> expected = new ArrayList<>();
    long interval = 60_000L / perMinute;
    for (int k = 0; k < slots; k++) {
      expected.add(Math.max(0, k - (perMinute - 1)) * interval);
    }
    return expected;
  }
}
