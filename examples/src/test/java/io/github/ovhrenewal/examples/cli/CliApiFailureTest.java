package io.github.ovhrenewal.examples.cli;

import static io.github.ovhrenewal.examples.cli.CliHarness.env;
import static io.github.ovhrenewal.examples.cli.CliHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.examples.cli.CliHarness.Result;
import io.github.ovhrenewal.examples.sandbox.OvhSandbox;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exit code 1: the API refused or the network failed; the reason on stderr, nothing on stdout. */
class CliApiFailureTest {
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
  void options_unknownServiceId_exitsOneWithNotFound() {
    Result result = run(sandbox, "options", "999");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("ovh-renew: ").contains("404");
  }

  @Test
  void renew_unknownServiceIdJson_exitsOneNothingOrdered() {
    Result result = run(sandbox, "--json", "renew", "999", "P1Y", "--pay", "paypal:1234", "--yes");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("404");
    assertThat(sandbox.orderIds()).isEmpty();
    assertThat(sandbox.paymentRequests()).isZero();
  }

  @Test
  void quote_unknownServiceRoute_exitsOneWithNotFound() {
    Result result = run(sandbox, "quote", "/vps/nope.ovh.net", "P1M");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("404");
  }

  @Test
  void services_wrongSecretInEnv_exitsOneWithInvalidSignature() {
    String wrongSecret = "WrongSecretWrongSecretWrong12345";

    Result result = run(env(sandbox.baseUrl(), sandbox.applicationKey(), wrongSecret, sandbox.consumerKey()),
        FakeTerminal.nonInteractive(), "--verbose", "services");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("INVALID_SIGNATURE").doesNotContain(wrongSecret);
  }

  @Test
  void renew_wrongSecretInEnv_exitsOneNothingOrdered() {
    Result result = run(env(sandbox.baseUrl(), sandbox.applicationKey(), "nope", sandbox.consumerKey()),
        FakeTerminal.nonInteractive(), "renew", "112233", "P3M", "--yes");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err()).contains("INVALID_SIGNATURE");
    assertThat(sandbox.orderIds()).isEmpty();
    assertThat(sandbox.renewOrderRequests()).isZero();
  }

  @Test
  void pay_paidTwice_exitsOneWithConflictAndPaysOnce() {
    Result renew = run(sandbox, "renew", "112233", "P3M", "--pay", "paypal:1234", "--yes");
    assertThat(renew.exitCode()).as(renew.toString()).isZero();
    long orderId = sandbox.orderIds().get(0);

    Result again = run(sandbox, "--json", "pay", Long.toString(orderId), "--pay", "paypal:1234");

    assertThat(again.exitCode()).as(again.toString()).isEqualTo(1);
    assertThat(again.out()).isEmpty();
    assertThat(again.err()).contains("409");
    assertThat(sandbox.paymentRequests()).isEqualTo(2);
    assertThat(sandbox.renewOrderRequests()).isEqualTo(1);
  }

  @Test
  void renew_readOnlyConsumerKey_exitsOneNotGrantedNothingOrdered() {
    Result result = run(env(sandbox.baseUrl(), sandbox.applicationKey(), sandbox.applicationSecret(), sandbox.readOnlyConsumerKey()),
        FakeTerminal.nonInteractive(), "renew", "112233", "P3M", "--pay", "paypal:1234", "--yes");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err()).contains("403");
    assertThat(sandbox.orderIds()).isEmpty();
    assertThat(sandbox.renewOrderRequests()).isZero();
    assertThat(sandbox.paymentRequests()).isZero();
  }

  @Test
  void services_readOnlyConsumerKey_exitsZero() {
    Result result = run(env(sandbox.baseUrl(), sandbox.applicationKey(), sandbox.applicationSecret(), sandbox.readOnlyConsumerKey()),
        FakeTerminal.nonInteractive(), "--json", "services");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.jsonArrayOfObjects()).hasSize(4);
  }

  @Test
  void services_nothingListening_exitsOne() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = socket.getLocalPort();
    }

    Result result = run(env("http://127.0.0.1:" + port + "/1.0", "AK", "AS", "CK"), FakeTerminal.nonInteractive(), "services");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("ovh-renew: ");
  }
}
