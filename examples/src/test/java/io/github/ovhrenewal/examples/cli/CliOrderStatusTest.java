package io.github.ovhrenewal.examples.cli;

import static io.github.ovhrenewal.examples.cli.CliHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.examples.cli.CliHarness.Result;
import io.github.ovhrenewal.examples.sandbox.OvhSandbox;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code ovh-renew order-status ORDER_ID}: what to check after an unknown outcome. */
class CliOrderStatusTest {
  private OvhSandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = OvhSandbox.start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private long renew(String... pay) {
    String[] args = new String[4 + pay.length];
    args[0] = "renew";
    args[1] = "112233";
    args[2] = "P3M";
    System.arraycopy(pay, 0, args, 3, pay.length);
    args[args.length - 1] = "--yes";
    Result renewed = run(sandbox, args);
    assertThat(renewed.exitCode()).as(renewed.toString()).isZero();
    return sandbox.orderIds().get(0);
  }

  @Test
  void orderStatus_unpaidOrder_saysNotConfirmedPaidWithPriceAndDeadline() {
    long orderId = renew();

    Result result = run(sandbox, "order-status", Long.toString(orderId));

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).startsWith("Order " + orderId + ": notPaid (not confirmed paid), 25.20 EUR with tax, ordered ")
        .contains("to pay before");
    assertThat(sandbox.paymentRequests()).isZero();
  }

  @Test
  void orderStatus_paidOrderJson_exactFields() {
    long orderId = renew("--pay", "paypal:1234");

    Result result = run(sandbox, "--json", "order-status", Long.toString(orderId));

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.jsonObject())
        .containsEntry("orderId", new BigDecimal(orderId))
        .containsEntry("status", "delivered")
        .containsEntry("paid", true)
        .containsEntry("priceWithTax", new BigDecimal("25.20"))
        .containsEntry("currency", "EUR")
        .containsKeys("date", "expirationDate", "priceWithoutTax", "tax");
    assertThat(sandbox.paymentRequests()).isEqualTo(1);
  }

  @Test
  void orderStatus_unknownOrder_exitsOneWithNotFound() {
    Result result = run(sandbox, "order-status", "1");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err()).contains("404");
  }

  @Test
  void orderStatus_notAnOrderId_exitsTwoNothingSent() {
    Result result = run(sandbox, "order-status", "abc");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("ORDER_ID 'abc'");
  }
}
