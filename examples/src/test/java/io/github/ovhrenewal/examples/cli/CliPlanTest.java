package io.github.ovhrenewal.examples.cli;

import static io.github.ovhrenewal.examples.cli.CliHarness.env;
import static io.github.ovhrenewal.examples.cli.CliHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.core.fleet.PlanItem;
import io.github.ovhrenewal.core.fleet.PlanItem.SkipReason;
import io.github.ovhrenewal.core.fleet.RenewalPlan;
import io.github.ovhrenewal.examples.cli.CliHarness.Result;
import io.github.ovhrenewal.examples.sandbox.OvhSandbox;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan}: the table with totals, the JSON (the file's shape), {@code -o}, the options, progress; nothing is ordered. */
class CliPlanTest {
  private OvhSandbox sandbox;

  @TempDir
  Path dir;

  @BeforeEach
  void start() {
    sandbox = OvhSandbox.startWithFleet(200);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void plan_table_eachDueServiceWithPriceOrReasonThenTotals() {
    RenewalPlan plan = RenewalPlan.fromJson(run(sandbox, "plan", "--within", "45d", "--json").out(), "stdout");

    Result result = run(sandbox, "plan", "--within", "45d");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    List<String> lines = result.out().lines().toList();
    assertThat(lines.get(0)).matches("ID +NAME +EXPIRES +PERIOD +STATUS +WITH TAX / REASON");
    for (int i = 0; i < plan.items().size(); i++) {
      PlanItem item = plan.items().get(i);
      assertThat(lines.get(i + 1)).startsWith(item.serviceId() + " ")
          .contains(" " + item.status().wire() + " ")
          .endsWith(item.ready() ? Printer.money(item.priceWithTax(), item.currency()) : item.reason());
    }
    assertThat(plan.ready()).isNotEmpty();
    assertThat(result.out()).contains("Total EUR: " + plan.ready().size() + " renewal(s), ")
        .contains(Printer.money(plan.totals().get(0).priceWithTax(), "EUR") + " with tax.");
    assertThat(sandbox.renewOrderRequests()).isZero();
    assertThat(sandbox.orderIds()).isEmpty();
  }

  @Test
  void plan_jsonWithOutput_stdoutIsTheFileAndReadsBack() throws IOException {
    Path file = dir.resolve("plan.json");

    Result result = run(sandbox, "plan", "--within", "45d", "--json", "-o", file.toString());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).isEqualTo(Files.readString(file));
    Map<String, Object> json = result.jsonObject();
    assertThat(json).containsEntry("version", new BigDecimal("1")).containsKeys("items", "totals");
    RenewalPlan plan = RenewalPlan.read(file);
    assertThat(plan.items()).isNotEmpty();
    assertThat(plan.items()).allMatch(i -> i.ready() || i.reason() != null);
    assertThat(result.err()).contains("plan written to " + file).contains("ovh-renew apply " + file);
  }

  @Test
  void plan_default_manualRenewalsOnlyEachItsOwnPeriod() {
    List<Map<String, Object>> due = run(sandbox, "due", "--within", "45d", "--json").jsonArrayOfObjects();

    RenewalPlan plan = RenewalPlan.fromJson(run(sandbox, "plan", "--within", "45d", "--json").out(), "stdout");

    assertThat(plan.items()).extracting(PlanItem::serviceId)
        .containsExactlyInAnyOrderElementsOf(due.stream().map(s -> ((BigDecimal) s.get("serviceId")).longValueExact()).toList());
    for (Map<String, Object> service : due) {
      PlanItem item = plan.items().stream().filter(i -> i.serviceId() == ((BigDecimal) service.get("serviceId")).longValueExact())
          .findFirst().orElseThrow();
      assertThat(item.period()).hasToString((String) service.get("renewPeriod"));
    }
  }

  @Test
  void plan_periodP1Y_everyItemForP1Y() {
    RenewalPlan plan = RenewalPlan.fromJson(run(sandbox, "plan", "--within", "45d", "--period", "P1Y", "--json").out(), "stdout");

    assertThat(plan.items()).isNotEmpty().allMatch(i -> RenewPeriod.P1Y.equals(i.period()));
  }

  @Test
  void plan_includeAutomatic_plansAutomaticRenewalsToo() {
    int manual = RenewalPlan.fromJson(run(sandbox, "plan", "--within", "60d", "--json").out(), "stdout").items().size();
    int all = run(sandbox, "due", "--within", "60d", "--all-modes", "--json").jsonArrayOfObjects().size();

    Result result = run(sandbox, "plan", "--within", "60d", "--include-automatic", "--json");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    RenewalPlan plan = RenewalPlan.fromJson(result.out(), "stdout");
    assertThat(plan.items()).hasSize(all).hasSizeGreaterThan(manual);
    assertThat(plan.items()).noneMatch(i -> i.skipReason() == SkipReason.AUTOMATIC_RENEWAL);
  }

  @Test
  void plan_pricingFailsForOneService_skippedWithReasonOthersPriced() {
    RenewalPlan before = RenewalPlan.fromJson(run(sandbox, "plan", "--within", "45d", "--json").out(), "stdout");
    long failing = before.ready().get(0).serviceId();
    sandbox.faults().pricingFails(failing);

    Result result = run(sandbox, "plan", "--within", "45d");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    String row = result.out().lines().filter(l -> l.startsWith(failing + " ")).findFirst().orElseThrow();
    assertThat(row).contains(" skipped ");
    assertThat(result.out()).contains("Total EUR: " + (before.ready().size() - 1) + " renewal(s)");
  }

  @Test
  void plan_nothingDueWithOutput_saysSoAndWritesEmptyPlan() {
    Path file = dir.resolve("empty.json");

    Result result = run(sandbox, "plan", "--before", "2000-01-01", "-o", file.toString());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("nothing to plan");
    assertThat(RenewalPlan.read(file).items()).isEmpty();
  }

  @Test
  void plan_withoutTerminal_oneProgressLinePerItemOnStderr() {
    Result result = run(sandbox, "plan", "--within", "45d", "--json");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    int items = RenewalPlan.fromJson(result.out(), "stdout").items().size();
    assertThat(result.err().lines().filter(l -> l.startsWith("ovh-renew: plan ")).toList()).hasSize(items)
        .anyMatch(l -> l.startsWith("ovh-renew: plan " + items + "/" + items + ": "));
  }

  @Test
  void plan_onTerminal_progressBarOnStderrStdoutPureJson() {
    Result result = run(env(sandbox), FakeTerminal.answering(true), "plan", "--within", "45d", "--json");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    int items = RenewalPlan.fromJson(result.out(), "stdout").items().size();
    assertThat(result.err()).contains("\rovh-renew: plan [").contains("] " + items + "/" + items + " ").doesNotContain("ovh-renew: plan 1/");
  }

  @Test
  void plan_badPeriod_exitsTwoWithoutConnection() throws Exception {
    try (Tripwire tripwire = new Tripwire()) {
      Result result = run(env(tripwire.baseUrl(), "AK", "AS", "CK"), FakeTerminal.nonInteractive(), "plan", "--period", "1y");

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
      assertThat(result.err()).contains("--period").contains("'1y'").contains("current");
      assertThat(tripwire.connections()).isZero();
    }
  }

  @Test
  void plan_outputInMissingDirectory_exitsTwoWithoutConnection() throws Exception {
    Path file = dir.resolve("missing").resolve("plan.json");
    try (Tripwire tripwire = new Tripwire()) {
      Result result = run(env(tripwire.baseUrl(), "AK", "AS", "CK"), FakeTerminal.nonInteractive(), "plan", "-o", file.toString());

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
      assertThat(result.err()).contains(file.toString()).contains("does not exist");
      assertThat(tripwire.connections()).isZero();
    }
  }

  @Test
  void plan_outputIsADirectory_exitsTwo() {
    Result result = run(sandbox, "plan", "-o", dir.toString());

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("is a directory");
  }
}
