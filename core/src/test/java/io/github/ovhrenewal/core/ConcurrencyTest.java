package io.github.ovhrenewal.core;

import io.github.ovhrenewal.core.config.RetryPolicy;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static io.github.ovhrenewal.core.WireMockOvh.SERVICES_URL;
import static io.github.ovhrenewal.core.WireMockOvh.SERVICE_URL;
import static io.github.ovhrenewal.core.WireMockOvh.TIME_URL;
import static io.github.ovhrenewal.core.WireMockOvh.fixture;
import static io.github.ovhrenewal.core.WireMockOvh.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.api.model.Order;
import io.github.ovhrenewal.api.model.OrderStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One client shared by many threads: the documented way to use it. */
class ConcurrencyTest {
  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension(options -> options.containerThreads(40));

  private static final int THREADS = 32;
  private static final int CALLS_PER_THREAD = 100;
  private static final int ORDERS = 16;

  @Test
  void sharedClient_32ThreadsMake3200Calls_allRightAndOneTimeSync() throws Exception {
    String order = fixture("order-124.json");
    for (int id = 1; id <= ORDERS; id++) {
      wm.stubFor(get(urlEqualTo("/1.0/me/order/" + id)).willReturn(okJson(order.replace("\"orderId\": 124", "\"orderId\": " + id))));
      wm.stubFor(get(urlEqualTo("/1.0/me/order/" + id + "/status"))
          .willReturn(okJson(id % 2 == 0 ? "\"delivered\"" : "\"notPaid\"")));
    }
    wm.stubFor(get(urlEqualTo(SERVICES_URL)).willReturn(okJson("[12345,67890]")));
    wm.stubFor(get(urlEqualTo(SERVICE_URL)).willReturn(okJson(fixture("service-12345.json"))));

    // No retry: any failure under load must show, not be hidden by a second attempt.
    try (RenewalClient client = wm.builder().retryPolicy(RetryPolicy.none()).build()) {
      wm.stubTime();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> results = new ArrayList<>();
      try {
        for (int t = 0; t < THREADS; t++) {
          int thread = t;
          results.add(pool.submit(() -> {
            start.await();
            int checked = 0;
            for (int i = 0; i < CALLS_PER_THREAD; i++) {
              long id = 1 + (thread + i) % ORDERS;
              switch (i % 4) {
                case 0 -> {
                  Order o = client.orders().get(id);
                  assertThat(o.orderId()).isEqualTo(id);
                  assertThat(o.priceWithTax().value()).isEqualByComparingTo("2.39");
                }
                case 1 -> assertThat(client.orders().status(id))
                    .isEqualTo(id % 2 == 0 ? OrderStatus.DELIVERED : OrderStatus.NOT_PAID);
                case 2 -> assertThat(client.services().list()).containsExactly(12345L, 67890L);
                default -> assertThat(client.services().get(12345).resource().name()).isEqualTo("vps112233.ovh.net");
              }
              checked++;
            }
            return checked;
          }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> result : results) {
          total += result.get(180, TimeUnit.SECONDS);
        }
        assertThat(total).isEqualTo(THREADS * CALLS_PER_THREAD);
      } finally {
        pool.shutdownNow();
      }
    }

    assertThat(wm.requests("GET", TIME_URL)).hasSize(1);
    assertThat(wm.findAll(getRequestedFor(urlMatching("/1\\.0/(service|me/order).*")))).hasSize(THREADS * CALLS_PER_THREAD);
    assertThat(wm.findAllUnmatchedRequests()).isEmpty();
  }
}
