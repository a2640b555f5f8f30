package io.github.ovhrenewal.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.core.config.ConfigurationSources;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example's {@code main} path, in process: one line on stderr and an exit code for every
 * failure, never a stack trace; the usage line on bad usage.
 */
class ExampleMainTest {
  @TempDir
  Path emptyDir;

  /** What one run produced. */
  record Run(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
    }
  }

  /** Runs an example's main path with these arguments and no configuration at all (no OVH_*, no ovh.conf). */
  private Run runWithoutConfiguration(String name, String arguments, ExampleSession.Scenario scenario, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ConfigurationSources nothing = ConfigurationSources.of(Map.of(), emptyDir, emptyDir, emptyDir.resolve("etc-ovh.conf"));
    int code = ExampleSession.run(name, arguments, args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), nothing, scenario);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Runs an example's own testable main. */
  private static Run run(Main main, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @FunctionalInterface
  private interface Main {
    int run(String[] args, PrintStream out, PrintStream err);
  }

  private static void assertOneLineNoStackTrace(Run run) {
    assertThat(run.err().lines()).as(run.toString()).hasSize(1);
    assertThat(run.err()).doesNotContain("Exception in thread").doesNotContain("\tat ").doesNotContain("Exception:");
  }

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of("RenewVps", RenewVps.ARGUMENTS, (ExampleSession.Scenario) RenewVps::scenario),
        Arguments.of("ListServices", ListServices.ARGUMENTS, (ExampleSession.Scenario) ListServices::scenario),
        Arguments.of("PriceAllPeriods", PriceAllPeriods.ARGUMENTS, (ExampleSession.Scenario) PriceAllPeriods::scenario),
        Arguments.of("RenewDomainWithHosting", RenewDomainWithHosting.ARGUMENTS, (ExampleSession.Scenario) RenewDomainWithHosting::scenario),
        Arguments.of("AutoRenewEverything", AutoRenewEverything.ARGUMENTS, (ExampleSession.Scenario) AutoRenewEverything::scenario));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void main_noCredentials_oneLineSayingWhatToSetExitTwo(String name, String arguments, ExampleSession.Scenario scenario) {
    Run run = runWithoutConfiguration(name, arguments, scenario);

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertOneLineNoStackTrace(run);
    assertThat(run.err()).startsWith(name + ": no usable OVH configuration (")
        .contains("set OVH_ENDPOINT, OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY")
        .contains("or pass --sandbox");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void main_help_printsUsageWithArgumentsExitZero(String name, String arguments, ExampleSession.Scenario scenario) {
    Run run = runWithoutConfiguration(name, arguments, scenario, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("usage: " + name + " " + arguments + System.lineSeparator());
    assertThat(run.err()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void main_tooManyArguments_usageLineExitTwoBeforeAnyConfiguration(String name, String arguments, ExampleSession.Scenario scenario) {
    Run run = runWithoutConfiguration(name, arguments, scenario, "a", "b", "c", "d");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertOneLineNoStackTrace(run);
    assertThat(run.err()).startsWith(name + ": unexpected arguments [a, b, c, d]")
        .endsWith("; usage: " + name + " " + arguments + System.lineSeparator());
  }

  @Test
  void priceAllPeriods_sandboxRouteAndNameAsOneArgument_usageLineExitTwo() {
    Run run = run(PriceAllPeriods::run, "--sandbox", "/vps/foo");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertOneLineNoStackTrace(run);
    assertThat(run.err()).contains("unexpected arguments [/vps/foo] (expected 0 or 2)")
        .contains("usage: PriceAllPeriods [--sandbox] [ROUTE SERVICE_NAME]");
  }

  @Test
  void priceAllPeriods_sandboxUnknownService_oneLineNotFoundExitOne() {
    Run run = run(PriceAllPeriods::run, "--sandbox", "/vps", "foo");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertOneLineNoStackTrace(run);
    assertThat(run.err()).startsWith("PriceAllPeriods: ").contains("404").contains("queryId");
  }

  @Test
  void priceAllPeriods_sandboxDedicatedServer_pricesEveryPeriodWithCurrencyDigits() {
    Run run = run(PriceAllPeriods::run, "--sandbox", "/dedicated/server", "ns3001234.ip-51-91-0.eu");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("P1M: 71.99 EUR with tax (71.99 EUR a month)");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void renewVps_sandbox_ordersPaysExitZero() {
    Run run = run(RenewVps::run, "--sandbox");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("25.20 EUR with tax").contains("order status delivered");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void renewVps_sandboxPeriodNotIso_usageLineExitTwo() {
    Run run = run(RenewVps::run, "--sandbox", "vps112233.ovh.net", "3 months");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertOneLineNoStackTrace(run);
    assertThat(run.err()).startsWith("RenewVps: ").contains("3 months").contains("usage: RenewVps [--sandbox] [VPS_NAME [PERIOD [PAYPAL_ID]]]");
  }

  @Test
  void autoRenewEverything_sandboxModeUnknown_usageLineExitTwo() {
    Run run = run(AutoRenewEverything::run, "--sandbox", "sometimes");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertOneLineNoStackTrace(run);
    assertThat(run.err()).contains("MODE 'sometimes' is not a renewal mode; expected automatic or manual");
  }

  @Test
  void autoRenewEverything_sandboxManualP1Y_exitZeroAndReportsEachService() {
    Run run = run(AutoRenewEverything::run, "--sandbox", "manual", "P1Y");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("done  112233", "changed", "done  445566");
  }

  @Test
  void renewVps_sandboxPaypalIdNotANumber_usageLineExitTwo() {
    Run run = run(RenewVps::run, "--sandbox", "vps112233.ovh.net", "P3M", "abc");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertOneLineNoStackTrace(run);
    assertThat(run.err()).contains("PAYPAL_ID 'abc' is not a positive number");
  }

  @Test
  void renewVps_sandboxPaypalIdTheAccountLacks_oneLineExitOne() {
    Run run = run(RenewVps::run, "--sandbox", "vps112233.ovh.net", "P3M", "9999");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertOneLineNoStackTrace(run);
    assertThat(run.err()).contains("can't be paid with paypal 9999");
  }

  @Test
  void listServices_sandbox_listsExitZero() {
    Run run = run(ListServices::run, "--sandbox");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("/vps/vps112233.ovh.net");
  }

  @Test
  void renewDomainWithHosting_sandbox_ordersExitZero() {
    Run run = run(RenewDomainWithHosting::run, "--sandbox");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("45.44 EUR with tax, not paid yet");
  }

  @Test
  void renewDomainWithHosting_sandboxUnknownDomain_oneLineExitOne() {
    Run run = run(RenewDomainWithHosting::run, "--sandbox", "nope.ovh");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertOneLineNoStackTrace(run);
    assertThat(run.err()).contains("404");
  }
}
