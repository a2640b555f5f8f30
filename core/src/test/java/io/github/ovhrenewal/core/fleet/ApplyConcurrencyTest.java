package io.github.ovhrenewal.core.fleet;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.github.ovhrenewal.core.WireMockOvh.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.core.WireMockOvh;
import io.github.ovhrenewal.core.config.RetryPolicy;
import io.github.ovhrenewal.core.fleet.AppliedItem.State;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Orders go out with at most {@code concurrency} in flight, counted by the server. */
class ApplyConcurrencyTest {
  private static final InFlight IN_FLIGHT = new InFlight();

  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension(options -> options.extensions(IN_FLIGHT).containerThreads(20));

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(ints = {2, 3})
  void apply_concurrencyN_neverMoreThanNOrdersInFlightAndNReached(int concurrency) {
    IN_FLIGHT.reset(concurrency, 3 * concurrency);
    List<PlanItem> items = new ArrayList<>();
    for (int i = 1; i <= 3 * concurrency; i++) {
      items.add(new PlanItem(2000 + i, "s" + i + ".example", null, null, RenewPeriod.P1Y, PlanItem.Status.READY, null, null,
          new BigDecimal("10.00"), new BigDecimal("2.00"), new BigDecimal("12.00"), "EUR"));
    }
    wm.stubFor(post(urlPathMatching("/1\\.0/service/20\\d\\d/renew"))
        .willReturn(okJson("{\"orderId\":900,\"priceWithTax\":{\"value\":12.00,\"currencyCode\":\"EUR\"}}")));

    ApplyReport report = wm.client(b -> b.retryPolicy(RetryPolicy.none())).renewals().apply(
        new RenewalPlan(RenewalPlan.VERSION, OffsetDateTime.parse("2023-11-14T21:00:00Z"), items, List.of()),
        ApplyOptions.journal(dir.resolve("j")).concurrency(concurrency));

    assertThat(report.items()).extracting(AppliedItem::state).containsOnly(State.ORDERED).hasSize(3 * concurrency);
    assertThat(IN_FLIGHT.max()).isEqualTo(concurrency);
    assertThat(IN_FLIGHT.total()).isEqualTo(3 * concurrency);
  }

  /**
   * Counts the orders in flight at the server, from their arrival to the end of their answer, and
   * holds each one until {@code target} are in flight or every expected order has arrived (or a
   * generous bound passes), so that the bound is reached whenever the client allows it.
   */
  static final class InFlight implements ServeEventListener {
    private int target;
    private int expected;
    private int now;
    private int max;
    private int total;

    synchronized void reset(int target, int expected) {
      this.target = target;
      this.expected = expected;
      now = 0;
      max = 0;
      total = 0;
    }

    synchronized int max() {
      return max;
    }

    synchronized int total() {
      return total;
    }

    private static boolean isOrder(ServeEvent event) {
      return event.getRequest().getMethod().value().equals("POST") && event.getRequest().getUrl().endsWith("/renew");
    }

    @Override
    public void beforeMatch(ServeEvent event, Parameters parameters) {
      if (!isOrder(event)) {
        return;
      }
      synchronized (this) {
        now++;
        total++;
        max = Math.max(max, now);
        notifyAll();
        long deadline = System.nanoTime() + 20_000_000_000L;
        // Waits for the others the client may send at the same time, while more are to come.
        while (now < target && total < expected && System.nanoTime() < deadline) {
          try {
            wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }
    }

    @Override
    public void afterComplete(ServeEvent event, Parameters parameters) {
      if (isOrder(event)) {
        synchronized (this) {
          now--;
          notifyAll();
        }
      }
    }

    @Override
    public String getName() {
      return "orders-in-flight";
    }
  }
}
