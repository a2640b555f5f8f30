package io.github.ovhrenewal.examples.cli;

import static io.github.ovhrenewal.examples.cli.CliHarness.env;
import static io.github.ovhrenewal.examples.cli.CliHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.examples.cli.CliHarness.Result;
import io.github.ovhrenewal.examples.sandbox.OvhSandbox;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code autorenew show} and {@code autorenew set}, against the sandbox. */
class CliAutorenewTest {
  private OvhSandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = OvhSandbox.start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void show_oneService_jsonCarriesModePeriodAndWhatIsAllowed() {
    Result result = run(sandbox, "--json", "autorenew", "show", "/dedicated/server/ns3001234.ip-51-91-0.eu");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    Map<String, Object> item = result.jsonArrayOfObjects().get(0);
    assertThat(item).containsEntry("serviceId", new BigDecimal("445566")).containsEntry("renewMode", "manual")
        .containsEntry("renewPeriod", "P1M").containsEntry("possibleModes", List.of("manual"))
        .containsEntry("possiblePeriods", List.of("P1M", "P3M", "P6M", "P1Y"));
  }

  @Test
  void show_everything_tableOfTheFourServices() {
    Result result = run(sandbox, "autorenew", "show");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("MODES ALLOWED", "12345", "67890", "112233", "445566", "automatic manual");
  }

  @Test
  void setDryRun_all_listsChangesAndSendsNoPut() {
    Result result = run(sandbox, "--json", "autorenew", "set", "--all", "--mode", "automatic", "--dry-run");

    assertThat(result.exitCode()).as("the dedicated server may not be automatic: refused").isEqualTo(1);
    List<Map<String, Object>> items = result.jsonArrayOfObjects();
    assertThat(items).extracting(i -> i.get("result")).containsExactlyInAnyOrder("toChange", "toChange", "toChange", "refused");
    assertThat(sandbox.renewUpdates()).isZero();
    assertThat(sandbox.requests()).noneMatch(r -> r.startsWith("PUT"));
  }

  @Test
  void set_manyServicesOneRefused_othersChangedExitOne() {
    Result result = run(sandbox, "--json", "autorenew", "set", "12345", "112233", "445566", "--mode", "automatic", "--period", "P1Y", "--yes");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    List<Map<String, Object>> items = result.jsonArrayOfObjects();
    assertThat(items).extracting(i -> i.get("serviceId"), i -> i.get("result")).containsExactly(
        org.assertj.core.groups.Tuple.tuple(new BigDecimal("12345"), "changed"),
        org.assertj.core.groups.Tuple.tuple(new BigDecimal("112233"), "changed"),
        org.assertj.core.groups.Tuple.tuple(new BigDecimal("445566"), "refused"));
    assertThat((String) items.get(2).get("reason")).contains("allowed: manual");
    assertThat(sandbox.renewUpdates()).isEqualTo(2);
  }

  @Test
  void set_again_unchangedAndNoPut() {
    run(sandbox, "autorenew", "set", "112233", "--mode", "automatic", "--yes");

    Result again = run(sandbox, "autorenew", "set", "112233", "--mode", "automatic", "--yes");

    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(again.out()).contains("unchanged", "Nothing to change.");
    assertThat(sandbox.renewUpdates()).isEqualTo(1);
  }

  @Test
  void set_serverRefusesOne_reportedRefusedWithTheReason() {
    sandbox.faults().renewUpdateRefused(112233);

    Result result = run(sandbox, "autorenew", "set", "12345", "112233", "--mode", "automatic", "--yes");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out()).contains("This service cannot be modified right now", "1 changed, 0 unchanged, 1 refused.");
  }

  @Test
  void set_terminalDeclines_nothingSent() {
    Result result = run(env(sandbox), FakeTerminal.answering(false), "autorenew", "set", "112233", "--mode", "automatic");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).contains("not changed");
    assertThat(sandbox.renewUpdates()).isZero();
  }

  @Test
  void set_noTerminalNoYes_exitTwoBeforeAnyRequest() {
    Result result = run(sandbox, "autorenew", "set", "112233", "--mode", "automatic");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--yes");
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void set_badArguments_exitTwoBeforeAnyRequest() {
    assertThat(run(sandbox, "autorenew", "set", "112233", "--mode", "sometimes", "--yes").exitCode()).isEqualTo(2);
    assertThat(run(sandbox, "autorenew", "set", "--mode", "manual", "--yes").exitCode()).isEqualTo(2);
    assertThat(run(sandbox, "autorenew", "set", "112233", "--all", "--mode", "manual", "--yes").exitCode()).isEqualTo(2);
    assertThat(run(sandbox, "autorenew", "set", "112233", "--mode", "manual", "--period", "1Y", "--yes").exitCode()).isEqualTo(2);
    assertThat(run(sandbox, "autorenew").exitCode()).isEqualTo(2);
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void set_includeAddonsOnAFleet_addsTheAddOnsOfTheSelected() {
    try (OvhSandbox fleet = OvhSandbox.startWithFleet(200)) {
      Result result = run(fleet, "--json", "autorenew", "set", "--due-within", "400d", "--mode", "manual", "--include-addons", "--dry-run");

      List<Map<String, Object>> items = result.jsonArrayOfObjects();
      assertThat(items).isNotEmpty();
      assertThat(fleet.renewUpdates()).isZero();
      Result without = run(fleet, "--json", "autorenew", "set", "--due-within", "400d", "--mode", "manual", "--dry-run");
      assertThat(items.size()).isGreaterThanOrEqualTo(without.jsonArrayOfObjects().size());
    }
  }
}
