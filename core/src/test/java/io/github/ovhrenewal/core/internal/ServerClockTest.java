package io.github.ovhrenewal.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ServerClockTest {
  private static final Clock LOCAL = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC);

  @Test
  void nowSeconds_serverOneHourAhead_addsOffset() {
    ServerClock clock = new ServerClock(() -> 1_700_003_600L, LOCAL);

    assertThat(clock.nowSeconds()).isEqualTo(1_700_003_600L);
    assertThat(clock.offset()).isEqualTo(3600L);
  }

  @Test
  void nowSeconds_serverBehind_subtractsOffset() {
    ServerClock clock = new ServerClock(() -> 1_699_999_000L, LOCAL);

    assertThat(clock.nowSeconds()).isEqualTo(1_699_999_000L);
  }

  @Test
  void nowMillis_serverOneHourAhead_localMillisPlusTheOffset() {
    Clock local = Clock.fixed(Instant.ofEpochMilli(1_700_000_000_123L), ZoneOffset.UTC);
    ServerClock clock = new ServerClock(() -> 1_700_003_600L, local);

    assertThat(clock.nowMillis()).isEqualTo(1_700_003_600_123L);
  }

  @Test
  void nowMillis_serverBehind_localMillisLessTheOffset() {
    Clock local = Clock.fixed(Instant.ofEpochMilli(1_700_000_000_123L), ZoneOffset.UTC);
    ServerClock clock = new ServerClock(() -> 1_699_999_000L, local);

    assertThat(clock.nowMillis()).isEqualTo(1_699_999_000_123L);
  }

  @Test
  void nowSeconds_calledManyTimes_readsServerTimeOnce() {
    AtomicInteger reads = new AtomicInteger();
    ServerClock clock = new ServerClock(() -> { reads.incrementAndGet(); return 1_700_000_010L; }, LOCAL);

    for (int i = 0; i < 100; i++) {
      clock.nowSeconds();
    }

    assertThat(reads).hasValue(1);
    assertThat(clock.syncCount()).isEqualTo(1);
  }

  @Test
  void nowSeconds_beforeFirstUse_readsNothing() {
    AtomicInteger reads = new AtomicInteger();
    new ServerClock(() -> { reads.incrementAndGet(); return 0L; }, LOCAL);

    assertThat(reads).hasValue(0);
  }

  @Test
  void nowSeconds_manyThreadsAtOnce_readsServerTimeOnce() throws Exception {
    AtomicInteger reads = new AtomicInteger();
    CountDownLatch inRead = new CountDownLatch(1);
    ServerClock clock = new ServerClock(() -> {
      reads.incrementAndGet();
      inRead.countDown();
      return 1_700_000_042L;
    }, LOCAL);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Long>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> { start.await(); return clock.nowSeconds(); }));
      }
      start.countDown();
      for (Future<Long> result : results) {
        assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo(1_700_000_042L);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(reads).hasValue(1);
  }

  @Test
  void resync_afterServerMoved_readsNewOffset() {
    long[] server = {1_700_000_100L};
    ServerClock clock = new ServerClock(() -> server[0], LOCAL);
    assertThat(clock.offset()).isEqualTo(100L);

    server[0] = 1_700_000_500L;
    clock.resync();

    assertThat(clock.offset()).isEqualTo(500L);
    assertThat(clock.syncCount()).isEqualTo(2);
  }

  @Test
  void resync_refusedGenerationAlreadyReplaced_doesNotReadAgain() {
    AtomicInteger reads = new AtomicInteger();
    ServerClock clock = new ServerClock(() -> 1_700_000_000L + 10 * reads.incrementAndGet(), LOCAL);
    long first = clock.now().generation();
    clock.resync(first);
    long second = clock.now().generation();

    clock.resync(first);

    assertThat(second).isGreaterThan(first);
    assertThat(reads).as("a request signed before the last reading retries with it").hasValue(2);
    assertThat(clock.offset()).isEqualTo(20L);
  }

  @Test
  void resync_refusedLatestGeneration_readsAgain() {
    AtomicInteger reads = new AtomicInteger();
    ServerClock clock = new ServerClock(() -> 1_700_000_000L + 10 * reads.incrementAndGet(), LOCAL);
    long latest = clock.now().generation();

    clock.resync(latest);

    assertThat(reads).hasValue(2);
    assertThat(clock.now().generation()).isEqualTo(latest + 1);
  }

  @Test
  void now_timeReadFails_failureSurfacesAndNextCallReadsAgain() {
    AtomicInteger reads = new AtomicInteger();
    ServerClock clock = new ServerClock(() -> {
      if (reads.incrementAndGet() == 1) {
        throw new IllegalStateException("auth/time down");
      }
      return 1_700_000_007L;
    }, LOCAL);

    org.assertj.core.api.Assertions.assertThatThrownBy(clock::now).hasMessage("auth/time down");

    assertThat(clock.offset()).isEqualTo(7L);
    assertThat(reads).hasValue(2);
  }

  @Test
  void resync_manyThreadsRefusedWithSameGeneration_oneRead() throws Exception {
    AtomicInteger reads = new AtomicInteger();
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ServerClock clock = new ServerClock(() -> {
      if (reads.incrementAndGet() > 1) {
        reading.countDown();
        await(release);
      }
      return 1_700_000_000L + reads.get();
    }, LOCAL);
    long refused = clock.now().generation();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<?>> resyncs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        resyncs.add(pool.submit(() -> clock.resync(refused)));
      }
      assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
      release.countDown();
      for (Future<?> resync : resyncs) {
        resync.get(10, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(reads).hasValue(2);
    assertThat(clock.now().generation()).isEqualTo(refused + 1);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
