package io.github.ovhrenewal.examples.cli;

import static io.github.ovhrenewal.examples.cli.CliHarness.run;
import static io.github.ovhrenewal.examples.cli.CliHarness.runOwnSandbox;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.examples.cli.CliHarness.Result;
import io.github.ovhrenewal.examples.sandbox.OvhSandbox;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code ovh-renew pay ORDER_ID --pay MEAN[:ID]} after a renew without {@code --pay}. */
class CliPayTest {
  private OvhSandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = OvhSandbox.start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private long renewWithoutPay() {
    Result renew = run(sandbox, "renew", "112233", "P3M", "--yes");
    assertThat(renew.exitCode()).as(renew.toString()).isZero();
    assertThat(sandbox.orderIds()).hasSize(1);
    assertThat(sandbox.paymentRequests()).isZero();
    return sandbox.orderIds().get(0);
  }

  @Test
  void pay_afterRenewWithoutPayTableMode_paysOnceAndDelivers() {
    long orderId = renewWithoutPay();

    Result result = run(sandbox, "pay", Long.toString(orderId), "--pay", "paypal:1234");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).isEqualTo("Paid order " + orderId + " with paypal:1234: status delivered." + System.lineSeparator());
    assertThat(result.err()).isEmpty();
    assertThat(sandbox.paymentRequests()).isEqualTo(1);
    assertThat(sandbox.renewOrderRequests()).isEqualTo(1);
    assertThat(sandbox.orderIds()).containsExactly(orderId);
  }

  @Test
  void pay_afterRenewWithoutPayJsonMode_exactFields() {
    long orderId = renewWithoutPay();

    Result result = run(sandbox, "--json", "pay", Long.toString(orderId), "--pay", "creditCard:5678");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.jsonObject()).containsExactly(
        Map.entry("orderId", new BigDecimal(orderId)),
        Map.entry("paymentMean", "creditCard"),
        Map.entry("paymentMeanId", new BigDecimal("5678")),
        Map.entry("status", "delivered"));
    assertThat(sandbox.paymentRequests()).isEqualTo(1);
  }

  @Test
  void pay_ownSandboxUnknownOrder_exitsOneWithNotFoundOnStderr() {
    Result result = runOwnSandbox("pay", "1", "--pay", "paypal:1234");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("404").contains("orderId = 1");
  }
}
