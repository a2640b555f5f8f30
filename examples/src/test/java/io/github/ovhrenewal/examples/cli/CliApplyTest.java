package io.github.ovhrenewal.examples.cli;

import static io.github.ovhrenewal.examples.cli.CliHarness.env;
import static io.github.ovhrenewal.examples.cli.CliHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code apply}: plan, apply and check end to end against a sandbox with a fleet; every exit code
 * (0, 1, 2, 3 and the refusal without a terminal); a re-run orders nothing new; a lost answer is
 * reconciled, never re-ordered.
 */
class CliApplyTest {
  private OvhSandbox sandbox;

  @TempDir
  Path dir;

  private Path planFile;

  @BeforeEach
  void start() {
    sandbox = OvhSandbox.startWithFleet(1000);
    planFile = dir.resolve("plan.json");
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  /** Plans the services due within 14 days into {@link #planFile}; a renewal of a month or more takes each out of that window. */
  private RenewalPlan plan() {
    Result result = run(sandbox, "plan", "--within", "14d", "-o", planFile.toString());
    assertThat(result.exitCode()).as(result.toString()).isZero();
    RenewalPlan plan = RenewalPlan.read(planFile);
    assertThat(plan.ready()).hasSizeGreaterThan(3);
    return plan;
  }

  private static Set<Long> readyIds(RenewalPlan plan) {
    return plan.ready().stream().map(PlanItem::serviceId).collect(Collectors.toSet());
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> items(Result result) {
    return (List<Map<String, Object>>) result.jsonObject().get("items");
  }

  @Test
  void apply_planApplyDue_renewedServicesLeaveDueAndRerunOrdersNothingNew() {
    RenewalPlan plan = plan();
    Set<Long> ready = readyIds(plan);

    Result applied = run(sandbox, "apply", planFile.toString(), "--yes", "--pay", "paypal:1234");

    assertThat(applied.exitCode()).as(applied.toString()).isZero();
    assertThat(sandbox.renewOrderRequests()).isEqualTo(ready.size());
    assertThat(sandbox.paymentRequests()).isEqualTo(ready.size());
    assertThat(Files.exists(Path.of(planFile + ".journal"))).isTrue();
    for (long id : ready) {
      assertThat(applied.out()).containsPattern("(?m)^" + id + " .* paid +\\d+ ");
    }
    assertThat(applied.out()).contains("Ordered (with tax").contains("Paid (with tax): " + PlanView.totalWithTax(plan) + ".");

    Result due = run(sandbox, "due", "--within", "14d", "--json");
    assertThat(due.exitCode()).as(due.toString()).isZero();
    assertThat(due.jsonArrayOfObjects()).extracting(s -> ((BigDecimal) s.get("serviceId")).longValueExact())
        .doesNotContainAnyElementsOf(ready);

    Result rerun = run(sandbox, "apply", planFile.toString(), "--yes", "--pay", "paypal:1234", "--json");
    assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
    assertThat(sandbox.renewOrderRequests()).isEqualTo(ready.size());
    assertThat(sandbox.paymentRequests()).isEqualTo(ready.size());
    assertThat(items(rerun)).filteredOn(i -> ready.contains(((BigDecimal) i.get("serviceId")).longValueExact()))
        .hasSize(ready.size()).allMatch(i -> "paid".equals(i.get("state")));
    assertThat(rerun.err()).contains("resuming from the journal");
  }

  @Test
  void apply_ownSandboxFleet_planThenApplyOfflinePaysEveryReadyItem() {
    Result planned = run(Map.of(), FakeTerminal.nonInteractive(), "--sandbox-fleet", "1000", "plan", "--within", "14d", "-o", planFile.toString());
    assertThat(planned.exitCode()).as(planned.toString()).isZero();
    RenewalPlan plan = RenewalPlan.read(planFile);
    assertThat(plan.ready()).isNotEmpty();

    // A fresh sandbox: the same generated fleet (same size, same day), so the plan's services are there.
    Result applied = run(Map.of(), FakeTerminal.nonInteractive(), "--sandbox-fleet", "1000", "apply", planFile.toString(), "--yes",
        "--pay", "paypal:1234", "--json");

    assertThat(applied.exitCode()).as(applied.toString()).isZero();
    assertThat(items(applied)).filteredOn(i -> !"skipped".equals(i.get("state"))).hasSize(plan.ready().size())
        .allMatch(i -> "paid".equals(i.get("state")));
    assertThat(applied.err()).contains("with 1000 generated services");
  }

  @Test
  void apply_json_reportShapeEveryItemWithStateOrderAndPrice() {
    RenewalPlan plan = plan();

    Result result = run(sandbox, "apply", planFile.toString(), "--yes", "--json");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    Map<String, Object> json = result.jsonObject();
    assertThat(json).containsKeys("items", "orderedWithTax", "paidWithTax", "stopReason");
    assertThat(json.get("stopReason")).isNull();
    assertThat(json.get("paidWithTax")).isEqualTo(Map.of());
    assertThat(json.get("orderedWithTax")).isEqualTo(Map.of("EUR", plan.totals().get(0).priceWithTax()));
    List<Map<String, Object>> items = items(result);
    assertThat(items).hasSize(plan.items().size());
    assertThat(items).allSatisfy(i -> assertThat(i).containsKeys("serviceId", "state", "orderId", "priceWithTax", "currency", "message"));
    assertThat(items).filteredOn(i -> "ordered".equals(i.get("state"))).hasSize(plan.ready().size())
        .allMatch(i -> i.get("orderId") != null && "EUR".equals(i.get("currency")));
    assertThat(sandbox.paymentRequests()).isZero();
    assertThat(result.err()).contains("ovh-renew: apply " + plan.items().size() + "/" + plan.items().size() + ": ");
  }

  @Test
  void apply_budgetReached_stopsOrderingExitsTwo() {
    RenewalPlan plan = plan();

    Result result = run(sandbox, "apply", planFile.toString(), "--yes", "--max-total", "0.01");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(sandbox.renewOrderRequests()).isZero();
    assertThat(result.out()).contains("notOrdered").contains("Stopped ordering: ");
    assertThat(result.err()).contains("stopped ordering").contains("0.01 EUR");
    assertThat(plan.ready()).isNotEmpty();
  }

  @Test
  void apply_refusedOrder_otherItemsOrderedExitsOne() {
    PlanItem real = FleetValues.ready(sandbox.vpsServiceId(), "vps112233.ovh.net", "7.00", "EUR");
    PlanItem missing = FleetValues.ready(999_999, "gone.example", "10.00", "EUR");
    RenewalPlan.of(FleetValues.CREATED, List.of(missing, real)).write(planFile);

    Result result = run(sandbox, "apply", planFile.toString(), "--yes", "--json");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(items(result)).extracting(i -> i.get("state")).containsExactly("refused", "ordered");
    assertThat(result.err()).contains("refused").contains("999999").contains("orders nothing twice");
    assertThat(sandbox.orderIds()).hasSize(1);
  }

  @Test
  void apply_orderAnswerLost_exitsThreeNamesJournalThenRerunReconcilesWithoutSecondOrder() {
    RenewalPlan plan = plan();
    long lost = plan.ready().get(1).serviceId();
    sandbox.faults().nextOrderAnswerDropped(lost);

    Result first = run(sandbox, "apply", planFile.toString(), "--yes", "--pay", "paypal:1234");

    assertThat(first.exitCode()).as(first.toString()).isEqualTo(3);
    assertThat(first.out()).containsPattern("(?m)^" + lost + " .* unknown ");
    assertThat(first.err()).contains("OUTCOME UNKNOWN").contains(Long.toString(lost)).contains(planFile + ".journal")
        .contains("run the same command again").contains("--retry-unknown, which risks paying twice");
    int orders = sandbox.renewOrderRequests();
    assertThat(orders).isEqualTo(plan.ready().size());

    Result rerun = run(sandbox, "apply", planFile.toString(), "--yes", "--pay", "paypal:1234", "--json");

    assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
    assertThat(sandbox.renewOrderRequests()).isEqualTo(orders);
    assertThat(sandbox.orderIds()).hasSize(plan.ready().size());
    assertThat(items(rerun)).filteredOn(i -> ((BigDecimal) i.get("serviceId")).longValueExact() == lost)
        .singleElement().satisfies(i -> assertThat(i.get("state")).isEqualTo("paid"));
  }

  @Test
  void apply_journalOfAnotherPlan_exitsTwoNothingOrdered() {
    plan();
    Path other = dir.resolve("other.json");
    RenewalPlan.of(FleetValues.CREATED, List.of(FleetValues.ready(sandbox.vpsServiceId(), "vps112233.ovh.net", "7.00", "EUR"))).write(other);
    Result first = run(sandbox, "apply", other.toString(), "--yes", "--journal", dir.resolve("shared.journal").toString());
    assertThat(first.exitCode()).as(first.toString()).isZero();

    Result result = run(sandbox, "apply", planFile.toString(), "--yes", "--journal", dir.resolve("shared.journal").toString());

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("shared.journal").contains("another plan");
    assertThat(sandbox.renewOrderRequests()).isEqualTo(1);
  }

  @Test
  void apply_unreadableJournal_exitsOneSaysRunAgainNothingOrdered() throws IOException {
    plan();
    Files.writeString(Path.of(planFile + ".journal"), "not a journal\n");

    Result result = run(sandbox, "apply", planFile.toString(), "--yes");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err()).contains(planFile + ".journal").contains("run the same command again");
    assertThat(result.err()).doesNotContain("\tat ");
    assertThat(sandbox.renewOrderRequests()).isZero();
  }

  @Test
  void apply_nonInteractiveWithoutYes_refusesExitsTwoWithoutConnection() throws Exception {
    RenewalPlan.of(FleetValues.CREATED, List.of(FleetValues.ready(112233, "vps112233.ovh.net", "7.00", "EUR"))).write(planFile);
    try (Tripwire tripwire = new Tripwire()) {
      Result result = run(env(tripwire.baseUrl(), "AK", "AS", "CK"), FakeTerminal.nonInteractive(), "apply", planFile.toString(),
          "--pay", "paypal:1234");

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
      assertThat(result.err()).contains("refusing to order without confirmation").contains("--yes");
      assertThat(result.out()).isEmpty();
      assertThat(tripwire.connections()).isZero();
    }
    assertThat(Files.exists(Path.of(planFile + ".journal"))).isFalse();
  }

  @Test
  void apply_interactiveAnswerNo_showsTotalOrdersNothing() {
    RenewalPlan plan = plan();
    FakeTerminal terminal = FakeTerminal.answering(false);

    Result result = run(env(sandbox), terminal, "apply", planFile.toString(), "--pay", "paypal:1234");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(terminal.questions()).singleElement().asString()
        .contains(plan.ready().size() + " renewal(s)").contains(PlanView.totalWithTax(plan)).contains("paypal:1234");
    assertThat(result.out()).contains("To order: " + plan.ready().size() + " renewal(s), " + PlanView.totalWithTax(plan));
    assertThat(result.err()).contains("not ordered");
    assertThat(sandbox.renewOrderRequests()).isZero();
    assertThat(Files.exists(Path.of(planFile + ".journal"))).isFalse();
  }

  @Test
  void apply_interactiveAnswerYes_ordersOnceWithProgressBar() {
    RenewalPlan plan = plan();
    FakeTerminal terminal = FakeTerminal.answering(true);
    Path journal = dir.resolve("custom.journal");

    Result result = run(env(sandbox), terminal, "apply", planFile.toString(), "--journal", journal.toString());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(terminal.questions()).hasSize(1);
    assertThat(sandbox.renewOrderRequests()).isEqualTo(plan.ready().size());
    assertThat(journal).exists();
    assertThat(Path.of(planFile + ".journal")).doesNotExist();
    int n = plan.items().size();
    assertThat(result.err()).contains("\rovh-renew: apply [").contains("] " + n + "/" + n + " ").doesNotContain("ovh-renew: apply 1/");
  }

  @Test
  void apply_paymentMeanNotOnAccount_exitsTwoNothingOrdered() {
    plan();

    Result result = run(sandbox, "apply", planFile.toString(), "--yes", "--pay", "paypal:999");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("paypal:999").contains("nothing was ordered");
    assertThat(sandbox.renewOrderRequests()).isZero();
  }

  @Test
  void apply_malformedPlanFile_exitsTwoNamingFileAndPathWithoutConnection() throws Exception {
    Files.writeString(planFile, "{\"version\":1,\"createdAt\":\"2026-11-23T10:00:00Z\",\"items\":[{\"serviceId\":\"abc\"}],\"totals\":[]}");
    try (Tripwire tripwire = new Tripwire()) {
      Result result = run(env(tripwire.baseUrl(), "AK", "AS", "CK"), FakeTerminal.nonInteractive(), "apply", planFile.toString(), "--yes");

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
      assertThat(result.err()).contains(planFile.toString()).contains("$.items[0].serviceId");
      assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
      assertThat(result.out()).isEmpty();
      assertThat(tripwire.connections()).isZero();
    }
  }

  @Test
  void apply_missingPlanFile_exitsTwoNamingFile() {
    Result result = run(sandbox, "apply", dir.resolve("nope.json").toString(), "--yes");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("nope.json");
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void apply_notJson_exitsTwo() throws IOException {
    Files.writeString(planFile, "this is not a plan");

    Result result = run(sandbox, "apply", planFile.toString(), "--yes");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains(planFile.toString());
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void apply_nothingReady_exitsZeroWithoutRequest() throws Exception {
    RenewalPlan.of(FleetValues.CREATED, List.of(FleetValues.skipped(1, "a.com", SkipReason.AUTOMATIC_RENEWAL, "it renews automatically")))
        .write(planFile);
    try (Tripwire tripwire = new Tripwire()) {
      Result result = run(env(tripwire.baseUrl(), "AK", "AS", "CK"), FakeTerminal.nonInteractive(), "apply", planFile.toString(), "--yes",
          "--json");

      assertThat(result.exitCode()).as(result.toString()).isZero();
      assertThat(items(result)).singleElement().satisfies(i -> assertThat(i).containsEntry("state", "skipped")
          .containsEntry("message", "it renews automatically"));
      assertThat(result.err()).contains("nothing to order");
      assertThat(tripwire.connections()).isZero();
    }
  }

  @Test
  void apply_badOptions_exitTwoWithoutConnection() throws Exception {
    RenewalPlan.of(FleetValues.CREATED, List.of(FleetValues.ready(112233, "vps112233.ovh.net", "7.00", "EUR"),
        FleetValues.ready(112234, "other.ca", "7.00", "CAD"))).write(planFile);
    try (Tripwire tripwire = new Tripwire()) {
      Map<String, String> env = env(tripwire.baseUrl(), "AK", "AS", "CK");
      String file = planFile.toString();

      assertThat(run(env, FakeTerminal.nonInteractive(), "apply", file, "--yes", "--pay", "paypal").err()).contains("paypal");
      Result noCurrency = run(env, FakeTerminal.nonInteractive(), "apply", file, "--yes", "--max-total", "500");
      Result badAmount = run(env, FakeTerminal.nonInteractive(), "apply", file, "--yes", "--max-total", "lots");
      Result noFile = run(env, FakeTerminal.nonInteractive(), "apply", "--yes");

      assertThat(noCurrency.exitCode()).isEqualTo(2);
      assertThat(noCurrency.err()).contains("names no currency").contains("EUR and CAD");
      assertThat(badAmount.exitCode()).isEqualTo(2);
      assertThat(badAmount.err()).contains("'lots'");
      assertThat(noFile.exitCode()).isEqualTo(2);
      assertThat(noFile.err()).contains("PLAN_FILE");
      assertThat(tripwire.connections()).isZero();
    }
  }
}
