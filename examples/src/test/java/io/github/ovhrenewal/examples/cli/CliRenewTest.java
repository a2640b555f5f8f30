package io.github.ovhrenewal.examples.cli;

import static io.github.ovhrenewal.examples.cli.CliHarness.run;
import static io.github.ovhrenewal.examples.cli.CliHarness.runOwnSandbox;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.examples.cli.CliHarness.Result;
import io.github.ovhrenewal.examples.sandbox.OvhSandbox;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code ovh-renew renew SERVICE PERIOD [--pay MEAN[:ID]] --yes}: one order, paid only when asked. */
class CliRenewTest {
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
  void renew_yesWithoutPayTableMode_oneOrderNotPaid() {
    Result result = run(sandbox, "renew", "/vps/vps112233.ovh.net", "P3M", "--yes");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(sandbox.orderIds()).hasSize(1);
    long orderId = sandbox.orderIds().get(0);
    assertThat(sandbox.renewOrderRequests()).isEqualTo(1);
    assertThat(sandbox.paymentRequests()).isZero();
    assertThat(result.out())
        .contains("21.00 EUR    4.20 EUR  25.20 EUR")
        .contains("Ordered: order " + orderId + ", 25.20 EUR with tax")
        .contains("Not paid yet: ovh-renew pay " + orderId + " --pay default|method:ID|MEAN[:ID]");
    // The order is really unpaid: paying it now works.
    Result status = run(sandbox, "--json", "pay", Long.toString(orderId), "--pay", "paypal:1234");
    assertThat(status.jsonObject()).containsEntry("status", "delivered");
  }

  @Test
  void renew_yesWithoutPayJsonMode_quoteAndOrderWithoutPayment() {
    Result result = run(sandbox, "--json", "renew", "112233", "P3M", "--yes");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(sandbox.orderIds()).hasSize(1);
    Map<String, Object> json = result.jsonObject();
    assertThat(json).containsOnlyKeys("quote", "order");
    @SuppressWarnings("unchecked")
    Map<String, Object> order = (Map<String, Object>) json.get("order");
    assertThat(order)
        .containsEntry("orderId", new BigDecimal(sandbox.orderIds().get(0)))
        .containsEntry("priceWithoutTax", new BigDecimal("21.00"))
        .containsEntry("tax", new BigDecimal("4.20"))
        .containsEntry("priceWithTax", new BigDecimal("25.20"))
        .containsEntry("currency", "EUR")
        .containsKeys("date", "expirationDate");
    assertThat(sandbox.paymentRequests()).isZero();
  }

  @Test
  void renew_payPaypalYesTableMode_paidAndDeliveredWithOneRenewAndOnePayment() {
    Result result = run(sandbox, "renew", "112233", "P3M", "--pay", "paypal:1234", "--yes");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(sandbox.orderIds()).hasSize(1);
    long orderId = sandbox.orderIds().get(0);
    assertThat(sandbox.renewOrderRequests()).isEqualTo(1);
    assertThat(sandbox.paymentRequests()).isEqualTo(1);
    assertThat(result.out())
        .contains("Ordered: order " + orderId)
        .contains("Paid order " + orderId + " with paypal:1234: status delivered.")
        .doesNotContain("Not paid yet");
  }

  @Test
  void renew_yesPayMethod_noDryRunAndSixRequests() {
    Result result = run(sandbox, "renew", "112233", "P1M", "--pay", "method:3002", "--yes");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("Renewal of service 112233 for P1M", "WITH TAX", "Paid order");
    assertThat(sandbox.requestCount("POST", "/service/112233/renew")).as("the order only: nobody to show a quote to").isEqualTo(1);
    assertThat(sandbox.requests()).as("time, offers, the method, the order, the payment, its status").hasSize(6);
  }

  @Test
  void renew_payPaypalYesJsonMode_exactOrderAndDeliveredPayment() {
    Result result = run(sandbox, "--json", "renew", "/vps/vps112233.ovh.net", "P3M", "--pay", "paypal:1234", "--yes");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(sandbox.renewOrderRequests()).isEqualTo(1);
    assertThat(sandbox.paymentRequests()).isEqualTo(1);
    Map<String, Object> json = result.jsonObject();
    assertThat(json).containsOnlyKeys("quote", "order", "payment");
    assertThat(json.get("quote")).isEqualTo(Map.of(
        "serviceId", new BigDecimal("112233"),
        "period", "P3M",
        "services", List.of(new BigDecimal("112233")),
        "priceWithoutTax", new BigDecimal("21.00"),
        "tax", new BigDecimal("4.20"),
        "priceWithTax", new BigDecimal("25.20"),
        "currency", "EUR"));
    @SuppressWarnings("unchecked")
    Map<String, Object> order = (Map<String, Object>) json.get("order");
    assertThat(order.get("orderId")).isEqualTo(new BigDecimal(sandbox.orderIds().get(0)));
    assertThat(json.get("payment")).isEqualTo(Map.of(
        "paymentMean", "paypal",
        "paymentMeanId", new BigDecimal("1234"),
        "status", "delivered"));
  }

  @Test
  void renew_ownSandboxPayPaypalYes_paidAndDelivered() {
    Result result = runOwnSandbox("renew", "/vps/vps112233.ovh.net", "P3M", "--pay", "paypal:1234", "--yes");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).containsPattern("Ordered: order \\d+, 25\\.20 EUR with tax")
        .containsPattern("Paid order \\d+ with paypal:1234: status delivered\\.");
  }

  @Test
  void renew_ownSandboxJsonYes_stdoutIsJsonOnly() {
    Result result = runOwnSandbox("--json", "renew", "112233", "P1M", "--pay", "ovhAccount", "--yes");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    @SuppressWarnings("unchecked")
    Map<String, Object> payment = (Map<String, Object>) result.jsonObject().get("payment");
    assertThat(payment).containsEntry("paymentMean", "ovhAccount").containsEntry("status", "delivered");
    assertThat(payment.get("paymentMeanId")).isNull();
  }
}
