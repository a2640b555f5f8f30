package io.github.ovhrenewal.core.fleet;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.ovhrenewal.core.WireMockOvh.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.core.WireMockOvh;
import io.github.ovhrenewal.core.config.RetryPolicy;
import io.github.ovhrenewal.core.fleet.AppliedItem.State;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Apply's order POST answered after the read timeout: unknown, sent once, never ordered again by
 * the same run. Apart because it waits for a real timeout (left out of mutation testing).
 */
class ApplyOrderTimeoutTest {
  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension();

  @TempDir
  Path dir;

  @Test
  void apply_orderAnsweredAfterTheReadTimeout_unknownAndSentOnce() {
    wm.stubFor(post(urlEqualTo("/1.0/service/1001/renew")).willReturn(okJson(
        "{\"orderId\":501,\"priceWithTax\":{\"value\":12.00,\"currencyCode\":\"EUR\"}}").withFixedDelay(3000)));
    wm.stubFor(get(urlPathEqualTo("/1.0/me/order")).willReturn(okJson("[]")));
    PlanItem item = new PlanItem(1001, "a.example", "/domain/a.example", LocalDate.parse("2023-12-01"), RenewPeriod.P1Y,
        PlanItem.Status.READY, null, null, new BigDecimal("10.00"), new BigDecimal("2.00"), new BigDecimal("12.00"), "EUR");
    RenewalPlan plan = new RenewalPlan(RenewalPlan.VERSION, OffsetDateTime.parse("2023-11-14T21:00:00Z"), List.of(item), List.of());

    try (RenewalClient client = wm.client(b -> b.retryPolicy(RetryPolicy.none()).readTimeout(Duration.ofSeconds(1)))) {
      ApplyReport report = client.renewals().apply(plan, ApplyOptions.journal(dir.resolve("j")));

      assertThat(report.items().get(0).state()).isEqualTo(State.UNKNOWN);
    }
    assertThat(wm.arrivals("POST", "/1.0/service/1001/renew", 1)).isEqualTo(1);
  }
}
