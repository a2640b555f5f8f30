package io.github.ovhrenewal.examples.cli;

import static io.github.ovhrenewal.examples.cli.CliHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.examples.cli.CliHarness.Result;
import io.github.ovhrenewal.examples.sandbox.OvhSandbox;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code payment-methods}, {@code --pay default|method:ID}, {@code orders [--unpaid]} and {@code --wait}, against one sandbox. */
class CliPaymentMethodsAndOrdersTest {
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
  void paymentMethods_table_listsEachWithDefaultStatusAndExpiry() {
    Result result = run(sandbox, "payment-methods");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("ID", "TYPE", "DEFAULT", "STATUS", "EXPIRES")
        .contains("3001", "PAYPAL", "3002", "CREDIT_CARD VISA", "yes", "3003", "EXPIRED", sandbox.seedDate().minusMonths(1).toString())
        .contains("creditCard:5678", "paypal:1234");
  }

  @Test
  void paymentMethods_json_itemsCarryIdTypeDefaultStatus() {
    Result result = run(sandbox, "--json", "payment-methods");

    List<Map<String, Object>> items = result.jsonArrayOfObjects();
    assertThat(items).hasSize(3);
    assertThat(items.get(1)).containsEntry("paymentMethodId", new BigDecimal("3002")).containsEntry("paymentType", "CREDIT_CARD")
        .containsEntry("default", true).containsEntry("status", "VALID");
    assertThat(items.get(2)).containsEntry("default", false).containsEntry("status", "EXPIRED");
  }

  @Test
  void renew_payDefault_paysWithTheDefaultCard() {
    Result result = run(sandbox, "renew", "112233", "P1M", "--pay", "default", "--yes");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("with method:3002: status delivered");
    assertThat(sandbox.paymentRequests()).isEqualTo(1);
    assertThat(sandbox.requestCount("POST", "/me/order/" + sandbox.orderIds().get(0) + "/pay")).isEqualTo(1);
    assertThat(sandbox.requestCount("GET", "/me/payment/method/3002")).as("the default method is read once").isEqualTo(1);
  }

  @Test
  void renew_payExpiredMethod_exitTwoAndNothingOrdered() {
    Result result = run(sandbox, "renew", "112233", "P1M", "--pay", "method:3003", "--yes");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("3003", "EXPIRED", "nothing was ordered", "ovh-renew payment-methods");
    assertThat(sandbox.renewOrderRequests()).isZero();
    assertThat(sandbox.orderIds()).isEmpty();
  }

  @Test
  void renew_payUnknownMethod_exitTwoAndNothingOrdered() {
    Result result = run(sandbox, "renew", "112233", "P1M", "--pay", "method:42", "--yes");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("42 does not exist");
    assertThat(sandbox.renewOrderRequests()).isZero();
  }

  @Test
  void renew_payMethodWaitJson_reportsDelivery() {
    sandbox.deliverAfterStatusReads(0);

    Result result = run(sandbox, "--json", "renew", "112233", "P1M", "--pay", "method:3002", "--yes", "--wait");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    Map<String, Object> json = result.jsonObject();
    assertThat(json).containsEntry("delivery", "delivered");
    @SuppressWarnings("unchecked")
    Map<String, Object> payment = (Map<String, Object>) json.get("payment");
    assertThat(payment).containsEntry("paymentMethodId", new BigDecimal("3002")).containsEntry("status", "delivered");
  }

  @Test
  void renew_waitButNotDeliveredInTime_exitFiveNamingTheLastStatus() {
    sandbox.deliverAfterStatusReads(1_000);

    Result result = run(sandbox, "renew", "112233", "P1M", "--pay", "default", "--yes", "--wait", "--wait-timeout", "1s");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(5);
    assertThat(result.err()).contains("did not reach delivered", "delivering", "order-status");
    assertThat(sandbox.paymentRequests()).isEqualTo(1);
  }

  @Test
  void renew_waitWithoutPay_exitTwoBeforeAnything() {
    Result result = run(sandbox, "renew", "112233", "P1M", "--yes", "--wait");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("--wait needs --pay");
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void pay_badForms_exitTwoNamingTheForms() {
    for (String bad : List.of("method:", "method:abc", "method:0", "defaults", "visa:1")) {
      Result result = run(sandbox, "pay", "123", "--pay", bad);
      assertThat(result.exitCode()).as(bad + ": " + result).isEqualTo(2);
      assertThat(result.err()).contains("default", "method:ID");
    }
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void ordersUnpaid_afterRenewWithoutPay_listsItThenPayDefaultSettlesIt() {
    Result renew = run(sandbox, "renew", "112233", "P3M", "--yes");
    assertThat(renew.exitCode()).as(renew.toString()).isZero();
    long orderId = sandbox.orderIds().get(0);

    Result unpaid = run(sandbox, "--json", "orders", "--unpaid");
    Result pay = run(sandbox, "pay", Long.toString(orderId), "--pay", "default");
    Result unpaidAfter = run(sandbox, "--json", "orders", "--unpaid", "--since", "7d");
    Result all = run(sandbox, "orders");

    List<Map<String, Object>> items = unpaid.jsonArrayOfObjects();
    assertThat(items).hasSize(1);
    assertThat(items.get(0)).containsEntry("orderId", new BigDecimal(orderId)).containsEntry("status", "notPaid")
        .containsEntry("services", List.of("vps112233.ovh.net")).containsKeys("date", "priceWithTax");
    assertThat(pay.exitCode()).as(pay.toString()).isZero();
    assertThat(pay.out()).contains("with method:3002: status delivered");
    assertThat(unpaidAfter.jsonArrayOfObjects()).isEmpty();
    assertThat(all.exitCode()).isZero();
    assertThat(all.out()).contains(Long.toString(orderId), "vps112233.ovh.net", "delivered", "1 order(s) since");
  }

  @Test
  void orders_badSince_exitTwo() {
    Result result = run(sandbox, "orders", "--since", "yesterday");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--since 'yesterday' is not a duration");
    assertThat(sandbox.requests()).isEmpty();
  }
}
