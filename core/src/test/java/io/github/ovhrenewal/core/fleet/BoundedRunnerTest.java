package io.github.ovhrenewal.core.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BoundedRunnerTest {

  private static List<Integer> numbers(int count) {
    return IntStream.rangeClosed(1, count).boxed().toList();
  }

  @Test
  void map_manyInputs_resultsInInputOrder() {
    List<Integer> results = new BoundedRunner(4).map(numbers(50), n -> n * 10, ProgressListener.none());

    assertThat(results).isEqualTo(numbers(50).stream().map(n -> n * 10).toList());
  }

  @Test
  void map_concurrencyThree_neverMoreThanThreeAtOnceAndReachesThree() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    // Each task waits until three are running together (or the last ones run out), so the peak is
    // reached without relying on timing.
    CountDownLatch threeRunning = new CountDownLatch(3);
    new BoundedRunner(3).map(numbers(12), n -> {
      int now = inFlight.incrementAndGet();
      peak.accumulateAndGet(now, Math::max);
      threeRunning.countDown();
      try {
        threeRunning.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      inFlight.decrementAndGet();
      return n;
    }, ProgressListener.none());

    assertThat(peak.get()).isEqualTo(3);
  }

  @Test
  void map_listener_oneEventPerItemWithRunningCountAndTotal() {
    List<String> events = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean overlapping = new AtomicBoolean();
    AtomicInteger inListener = new AtomicInteger();
    new BoundedRunner(4).map(numbers(20), n -> n, (done, total, item) -> {
      if (inListener.incrementAndGet() > 1) {
        overlapping.set(true);
      }
      events.add(done + "/" + total);
      inListener.decrementAndGet();
    });

    assertThat(events).hasSize(20).first().isEqualTo("1/20");
    assertThat(events).last().isEqualTo("20/20");
    assertThat(overlapping).as("listener called one at a time").isFalse();
  }

  @Test
  void map_listenerThrows_runGoesOn() {
    List<Integer> results = new BoundedRunner(2).map(numbers(5), n -> n, (done, total, item) -> {
      throw new IllegalStateException("broken display");
    });

    assertThat(results).containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void map_taskFails_rethrowsAfterRunningTasksFinishWithoutInterruptingThem() {
    AtomicInteger started = new AtomicInteger();
    AtomicInteger finished = new AtomicInteger();
    CountDownLatch failed = new CountDownLatch(1);

    assertThatThrownBy(() -> new BoundedRunner(2).map(numbers(40), n -> {
      started.incrementAndGet();
      if (n == 1) {
        failed.countDown();
        throw new IllegalStateException("boom on 1");
      }
      try {
        // The other running task is still busy when the failure is seen: it must be waited for.
        failed.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("a running task was interrupted");
      }
      finished.incrementAndGet();
      return n;
    }, ProgressListener.none())).isInstanceOf(IllegalStateException.class).hasMessage("boom on 1");

    assertThat(finished.get()).as("every started task but the failed one finished").isEqualTo(started.get() - 1);
  }

  @Test
  void map_sequentialTaskFails_startsNoMore() {
    AtomicInteger started = new AtomicInteger();

    assertThatThrownBy(() -> new BoundedRunner(1).map(numbers(5), n -> {
      started.incrementAndGet();
      throw new IllegalStateException("boom on " + n);
    }, ProgressListener.none())).hasMessage("boom on 1");

    assertThat(started).hasValue(1);
  }

  @Test
  void map_concurrencyOne_runsOnCallerThreadInOrder() {
    List<String> threads = new ArrayList<>();
    new BoundedRunner(1).map(numbers(3), n -> threads.add(Thread.currentThread().getName()), ProgressListener.none());

    assertThat(threads).containsOnly(Thread.currentThread().getName());
  }

  @Test
  void map_noInputs_emptyWithoutEvents() {
    AtomicInteger events = new AtomicInteger();
    assertThat(new BoundedRunner(3).map(List.<Integer>of(), n -> n, (d, t, i) -> events.incrementAndGet())).isEmpty();
    assertThat(events).hasValue(0);
  }

  @Test
  void constructor_zero_refusedNamingTheValue() {
    assertThatThrownBy(() -> new BoundedRunner(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("concurrency must be at least 1, got 0");
  }
}
