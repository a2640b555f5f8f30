package io.github.ovhrenewal.core;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.ovhrenewal.core.WireMockOvh.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ovhrenewal.api.model.OrderStatus;
import io.github.ovhrenewal.core.Fakes.MutableClock;
import io.github.ovhrenewal.core.Fakes.RecordingSleeper;
import io.github.ovhrenewal.core.exception.OrderStatusTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code awaitStatus}: polling with backoff on a fake clock; no test waits. */
class AwaitStatusTest {
  static final String STATUS_URL = "/1.0/me/order/123/status";

  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension();

  private MutableClock clock;
  private RecordingSleeper sleeper;
  private RenewalClient client;

  @BeforeEach
  void setUp() {
    clock = new MutableClock(Instant.ofEpochSecond(WireMockOvh.LOCAL_EPOCH_SECONDS));
    sleeper = new RecordingSleeper(clock);
    client = wm.client(b -> b.clock(clock).sleeper(sleeper));
  }

  @Test
  void awaitStatus_deliveredOnThirdRead_returnsAfterDoublingPauses() {
    wm.sequence(() -> get(urlEqualTo(STATUS_URL)), okJson("\"checking\""), okJson("\"delivering\""), okJson("\"delivered\""));

    OrderStatus status = client.orders().awaitStatus(123, Set.of(OrderStatus.DELIVERED), Duration.ofMinutes(10));

    assertThat(status).isEqualTo(OrderStatus.DELIVERED);
    assertThat(sleeper.delays()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    assertThat(wm.count("GET", STATUS_URL)).isEqualTo(3);
  }

  @Test
  void awaitStatus_alreadyThere_oneReadNoPause() {
    wm.stubFor(get(urlEqualTo(STATUS_URL)).willReturn(okJson("\"delivered\"")));

    assertThat(client.orders().awaitStatus(123, Set.of(OrderStatus.DELIVERED, OrderStatus.DELIVERING), Duration.ofSeconds(5)))
        .isEqualTo(OrderStatus.DELIVERED);
    assertThat(sleeper.delays()).isEmpty();
  }

  @Test
  void awaitStatus_cancelled_returnsAtOnceThoughNotAwaited() {
    wm.stubFor(get(urlEqualTo(STATUS_URL)).willReturn(okJson("\"cancelled\"")));

    assertThat(client.orders().awaitStatus(123, Set.of(OrderStatus.DELIVERED), Duration.ofMinutes(10))).isEqualTo(OrderStatus.CANCELLED);
    assertThat(sleeper.delays()).isEmpty();
  }

  @Test
  void awaitStatus_neverThere_timesOutWithLastStatusAndNeverSleepsPastTheDeadline() {
    wm.stubFor(get(urlEqualTo(STATUS_URL)).willReturn(okJson("\"delivering\"")));

    OrderStatusTimeoutException e = catchThrowableOfType(OrderStatusTimeoutException.class,
        () -> client.orders().awaitStatus(123, Set.of(OrderStatus.DELIVERED), Duration.ofSeconds(100)));

    assertThat(e).isNotNull();
    assertThat(e.orderId()).isEqualTo(123L);
    assertThat(e.lastStatus()).isEqualTo(OrderStatus.DELIVERING);
    assertThat(e.waited()).isEqualTo(Duration.ofSeconds(100));
    assertThat(e.getMessage()).contains("order 123", "delivered", "within PT1M40S", "delivering");
    // 1 + 2 + 4 + 8 + 16 + 30 + 30 = 91, then the 9 s left; never a pause beyond 30 s.
    assertThat(sleeper.delays()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
        Duration.ofSeconds(16), Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(9));
    assertThat(sleeper.total()).isEqualTo(Duration.ofSeconds(100));
    assertThat(wm.count("GET", STATUS_URL)).as("one read after each pause, the last at the deadline").isEqualTo(9);
  }

  @Test
  void awaitStatus_unknownStatusValue_keptAndAwaitedOn() {
    wm.sequence(() -> get(urlEqualTo(STATUS_URL)), okJson("\"fraudReview2031\""), okJson("\"delivered\""));

    assertThat(client.orders().awaitStatus(123, Set.of(OrderStatus.DELIVERED), Duration.ofMinutes(1))).isEqualTo(OrderStatus.DELIVERED);
  }

  @Test
  void awaitStatus_badArguments_nothingSent() {
    assertThatThrownBy(() -> client.orders().awaitStatus(0, Set.of(OrderStatus.DELIVERED), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("orderId");
    assertThatThrownBy(() -> client.orders().awaitStatus(123, Set.of(), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one status");
    assertThatThrownBy(() -> client.orders().awaitStatus(123, Collections.singleton(null), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.orders().awaitStatus(123, Set.of(OrderStatus.DELIVERED), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout must be positive");
    assertThatThrownBy(() -> client.orders().awaitStatus(123, Set.of(OrderStatus.DELIVERED), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(wm.received()).isEmpty();
  }
}
