package io.github.ovhrenewal.core;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.ovhrenewal.core.WireMockOvh.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.ovhrenewal.core.fleet.ServiceJson;
import io.github.ovhrenewal.core.fleet.ServiceSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code client.services()}'s fleet listing: what expires within a period or before a day,
 * soonest first, counted from the server's today.
 */
class FleetListingTest {
  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension();

  /** The server's date in this machine's time zone, as the filters count it. */
  private static final LocalDate TODAY =
      Instant.ofEpochSecond(WireMockOvh.SERVER_EPOCH_SECONDS).atZone(ZoneId.systemDefault()).toLocalDate();

  @Test
  void expiringWithin_30Days_keepsThoseDueSoonestFirstAndLeavesOutTheRest() {
    stubPage(
        expiring(1, TODAY.plusDays(40)),
        expiring(2, TODAY.plusDays(30)),
        expiring(3, TODAY.plusDays(31)),
        expiring(4, TODAY.plusDays(1)),
        expiring(5, TODAY.plusDays(10)),
        expiring(6, TODAY.minusDays(2)),
        expiring(7, TODAY),
        expiring(8, null),
        expiring(9, TODAY.plusDays(10)).renewing("automatic", "P1Y"));

    List<ServiceSummary> due = wm.client().services().expiringWithin(Period.ofDays(30));

    // Already expired and today included, the 30th day included; ties by id; automatic renewals kept.
    assertThat(due).extracting(ServiceSummary::serviceId).containsExactly(6L, 7L, 4L, 5L, 9L, 2L);
    assertThat(due).extracting(ServiceSummary::expiration).containsExactly(
        TODAY.minusDays(2), TODAY, TODAY.plusDays(1), TODAY.plusDays(10), TODAY.plusDays(10), TODAY.plusDays(30));
  }

  @Test
  void expiringWithin_zeroDays_keepsTodayAndThePast() {
    stubPage(expiring(1, TODAY.plusDays(1)), expiring(2, TODAY), expiring(3, TODAY.minusDays(400)));

    List<ServiceSummary> due = wm.client().services().expiringWithin(Period.ZERO);

    assertThat(due).extracting(ServiceSummary::serviceId).containsExactly(3L, 2L);
  }

  @Test
  void expiringWithin_oneMonth_countsCalendarMonths() {
    LocalDate inAMonth = TODAY.plusMonths(1);
    stubPage(expiring(1, inAMonth), expiring(2, inAMonth.plusDays(1)));

    List<ServiceSummary> due = wm.client().services().expiringWithin(Period.ofMonths(1));

    assertThat(due).extracting(ServiceSummary::serviceId).containsExactly(1L);
  }

  @Test
  void expiringBefore_day_excludesThatDay() {
    LocalDate day = TODAY.plusDays(10);
    stubPage(expiring(1, day), expiring(2, day.minusDays(1)), expiring(3, day.plusDays(1)), expiring(4, TODAY.minusDays(5)),
        expiring(5, null));

    List<ServiceSummary> due = wm.client().services().expiringBefore(day);

    assertThat(due).extracting(ServiceSummary::serviceId).containsExactly(4L, 2L);
  }

  @Test
  void expiringBefore_pastDay_keepsOnlyWhatExpiredBeforeIt() {
    stubPage(expiring(1, TODAY.minusDays(3)), expiring(2, TODAY.minusDays(1)), expiring(3, TODAY));

    List<ServiceSummary> due = wm.client().services().expiringBefore(TODAY.minusDays(1));

    assertThat(due).extracting(ServiceSummary::serviceId).containsExactly(1L);
  }

  @Test
  void today_serverClockThreeDaysAhead_isTheServerDate() {
    RenewalClient client = wm.client();
    long server = WireMockOvh.LOCAL_EPOCH_SECONDS + 3 * 86_400;
    wm.stubTime(server);

    LocalDate today = client.services().today();

    assertThat(today).isEqualTo(Instant.ofEpochSecond(server).atZone(ZoneId.systemDefault()).toLocalDate());
    assertThat(today).isEqualTo(
        Instant.ofEpochSecond(WireMockOvh.LOCAL_EPOCH_SECONDS).atZone(ZoneId.systemDefault()).toLocalDate().plusDays(3));
  }

  @Test
  void expiringWithin_serverClockAhead_countsFromTheServerDate() {
    RenewalClient client = wm.client();
    wm.stubTime(WireMockOvh.LOCAL_EPOCH_SECONDS + 20 * 86_400);
    LocalDate serverToday = Instant.ofEpochSecond(WireMockOvh.LOCAL_EPOCH_SECONDS + 20 * 86_400)
        .atZone(ZoneId.systemDefault()).toLocalDate();
    stubPage(expiring(1, serverToday.plusDays(5)), expiring(2, serverToday.plusDays(6)));

    List<ServiceSummary> due = client.services().expiringWithin(Period.ofDays(5));

    assertThat(due).extracting(ServiceSummary::serviceId).containsExactly(1L);
  }

  @Test
  void expiringWithin_negativePeriod_failsBeforeAnyRequest() {
    RenewalClient client = wm.client();

    Throwable e = catchThrowable(() -> client.services().expiringWithin(Period.ofDays(-1)));

    assertThat(e).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P-1D");
    assertThat(wm.received()).isEmpty();
  }

  @Test
  void expiringBefore_nullDay_failsBeforeAnyRequest() {
    RenewalClient client = wm.client();

    Throwable e = catchThrowable(() -> client.services().expiringBefore(null));

    assertThat(e).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("day");
    assertThat(wm.received()).isEmpty();
  }

  private static ServiceJson expiring(long id, LocalDate day) {
    ServiceJson service = ServiceJson.vps(id, "vps" + id + ".ovh.net", "2025-01-01");
    return service.expiringAt(day == null ? null : day + "T00:00:00+02:00");
  }

  private static void stubPage(ServiceJson... services) {
    wm.stubFor(get(urlEqualTo("/1.0/services"))
        .withHeader("X-Pagination-Mode", equalTo("CachedObjectList-Pages"))
        .withHeader("X-Pagination-Number", equalTo("1"))
        .willReturn(okJson(ServiceJson.array(List.of(services)))
            .withHeader("X-Pagination-Elements", Integer.toString(services.length))));
  }
}
