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

/** {@code ovh-renew quote SERVICE PERIOD}: exact prices, and nothing ordered. */
class CliQuoteTest {
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
  void quote_vpsP3mTableMode_showsExactAmountsAndOrdersNothing() {
    Result result = run(sandbox, "quote", "112233", "P3M");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    List<String> lines = result.out().lines().toList();
    assertThat(lines).containsExactly(
        "Renewal of service 112233 for P3M (services [112233]):",
        "WITHOUT TAX  TAX       WITH TAX",
        "21.00 EUR    4.20 EUR  25.20 EUR");
    assertThat(sandbox.orderIds()).isEmpty();
    assertThat(sandbox.renewOrderRequests()).isZero();
    assertThat(sandbox.paymentRequests()).isZero();
  }

  @Test
  void quote_vpsByRouteJsonMode_exactAmountsAndOrdersNothing() {
    Result result = run(sandbox, "--json", "quote", "/vps/vps112233.ovh.net", "P3M");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.jsonObject()).containsExactly(
        Map.entry("serviceId", new BigDecimal("112233")),
        Map.entry("period", "P3M"),
        Map.entry("services", List.of(new BigDecimal("112233"))),
        Map.entry("priceWithoutTax", new BigDecimal("21.00")),
        Map.entry("tax", new BigDecimal("4.20")),
        Map.entry("priceWithTax", new BigDecimal("25.20")),
        Map.entry("currency", "EUR"));
    assertThat(sandbox.orderIds()).isEmpty();
    assertThat(sandbox.renewOrderRequests()).isZero();
  }

  @Test
  void quote_ownSandboxVpsP3m_exactAmounts() {
    Result result = runOwnSandbox("--json", "quote", "112233", "P3M");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.jsonObject())
        .containsEntry("priceWithoutTax", new BigDecimal("21.00"))
        .containsEntry("tax", new BigDecimal("4.20"))
        .containsEntry("priceWithTax", new BigDecimal("25.20"));
  }

  @Test
  void quote_periodNotOfferedForService_exitsTwoAndOrdersNothing() {
    Result result = run(sandbox, "quote", "112233", "P2Y");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("P2Y").contains("P3M");
    assertThat(result.out()).isEmpty();
    assertThat(sandbox.orderIds()).isEmpty();
  }
}
