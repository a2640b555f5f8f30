package io.github.ovhrenewal.examples.cli;

import static io.github.ovhrenewal.examples.cli.CliHarness.env;
import static io.github.ovhrenewal.examples.cli.CliHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.examples.cli.CliHarness.Result;
import io.github.ovhrenewal.examples.sandbox.OvhSandbox;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Exit code 2: bad usage or bad input, with a message on stderr, and nothing sent at all. */
class CliBadUsageTest {
  private Tripwire tripwire;
  private OvhSandbox sandbox;

  @BeforeEach
  void start() {
    tripwire = new Tripwire();
    sandbox = OvhSandbox.start();
  }

  @AfterEach
  void stop() throws Exception {
    tripwire.close();
    sandbox.close();
  }

  static Stream<Arguments> badUsage() {
    return Stream.of(
        Arguments.of("no command", List.of(), "COMMAND"),
        Arguments.of("unknown command", List.of("frobnicate"), "frobnicate"),
        Arguments.of("options without SERVICE", List.of("options"), "SERVICE"),
        Arguments.of("quote without PERIOD", List.of("quote", "112233"), "PERIOD"),
        Arguments.of("renew without PERIOD", List.of("renew", "112233", "--yes"), "PERIOD"),
        Arguments.of("renew without arguments", List.of("renew"), "SERVICE"),
        Arguments.of("pay without ORDER_ID", List.of("pay", "--pay", "paypal:1234"), "ORDER_ID"),
        Arguments.of("pay without --pay", List.of("pay", "123"), "--pay"),
        Arguments.of("quote period P1D", List.of("quote", "112233", "P1D"), "P1D"),
        Arguments.of("renew period 1Y", List.of("renew", "112233", "1Y", "--yes"), "1Y"),
        Arguments.of("renew period P0M", List.of("renew", "112233", "P0M", "--yes"), "P0M"),
        Arguments.of("renew period -P1Y", List.of("renew", "--yes", "--", "112233", "-P1Y"), "-P1Y"),
        Arguments.of("service abc", List.of("options", "abc"), "abc"),
        Arguments.of("service 0", List.of("quote", "0", "P1Y"), "'0'"),
        Arguments.of("service /vps", List.of("renew", "/vps", "P1M", "--yes"), "/vps"),
        Arguments.of("service /vps/", List.of("renew", "/vps/", "P1M", "--yes"), "/vps/"),
        Arguments.of("service vps/x without leading slash", List.of("quote", "vps/vps112233.ovh.net", "P1M"), "vps/vps112233.ovh.net"),
        Arguments.of("service id too large", List.of("options", "99999999999999999999"), "99999999999999999999"),
        Arguments.of("renew --pay without id", List.of("renew", "112233", "P3M", "--pay", "paypal", "--yes"), "paypal"),
        Arguments.of("renew --pay non-numeric id", List.of("renew", "112233", "P3M", "--pay", "paypal:x", "--yes"), "paypal:x"),
        Arguments.of("renew --pay empty", List.of("renew", "112233", "P3M", "--pay", "", "--yes"), "--pay"),
        Arguments.of("renew --pay negative id", List.of("renew", "112233", "P3M", "--pay", "paypal:-1", "--yes"), "paypal:-1"),
        Arguments.of("renew --pay unknown mean bitcoin", List.of("renew", "112233", "P3M", "--pay", "bitcoin:1", "--yes"), "bitcoin"),
        Arguments.of("renew --pay mean misspelt PayPal", List.of("renew", "112233", "P3M", "--pay", "PayPal:1234", "--yes"), "PayPal"),
        Arguments.of("renew --pay bankAccount without id", List.of("renew", "112233", "P3M", "--pay", "bankAccount", "--yes"), "bankAccount"),
        Arguments.of("pay --pay unknown mean bitcoin", List.of("pay", "123", "--pay", "bitcoin:1"), "bitcoin"),
        Arguments.of("order-status ORDER_ID abc", List.of("order-status", "abc"), "abc"),
        Arguments.of("order-status without ORDER_ID", List.of("order-status"), "ORDER_ID"),
        Arguments.of("pay --pay without id", List.of("pay", "123", "--pay", "creditCard"), "creditCard"),
        Arguments.of("pay --pay non-numeric id", List.of("pay", "123", "--pay", "paypal:x"), "paypal:x"),
        Arguments.of("pay ORDER_ID abc", List.of("pay", "abc", "--pay", "paypal:1234"), "abc"),
        Arguments.of("pay ORDER_ID 0", List.of("pay", "0", "--pay", "paypal:1234"), "'0'"),
        Arguments.of("pay ORDER_ID -5", List.of("pay", "--pay", "paypal:1234", "--", "-5"), "-5"),
        Arguments.of("unknown option", List.of("services", "--frobnicate"), "--frobnicate"),
        Arguments.of("extra argument", List.of("quote", "112233", "P1Y", "extra"), "extra"),
        Arguments.of("due --within 30x", List.of("due", "--within", "30x"), "'30x'"),
        Arguments.of("due --before 2027-13-01", List.of("due", "--before", "2027-13-01"), "'2027-13-01'"),
        Arguments.of("due --json --csv", List.of("due", "--json", "--csv"), "--csv"),
        Arguments.of("plan --period P1D", List.of("plan", "--period", "P1D"), "'P1D'"),
        Arguments.of("plan --within 2 weeks", List.of("plan", "--within", "2 weeks"), "'2 weeks'"),
        Arguments.of("apply without PLAN_FILE", List.of("apply", "--yes"), "PLAN_FILE"),
        Arguments.of("apply --pay without id", List.of("apply", "plan.json", "--pay", "paypal", "--yes"), "paypal"),
        Arguments.of("apply --max-total abc", List.of("apply", "plan.json", "--max-total", "abc", "--yes"), "'abc'"),
        Arguments.of("apply missing plan file", List.of("apply", "no-such-plan.json", "--yes"), "no-such-plan.json"),
        Arguments.of("--sandbox-fleet -1", List.of("--sandbox-fleet", "-1", "due"), "-1"),
        Arguments.of("--sandbox-fleet 100001", List.of("--sandbox-fleet", "100001", "due"), "100000"),
        Arguments.of("--sandbox-fleet abc", List.of("--sandbox-fleet", "abc", "due"), "abc"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badUsage")
  void anyCommand_badUsageAgainstTripwire_exitsTwoWithoutAnyConnection(String name, List<String> args, String mentioned) {
    Result result = run(env(tripwire.baseUrl(), "AK", "AS", "CK"), FakeTerminal.nonInteractive(), args.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).as(result.toString()).contains(mentioned);
    assertThat(result.out()).as(result.toString()).isEmpty();
    assertThat(tripwire.connections()).as("connections to the endpoint").isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badUsage")
  void anyCommand_badUsageAgainstSandbox_exitsTwoAndNothingOrderedOrPaid(String name, List<String> args, String mentioned) {
    Result result = run(sandbox, args.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(sandbox.renewOrderRequests()).isZero();
    assertThat(sandbox.paymentRequests()).isZero();
    assertThat(sandbox.orderIds()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badUsage")
  void anyCommand_badUsageWithOwnSandbox_exitsTwoBeforeStartingIt(String name, List<String> args, String mentioned) {
    List<String> all = new ArrayList<>(List.of("--sandbox"));
    all.addAll(args);

    Result result = run(Map.of(), FakeTerminal.nonInteractive(), all.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).doesNotContain("sandbox started");
  }

  @Test
  void services_noCredentialsNoSandbox_exitsTwoNamingTheVariables() {
    Result result = run(Map.of(), FakeTerminal.nonInteractive(), "services");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("OVH_ENDPOINT", "OVH_APPLICATION_KEY", "OVH_APPLICATION_SECRET", "OVH_CONSUMER_KEY", "--sandbox");
  }

  @Test
  void renew_endpointButNoKeys_exitsTwoWithoutAnyConnection() {
    Result result = run(Map.of("OVH_ENDPOINT", tripwire.baseUrl()), FakeTerminal.nonInteractive(),
        "renew", "112233", "P3M", "--pay", "paypal:1234", "--yes");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("OVH_APPLICATION_KEY").doesNotContain("OVH_ENDPOINT");
    assertThat(tripwire.connections()).isZero();
  }

  @Test
  void pay_sandboxKeysWithoutConsumerKey_exitsTwoAndNothingPaid() {
    Map<String, String> env = new java.util.HashMap<>(env(sandbox));
    env.remove("OVH_CONSUMER_KEY");

    Result result = run(env, FakeTerminal.nonInteractive(), "pay", "123", "--pay", "paypal:1234");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("OVH_CONSUMER_KEY");
    assertThat(sandbox.paymentRequests()).isZero();
  }
}
