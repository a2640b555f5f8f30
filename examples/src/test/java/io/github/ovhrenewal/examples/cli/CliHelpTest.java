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
