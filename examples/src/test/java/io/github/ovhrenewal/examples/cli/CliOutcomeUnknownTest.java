package io.github.ovhrenewal.examples.cli;

import static io.github.ovhrenewal.examples.cli.CliHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.examples.cli.CliHarness.Result;
import io.github.ovhrenewal.examples.sandbox.OvhSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exit code 3: the order was sent, its answer lost; sent once, never retried, never paid blindly. */
class CliOutcomeUnknownTest {
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
  void renew_orderAnswerDropped_exitsThreeOnePostOrderExists() {
    sandbox.dropNextOrderAnswer();

    Result result = run(sandbox, "renew", "112233", "P3M", "--yes");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
    assertThat(sandbox.renewOrderRequests()).isEqualTo(1);
    assertThat(sandbox.orderIds()).hasSize(1);
    assertThat(result.out()).doesNotContain("Ordered");
    assertThat(result.err())
        .contains("OUTCOME UNKNOWN")
        .contains("112233").contains("P3M")
        .contains("may exist")
        .contains("before checking your orders")
        .contains("/me/order");
  }

  @Test
  void renew_orderAnswerDroppedWithPayJson_exitsThreeNeverPaysStdoutEmpty() {
    sandbox.dropNextOrderAnswer();

    Result result = run(sandbox, "--json", "renew", "/vps/vps112233.ovh.net", "P3M", "--pay", "paypal:1234", "--yes");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("OUTCOME UNKNOWN");
    assertThat(sandbox.renewOrderRequests()).isEqualTo(1);
    assertThat(sandbox.orderIds()).hasSize(1);
    assertThat(sandbox.paymentRequests()).isZero();
  }

  @Test
  void renew_afterOutcomeUnknown_orderCanBePaidWithPay() {
    sandbox.dropNextOrderAnswer();
    Result lost = run(sandbox, "renew", "112233", "P3M", "--yes");
    assertThat(lost.exitCode()).as(lost.toString()).isEqualTo(3);
    long orderId = sandbox.orderIds().get(0);

    Result paid = run(sandbox, "--json", "pay", Long.toString(orderId), "--pay", "paypal:1234");

    assertThat(paid.exitCode()).as(paid.toString()).isZero();
    assertThat(paid.jsonObject()).containsEntry("status", "delivered");
    assertThat(sandbox.renewOrderRequests()).isEqualTo(1);
  }
}
