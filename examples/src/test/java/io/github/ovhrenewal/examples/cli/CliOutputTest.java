package io.github.ovhrenewal.examples.cli;

import static io.github.ovhrenewal.examples.cli.CliHarness.run;
import static io.github.ovhrenewal.examples.cli.CliHarness.runOwnSandbox;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.examples.cli.CliHarness.Result;
import io.github.ovhrenewal.examples.sandbox.OvhSandbox;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Output discipline: in --json mode stdout is one JSON document and nothing else, logs and
 * messages go to stderr, and no secret is ever printed, --verbose included. (Every run through
 * {@link CliHarness} also checks that no sandbox secret appears in stdout or stderr.)
 */
class CliOutputTest {
  private OvhSandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = OvhSandbox.start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
    // --verbose installs a handler on the SDK's logger that writes to that run's stderr: remove it.
    Logger logger = Logger.getLogger("io.github.ovhrenewal");
    for (Handler handler : logger.getHandlers()) {
      logger.removeHandler(handler);
    }
    logger.setLevel(null);
    logger.setUseParentHandlers(true);
  }

  static Stream<Arguments> jsonCommands() {
    return Stream.of(
        Arguments.of(List.of("services")),
        Arguments.of(List.of("due", "--all-modes", "--before", "2999-01-01")),
        Arguments.of(List.of("plan", "--within", "1y")),
        Arguments.of(List.of("options", "/hosting/web/example.ovh")),
        Arguments.of(List.of("quote", "112233", "P3M")),
        Arguments.of(List.of("renew", "/vps/vps112233.ovh.net", "P3M", "--yes")),
        Arguments.of(List.of("renew", "112233", "P1Y", "--pay", "paypal:1234", "--yes")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jsonCommands")
  void anyCommand_jsonVerboseAgainstEnvSandbox_stdoutIsJsonOnlyLogsOnStderrNoSecret(List<String> command) {
    String[] args = Stream.concat(Stream.of("--json", "--verbose"), command.stream()).toArray(String[]::new);

    Result result = run(sandbox, args);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.json()).isNotNull();
    assertThat(result.out().strip()).matches("(?s)^[\\[{].*[\\]}]$");
    assertThat(result.err()).contains("GET /1.0/").doesNotContain(sandbox.applicationSecret(), sandbox.consumerKey());
    assertThat(result.err().lines()).allMatch(l -> l.startsWith("ovh-renew: "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jsonCommands")
  void anyCommand_jsonVerboseOwnSandbox_stdoutIsJsonOnlyNoSecret(List<String> command) {
    String[] args = Stream.concat(Stream.of("--json", "--verbose"), command.stream()).toArray(String[]::new);

    Result result = runOwnSandbox(args);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.json()).isNotNull();
    assertThat(result.err()).contains("sandbox started").contains("GET /1.0/")
        .doesNotContain(sandbox.applicationSecret(), sandbox.consumerKey());
  }

  @Test
  void pay_jsonVerbose_stdoutIsJsonOnlyNoSecret() {
    Result renew = run(sandbox, "--json", "--verbose", "renew", "112233", "P3M", "--yes");
    assertThat(renew.exitCode()).as(renew.toString()).isZero();

    Result result = run(sandbox, "--json", "--verbose", "pay", Long.toString(sandbox.orderIds().get(0)), "--pay", "paypal:1234");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.jsonObject()).containsEntry("status", "delivered");
    assertThat(result.err()).contains("POST /1.0/me/order/" + sandbox.orderIds().get(0) + "/payWithRegisteredPaymentMean");
  }

  @Test
  void renew_tableVerbose_logsEveryCallWithoutSecret() {
    Result result = run(sandbox, "--verbose", "renew", "112233", "P3M", "--pay", "paypal:1234", "--yes");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.err()).contains("POST /1.0/service/112233/renew", "payWithRegisteredPaymentMean");
    assertThat(result.out()).doesNotContain("/1.0/");
  }

  @Test
  void renew_failureJsonVerbose_errorOnStderrStdoutEmpty() {
    sandbox.dropNextOrderAnswer();

    Result result = run(sandbox, "--json", "--verbose", "renew", "112233", "P3M", "--pay", "paypal:1234", "--yes");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("OUTCOME UNKNOWN");
  }

  @Test
  void services_ownSandbox_stderrNamesNoSecret() {
    Result result = runOwnSandbox("--verbose", "services");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.err()).contains("sandbox started")
        .doesNotContain(sandbox.applicationSecret(), sandbox.consumerKey(), sandbox.readOnlyConsumerKey());
    assertThat(result.out()).doesNotContain("sandbox started");
  }
}
