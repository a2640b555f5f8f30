package io.github.ovhrenewal.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.ovhrenewal.core.WireMockOvh.SERVICES_URL;
import static io.github.ovhrenewal.core.WireMockOvh.SERVICE_URL;
import static io.github.ovhrenewal.core.WireMockOvh.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ovhrenewal.core.Fakes.MutableClock;
import io.github.ovhrenewal.core.config.RetryPolicy;
import io.github.ovhrenewal.core.config.Sleeper;
import io.github.ovhrenewal.core.exception.OvhTransportException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The client's rate limit, from one thread: every request takes a slot, {@code /auth/time} and
 * retries included. The clock only moves when a test moves it; waits are recorded, never slept.
 */
class RateLimitTest {
  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension();

  private final MutableClock clock = new MutableClock(Instant.ofEpochSecond(WireMockOvh.LOCAL_EPOCH_SECONDS));
  private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
  private final Sleeper recording = waits::add;

  private RenewalClient client(int requestsPerMinute) {
    wm.stubFor(get(urlEqualTo(SERVICES_URL)).willReturn(okJson("[1,2]")));
    return wm.client(builder -> builder.clock(clock).sleeper(recording).rateLimit(requestsPerMinute));
  }

  @Test
  void list_rateLimit60_sixtyRequestsWithoutWaitThenOneSecond() {
    RenewalClient client = client(60);

    // /auth/time takes the first slot: 59 calls fill the minute's burst.
    for (int i = 0; i < 59; i++) {
      client.services().list();
    }
    assertThat(waits).isEmpty();

    client.services().list();

    assertThat(waits).containsExactly(Duration.ofSeconds(1));
    assertThat(wm.requests("GET", SERVICES_URL)).hasSize(60);
  }

  @Test
  void list_rateLimit30_spacedTwoSecondsApartAfterTheBurst() {
    RenewalClient client = client(30);

    for (int i = 0; i < 31; i++) {
      client.services().list();
    }

    assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
  }

  @Test
  void list_afterTimeAdvanced_budgetRefills() {
    RenewalClient client = client(60);
    for (int i = 0; i < 60; i++) {
      client.services().list();
    }
    assertThat(waits).containsExactly(Duration.ofSeconds(1));

    clock.advance(Duration.ofMinutes(2));
    for (int i = 0; i < 60; i++) {
      client.services().list();
    }

    assertThat(waits).as("no new wait after the refill").containsExactly(Duration.ofSeconds(1));
    client.services().list();
    assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Test
  void get_retriedCall_everyAttemptTakesASlot() {
    wm.sequence(() -> get(urlEqualTo(SERVICE_URL)),
        aResponse().withStatus(503), aResponse().withStatus(503), okJson("{\"quantity\":1}"));
    RenewalClient client = client(1);

    client.services().get(12345);

    // One a minute: /auth/time goes at once; the three attempts wait 1, 2 and 3 minutes (the
    // clock stands still), with the short retry backoffs in between.
    assertThat(waits).filteredOn(w -> w.compareTo(Duration.ofMinutes(1)) >= 0)
        .containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(3));
    assertThat(waits).hasSize(5);
  }

  @Test
  void list_interruptedWhileWaitingForASlot_failsWithoutSendingAndKeepsTheInterrupt() {
    wm.stubFor(get(urlEqualTo(SERVICES_URL)).willReturn(okJson("[1,2]")));
    AtomicBoolean interrupt = new AtomicBoolean();
    RenewalClient client = wm.client(builder -> builder.clock(clock).rateLimit(1).retryPolicy(RetryPolicy.none())
        .sleeper(delay -> {
          if (interrupt.get()) {
            throw new InterruptedException();
          }
        }));
    client.services().list();
    interrupt.set(true);

    // The minute's slots are taken: the next call has to wait, and is interrupted while it waits.
    OvhTransportException e = catchThrowableOfType(OvhTransportException.class, () -> client.services().list());

    try {
      assertThat(e).isNotNull();
      assertThat(e.getMessage())
          .isEqualTo("GET /1.0/service: no answer from localhost (InterruptedIOException: interrupted while waiting for the rate limit)");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
      assertThat(wm.requests("GET", SERVICES_URL)).as("only the first call was sent").hasSize(1);
    } finally {
      Thread.interrupted();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 6001, Integer.MIN_VALUE})
  void rateLimit_outOfRange_rejectedWithMessage(int requestsPerMinute) {
    assertThatThrownBy(() -> RenewalClient.builder().rateLimit(requestsPerMinute))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rateLimit must be from 1 to 6000 requests per minute, got " + requestsPerMinute);
  }
}
