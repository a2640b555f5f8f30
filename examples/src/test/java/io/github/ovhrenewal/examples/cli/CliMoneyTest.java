package io.github.ovhrenewal.examples.cli;

import static io.github.ovhrenewal.examples.cli.CliHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.examples.cli.CliHarness.Result;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Money for people has its currency's digits ({@code 18.0} from the server prints {@code 18.00 EUR}),
 * in tables and messages alike; {@code --json} keeps the exact decimals received.
 */
class CliMoneyTest {
  private FakeOvh ovh;

  @BeforeEach
  void start() {
    ovh = new FakeOvh()
        .answer("GET", "/service/112233/renew", 200, FakeOvh.renewOffers(112233, "P1Y", "18.0"))
        .answer("POST", "/service/112233/renew", 200, FakeOvh.renewOrder(777, "18.0", "3.6", "21.6"))
        .answer("GET", "/me/order/777", 200, FakeOvh.order(777, "18.0", "3.6", "21.6"))
        .answer("GET", "/me/order/777/status", 200, "\"notPaid\"");
  }

  @AfterEach
  void stop() {
    ovh.close();
  }

  @Test
  void quote_serverSends18point0_tableShowsCurrencyDigits() {
    Result result = run(ovh.env(), FakeTerminal.nonInteractive(), "quote", "112233", "P1Y");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("18.00 EUR    3.60 EUR  21.60 EUR").doesNotContain("18.0 ").doesNotContain("3.6 ");
  }

  @Test
  void quote_json_keepsTheExactDecimalsReceived() {
    Result result = run(ovh.env(), FakeTerminal.nonInteractive(), "--json", "quote", "112233", "P1Y");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    Map<String, Object> json = result.jsonObject();
    // BigDecimal.equals compares the scale too: 18.0 is not 18.00.
    assertThat(json.get("priceWithoutTax")).isEqualTo(new BigDecimal("18.0"));
    assertThat(json.get("tax")).isEqualTo(new BigDecimal("3.6"));
    assertThat(json.get("priceWithTax")).isEqualTo(new BigDecimal("21.6"));
  }

  @Test
  void options_serverSends18point0_tableShowsCurrencyDigits() {
    Result result = run(ovh.env(), FakeTerminal.nonInteractive(), "options", "112233");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("P1Y     [112233]  18.00 EUR");
  }

  @Test
  void options_json_keepsTheExactDecimalsReceived() {
    Result result = run(ovh.env(), FakeTerminal.nonInteractive(), "--json", "options", "112233");

    List<Map<String, Object>> rows = result.jsonArrayOfObjects();
    assertThat(rows.get(0).get("price")).isEqualTo(new BigDecimal("18.0"));
  }

  @Test
  void renew_questionAndOrderMessage_showCurrencyDigits() {
    FakeTerminal terminal = FakeTerminal.answering(true);

    Result result = run(ovh.env(), terminal, "renew", "112233", "P1Y");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(terminal.questions()).containsExactly("Order this renewal for 21.60 EUR with tax?");
    assertThat(result.out()).contains("Ordered: order 777, 21.60 EUR with tax");
  }

  @Test
  void orderStatus_serverSends21point6_messageShowsCurrencyDigits() {
    Result result = run(ovh.env(), FakeTerminal.nonInteractive(), "order-status", "777");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("notPaid (not confirmed paid), 21.60 EUR with tax");
  }
}
