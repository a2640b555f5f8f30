package io.github.ovhrenewal.examples.cli;

import static io.github.ovhrenewal.examples.cli.FleetValues.plan;
import static io.github.ovhrenewal.examples.cli.FleetValues.ready;
import static io.github.ovhrenewal.examples.cli.FleetValues.skipped;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.core.fleet.PlanItem;
import io.github.ovhrenewal.core.fleet.PlanItem.SkipReason;
import io.github.ovhrenewal.core.fleet.PlanItem.Status;
import io.github.ovhrenewal.core.fleet.RenewalPlan;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code plan}'s table and totals, from hand-built plans. */
class PlanViewTest {

  @Test
  void tableRows_readyAndSkipped_priceWithTaxOrReason() {
    RenewalPlan plan = plan(ready(1, "a.com", "10.0", "EUR"),
        skipped(2, "b.com", SkipReason.TERMINATION_PENDING, "its termination is pending"));

    assertThat(PlanView.tableRows(plan.items())).containsExactly(
        List.of("1", "a.com", "2026-12-01", "P1Y", "ready", "12.00 EUR"),
        List.of("2", "b.com", "2026-12-02", "P1Y", "skipped", "its termination is pending"));
  }

  @Test
  void tableRows_skippedWithoutText_reasonCodeAndDashes() {
    PlanItem bare = new PlanItem(3, null, null, null, null, Status.SKIPPED, SkipReason.NO_PERIOD, null, null, null, null, null);

    assertThat(PlanView.tableRows(List.of(bare))).containsExactly(List.of("3", "-", "-", "-", "skipped", "noPeriod"));
  }

  @Test
  void tableRows_noNameButRoute_route() {
    PlanItem item = new PlanItem(4, null, "/vps/v1", null, RenewPeriod.P1M, Status.SKIPPED, SkipReason.PRICING_FAILED, "boom", null,
        null, null, null);

    assertThat(PlanView.tableRows(List.of(item)).get(0).get(1)).isEqualTo("/vps/v1");
  }

  @Test
  void tableRows_currencyWithoutCents_itsOwnDigits() {
    PlanItem yen = new PlanItem(5, "y.jp", null, null, RenewPeriod.P1Y, Status.READY, null, null, new BigDecimal("1000.0"),
        new BigDecimal("100.0"), new BigDecimal("1100.0"), "JPY");

    assertThat(PlanView.tableRows(List.of(yen)).get(0).get(5)).isEqualTo("1100 JPY");
  }

  @Test
  void totalLines_twoCurrenciesAndSkipped_oneLineEachThenSkippedCount() {
    RenewalPlan plan = plan(ready(1, "a.com", "10.00", "EUR"), ready(2, "b.com", "5.00", "EUR"), ready(3, "c.ca", "20.00", "CAD"),
        skipped(4, "d.com", SkipReason.AUTOMATIC_RENEWAL, "it renews automatically"));

    assertThat(PlanView.totalLines(plan)).containsExactly(
        "Total EUR: 2 renewal(s), 15.00 EUR without tax + 3.00 EUR tax = 18.00 EUR with tax.",
        "Total CAD: 1 renewal(s), 20.00 CAD without tax + 4.00 CAD tax = 24.00 CAD with tax.",
        "1 skipped (see the reasons above).");
    assertThat(PlanView.totalWithTax(plan)).isEqualTo("18.00 EUR + 24.00 CAD");
  }

  @Test
  void totalLines_allSkipped_nothingToOrder() {
    RenewalPlan plan = plan(skipped(4, "d.com", SkipReason.AUTOMATIC_RENEWAL, "it renews automatically"));

    assertThat(PlanView.totalLines(plan)).containsExactly("Nothing to order.", "1 skipped (see the reasons above).");
    assertThat(PlanView.totalWithTax(plan)).isEqualTo("nothing");
  }

  @Test
  void describe_readyAndSkipped_idNameStatusPriceOrReason() {
    assertThat(PlanView.describe(ready(1, "a.com", "10.00", "EUR"))).isEqualTo("1 a.com ready 12.00 EUR");
    assertThat(PlanView.describe(skipped(2, "b.com", SkipReason.PRICING_FAILED, "pricing failed (query id Q1)")))
        .isEqualTo("2 b.com skipped pricing failed (query id Q1)");
  }

  @Test
  void parsePeriod_currentOrAbsent_null() {
    assertThat(PlanCommand.parsePeriod(null)).isNull();
    assertThat(PlanCommand.parsePeriod("current")).isNull();
    assertThat(PlanCommand.parsePeriod("CURRENT")).isNull();
  }

  @Test
  void parsePeriod_isoPeriod_thatPeriod() {
    assertThat(PlanCommand.parsePeriod("P1Y")).isEqualTo(RenewPeriod.P1Y);
  }

  @Test
  void parsePeriod_bad_namesValueAndCurrent() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PlanCommand.parsePeriod("1y"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--period")
        .hasMessageContaining("'1y'")
        .hasMessageContaining("P1Y")
        .hasMessageContaining("current");
  }
}
