package io.github.ovhrenewal.examples.cli;

import static io.github.ovhrenewal.examples.cli.FleetValues.applied;
import static io.github.ovhrenewal.examples.cli.FleetValues.plan;
import static io.github.ovhrenewal.examples.cli.FleetValues.ready;
import static io.github.ovhrenewal.examples.cli.FleetValues.skipped;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.core.fleet.AppliedItem;
import io.github.ovhrenewal.core.fleet.AppliedItem.State;
import io.github.ovhrenewal.core.fleet.ApplyReport;
import io.github.ovhrenewal.core.fleet.PlanItem.SkipReason;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code apply}'s preview, report and exit code, from hand-built reports. */
class ApplyViewTest {

  private static ApplyReport report(String stopReason, AppliedItem... items) {
    return new ApplyReport(List.of(items), Map.of("EUR", new BigDecimal("24.00")), Map.of("EUR", new BigDecimal("12.00")), stopReason);
  }

  @Test
  void exitCode_allPaidOrSkipped_zero() {
    ApplyReport report = report(null, applied(1, State.PAID, 11L, "12.00", null), applied(2, State.SKIPPED, null, null, "automatic"));

    assertThat(ApplyView.exitCode(report, true)).isZero();
  }

  @Test
  void exitCode_orderedWithoutPaymentAsked_zero() {
    assertThat(ApplyView.exitCode(report(null, applied(1, State.ORDERED, 11L, "12.00", null)), false)).isZero();
  }

  @Test
  void exitCode_orderedLeftUnpaidWhenPaymentAsked_one() {
    assertThat(ApplyView.exitCode(report(null, applied(1, State.ORDERED, 11L, "12.00", "payment refused")), true)).isEqualTo(1);
  }

  @Test
  void exitCode_refused_one() {
    assertThat(ApplyView.exitCode(report(null, applied(1, State.PAID, 11L, "12.00", null), applied(2, State.REFUSED, null, "12.00", "no")),
        true)).isEqualTo(1);
  }

  @Test
  void exitCode_budgetStop_two() {
    ApplyReport report = report("budget: above 10.00 EUR", applied(1, State.PAID, 11L, "12.00", null),
        applied(2, State.NOT_ORDERED, null, "12.00", "budget"));

    assertThat(ApplyView.exitCode(report, true)).isEqualTo(2);
  }

  @Test
  void exitCode_notOrderedWithoutStopReason_two() {
    assertThat(ApplyView.exitCode(report(null, applied(2, State.NOT_ORDERED, null, "12.00", "halted")), true)).isEqualTo(2);
  }

  @Test
  void exitCode_unknownWithRefusedAndStop_threeWins() {
    ApplyReport report = report("budget", applied(1, State.UNKNOWN, null, "12.00", "lost"), applied(2, State.REFUSED, null, "12.00", "no"),
        applied(3, State.NOT_ORDERED, null, "12.00", "budget"));

    assertThat(ApplyView.exitCode(report, true)).isEqualTo(3);
  }

  @Test
  void exitCode_refusedAndStop_oneWins() {
    ApplyReport report = report("budget", applied(2, State.REFUSED, null, "12.00", "no"), applied(3, State.NOT_ORDERED, null, "12.00", "b"));

    assertThat(ApplyView.exitCode(report, false)).isEqualTo(1);
  }

  @Test
  void previewRows_readyItemsOnly() {
    assertThat(ApplyView.previewRows(plan(ready(1, "a.com", "10.00", "EUR"), skipped(2, "b.com", SkipReason.AUTOMATIC_RENEWAL, "auto"))))
        .containsExactly(List.of("1", "a.com", "2026-12-01", "P1Y", "12.00 EUR"));
  }

  @Test
  void reportRows_everyItemWithStateOrderPriceMessage() {
    ApplyReport report = report(null, applied(1, State.PAID, 11L, "12.0", null), applied(2, State.UNKNOWN, null, "6", "lost answer"),
        applied(3, State.SKIPPED, null, null, "automatic"));

    assertThat(ApplyView.reportRows(report)).containsExactly(
        List.of("1", "d1.com", "paid", "11", "12.00 EUR", ""),
        List.of("2", "d2.com", "unknown", "-", "6.00 EUR", "lost answer"),
        List.of("3", "d3.com", "skipped", "-", "-", "automatic"));
  }

  @Test
  void totalLines_orderedPaidAndStop() {
    ApplyReport report = new ApplyReport(List.of(), Map.of("EUR", new BigDecimal("24.0"), "CAD", new BigDecimal("5")),
        Map.of(), "budget reached");

    assertThat(ApplyView.totalLines(report)).containsExactly(
        "Ordered (with tax, this plan's orders in all runs of the journal): 5.00 CAD + 24.00 EUR.",
        "Paid (with tax): none.",
        "Stopped ordering: budget reached");
  }

  @Test
  void json_documentedShapeNullsKeptAmountsExact() {
    ApplyReport report = report(null, applied(1, State.PAID, 11L, "12.00", null), applied(2, State.REFUSED, null, "6.0", "no"));
    StringWriter out = new StringWriter();

    new Printer(new PrintWriter(out), true).jsonWithNulls(ApplyView.json(report, "plan.json.journal"));

    @SuppressWarnings("unchecked")
    Map<String, Object> json = (Map<String, Object>) CliHarness.parseJson(out.toString());
    assertThat(json).containsOnlyKeys("items", "orderedWithTax", "paidWithTax", "stopReason", "journal");
    assertThat(json).containsEntry("orderedWithTax", Map.of("EUR", new BigDecimal("24.00")))
        .containsEntry("paidWithTax", Map.of("EUR", new BigDecimal("12.00")))
        .containsEntry("stopReason", null)
        .containsEntry("journal", "plan.json.journal");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> items = (List<Map<String, Object>>) json.get("items");
    assertThat(items.get(0)).containsExactlyEntriesOf(entries(
        "serviceId", new BigDecimal("1"), "name", "d1.com", "period", "P1Y", "state", "paid", "orderId", new BigDecimal("11"),
        "priceWithTax", new BigDecimal("12.00"), "currency", "EUR", "message", null));
    assertThat(items.get(1)).containsEntry("state", "refused").containsEntry("orderId", null).containsEntry("priceWithTax", new BigDecimal("6.0"));
  }

  @Test
  void ids_manyItems_firstTwentyThenCount() {
    List<AppliedItem> items = new ArrayList<>();
    for (int i = 1; i <= 22; i++) {
      items.add(applied(i, State.UNKNOWN, i == 1 ? 7L : null, "1", null));
    }

    assertThat(ApplyView.ids(items)).startsWith("1 (order 7), 2, 3").endsWith("20 and 2 more");
  }

  @Test
  void describe_idNameStateOrder() {
    assertThat(ApplyView.describe(applied(1, State.PAID, 11L, "12.00", null))).isEqualTo("1 d1.com paid order 11");
    assertThat(ApplyView.describe(applied(2, State.REFUSED, null, "12.00", "no"))).isEqualTo("2 d2.com refused");
  }

  private static Map<String, Object> entries(Object... keysAndValues) {
    Map<String, Object> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
