package io.github.ovhrenewal.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.core.StreamingOvhServer.Computed;
import io.github.ovhrenewal.core.StreamingOvhServer.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many threads refused for their timestamp at once cause one {@code /auth/time} read, not one
 * each. The server here checks timestamps as OVH does, against a clock the test moves.
 */
class ClockResyncStampedeTest {
  private static final int THREADS = 32;

  private final AtomicLong serverSeconds = new AtomicLong(WireMockOvh.SERVER_EPOCH_SECONDS);
  private final AtomicInteger timeReads = new AtomicInteger();
  private final AtomicInteger refusals = new AtomicInteger();
  private StreamingOvhServer server;
  private ExecutorService threads;

  @BeforeEach
  void setUp() throws IOException {
    server = new StreamingOvhServer()
        .on("GET", "/1.0/auth/time", new Computed(head -> {
          timeReads.incrementAndGet();
          return new Json(Long.toString(serverSeconds.get()));
        }))
        .on("GET", "/1.0/service", new Computed(head -> {
          long timestamp = Long.parseLong(StreamingOvhServer.header(head, "X-Ovh-Timestamp"));
          if (Math.abs(timestamp - serverSeconds.get()) <= 5) {
            return new Json("[1]");
          }
          refusals.incrementAndGet();
          return new Json(400, "{\"errorCode\":\"QUERY_TIME_OUT\",\"httpCode\":\"400 Bad Request\",\"message\":\"Query out of time\"}");
        }));
    threads = Executors.newFixedThreadPool(THREADS);
  }

  @AfterEach
  void tearDown() throws IOException {
    threads.shutdownNow();
    server.close();
  }

  @Test
  void list_32ThreadsServerClockMoved3Times_atMost3ExtraTimeReads() throws Exception {
    try (RenewalClient client = WireMockOvh.builder(server.port()).build()) {
      client.services().list();
      assertThat(timeReads).hasValue(1);

      for (int move = 1; move <= 3; move++) {
        serverSeconds.addAndGet(600);
        everyThreadLists(client);
      }

      assertThat(refusals.get()).as("every thread of every round was refused once").isGreaterThanOrEqualTo(3);
      assertThat(timeReads.get() - 1).as("extra /auth/time reads for 3 clock moves").isLessThanOrEqualTo(3);
    }
  }

  /** All threads call at once, each signing with the offset read before the server moved. */
  private void everyThreadLists(RenewalClient client) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Long>>> calls = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      calls.add(threads.submit(() -> {
        start.await();
        return client.services().list();
      }));
    }
    start.countDown();
    for (Future<List<Long>> call : calls) {
      assertThat(call.get()).containsExactly(1L);
    }
  }
}
