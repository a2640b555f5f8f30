package io.github.ovhrenewal.examples.cli;

import static io.github.ovhrenewal.examples.cli.CliHarness.env;
import static io.github.ovhrenewal.examples.cli.CliHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.examples.cli.CliHarness.Result;
import io.github.ovhrenewal.examples.sandbox.OvhSandbox;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code renew} shows the quote and asks on a terminal; without one and without --yes it refuses. */
class CliConfirmationTest {
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
  void renew_interactiveAnswerNo_showsQuoteOrdersNothingExitsZero() {
    FakeTerminal terminal = FakeTerminal.answering(false);

    Result result = run(env(sandbox), terminal, "renew", "112233", "P3M", "--pay", "paypal:1234");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(terminal.questions()).singleElement().asString().contains("25.20 EUR");
    assertThat(result.out()).contains("21.00 EUR    4.20 EUR  25.20 EUR").doesNotContain("Ordered");
    assertThat(result.err()).contains("not ordered");
    assertThat(sandbox.renewOrderRequests()).isZero();
    assertThat(sandbox.paymentRequests()).isZero();
    assertThat(sandbox.orderIds()).isEmpty();
  }

  @Test
  void renew_interactiveAnswerYes_ordersOnce() {
    FakeTerminal terminal = FakeTerminal.answering(true);

    Result result = run(env(sandbox), terminal, "renew", "/vps/vps112233.ovh.net", "P3M");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(terminal.questions()).hasSize(1);
    assertThat(sandbox.renewOrderRequests()).isEqualTo(1);
    assertThat(sandbox.orderIds()).hasSize(1);
    assertThat(sandbox.paymentRequests()).isZero();
    assertThat(result.out()).contains("Ordered: order " + sandbox.orderIds().get(0));
  }

  @Test
  void renew_interactiveAnswerYesWithPay_ordersAndPaysOnce() {
    FakeTerminal terminal = FakeTerminal.answering(true);

    Result result = run(env(sandbox), terminal, "--json", "renew", "112233", "P3M", "--pay", "paypal:1234");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.jsonObject().get("payment")).isEqualTo(
        Map.of("paymentMean", "paypal", "paymentMeanId", new java.math.BigDecimal("1234"), "status", "delivered"));
    assertThat(sandbox.renewOrderRequests()).isEqualTo(1);
    assertThat(sandbox.paymentRequests()).isEqualTo(1);
  }

  @Test
  void renew_interactiveWithYes_doesNotAsk() {
    FakeTerminal terminal = FakeTerminal.answering(false);

    Result result = run(env(sandbox), terminal, "renew", "112233", "P3M", "--yes");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(terminal.questions()).isEmpty();
    assertThat(sandbox.orderIds()).hasSize(1);
  }

  @Test
  void renew_nonInteractiveWithoutYes_exitsTwoAndSendsNothing() {
    Result result = run(env(sandbox), FakeTerminal.nonInteractive(), "renew", "112233", "P3M", "--pay", "paypal:1234");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("--yes");
    assertThat(sandbox.renewOrderRequests()).isZero();
    assertThat(sandbox.paymentRequests()).isZero();
    assertThat(sandbox.orderIds()).isEmpty();
  }

  @Test
  void renew_nonInteractiveWithoutYes_noConnectionAtAll() throws Exception {
    try (Tripwire tripwire = new Tripwire()) {
      Result result = run(env(tripwire.baseUrl(), "AK", "AS", "CK"), FakeTerminal.nonInteractive(), "renew", "112233", "P3M");

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
      assertThat(tripwire.connections()).isZero();
    }
  }

  @Test
  void renew_ownSandboxNonInteractiveWithoutYes_exitsTwoWithoutStartingSandbox() {
    Result result = CliHarness.runOwnSandbox("renew", "112233", "P3M");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("--yes").doesNotContain("sandbox started");
  }
}
