package io.github.ovhrenewal.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.examples.cli.CliHarness.Result;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --help}: exit 0, the five commands and the exit codes, on stdout. */
class CliHelpTest {

  private static Result run(String... args) {
    return CliHarness.run(Map.of(), FakeTerminal.nonInteractive(), args);
  }

  @Test
  void help_topLevel_exitsZeroListsFiveCommandsAndExitCodes() {
    Result result = run("--help");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).contains("Usage: ovh-renew");
    assertThat(result.out()).containsPattern("(?m)^\\s+services\\s")
        .containsPattern("(?m)^\\s+options\\s")
        .containsPattern("(?m)^\\s+quote\\s")
        .containsPattern("(?m)^\\s+renew\\s")
        .containsPattern("(?m)^\\s+pay\\s");
    assertThat(result.out()).contains("Exit codes:")
        .containsPattern("(?m)^\\s+0\\s+success")
        .containsPattern("(?m)^\\s+1\\s+the API or the network failed")
        .containsPattern("(?m)^\\s+2\\s+bad usage or bad input")
        .containsPattern("(?m)^\\s+3\\s+an order or payment was sent and its outcome is unknown");
    assertThat(result.out()).contains("--sandbox", "--endpoint", "--json", "--verbose");
  }

  @Test
  void help_topLevel_listsFleetCommandsExitCodeFourAndSandboxFleet() {
    Result result = run("--help");

    assertThat(result.out()).containsPattern("(?m)^\\s+due\\s")
        .containsPattern("(?m)^\\s+plan\\s")
        .containsPattern("(?m)^\\s+apply\\s")
        .containsPattern("(?m)^\\s+4\\s+due --fail-if-any")
        .contains("--sandbox-fleet=N");
    // Help text wraps at 80 columns: compare with the line breaks taken out.
    assertThat(result.out().replaceAll("\\s+", " "))
        .contains("1 the API or the network failed, or apply: some items were refused")
        .contains("or apply stopped at --max-total")
        .contains("(apply: the journal names them)");
  }

  @Test
  void help_dueCommand_showsWindowFiltersAndFormats() {
    Result result = run("due", "--help");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out().replaceAll("\\s+", " ")).contains("--within", "30d, 8w, 6m, 1y", "--before", "--all-modes", "--fail-if-any", "--json", "--csv");
  }

  @Test
  void help_planCommand_showsPeriodAutomaticAndOutput() {
    Result result = run("plan", "--help");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out().replaceAll("\\s+", " ")).contains("--within", "--before", "--period", "current", "--include-automatic", "-o, --output", "--json");
  }

  @Test
  void help_applyCommand_showsOptionsRetryUnknownSaysItRisksPayingTwice() {
    Result result = run("apply", "--help");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out().replaceAll("\\s+", " "))
        .contains("PLAN_FILE", "--pay", "--max-total", "'500 EUR'", "--journal", "PLAN_FILE.journal", "--yes", "--json")
        .contains("--retry-unknown").contains("RISKS PAYING TWICE");
  }

  @Test
  void help_shortOption_exitsZero() {
    Result result = run("-h");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Exit codes:");
  }

  @Test
  void help_renewCommand_exitsZeroShowsPayAndYes() {
    Result result = run("renew", "--help");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("SERVICE", "PERIOD", "--pay", "--yes");
  }

  @Test
  void help_payCommand_exitsZeroShowsOrderIdAndPay() {
    Result result = run("pay", "--help");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("ORDER_ID", "--pay");
  }

  @Test
  void version_exitsZero() {
    Result result = run("--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("ovh-renew");
  }
}
