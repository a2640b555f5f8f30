package io.github.ovhrenewal.examples.cli;

import static io.github.ovhrenewal.examples.cli.CliHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.examples.cli.CliHarness.Result;
import io.github.ovhrenewal.examples.sandbox.OvhSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * renew --pay whose payment is refused after ordering, for a mean that could not be checked before
 * (one without an id, that the account lacks): exit 1, and the caller learns which order exists
 * unpaid.
 */
class CliPaymentFailureTest {
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
  void renew_payWithMeanTheAccountLacksTableMode_exitsOneAndNamesTheUnpaidOrder() {
    Result result = run(sandbox, "renew", "112233", "P3M", "--pay", "fidelityAccount", "--yes");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(sandbox.orderIds()).hasSize(1);
    assertThat(sandbox.renewOrderRequests()).isEqualTo(1);
    assertThat(sandbox.paymentRequests()).isEqualTo(1);
    assertThat(result.out() + result.err()).contains(Long.toString(sandbox.orderIds().get(0)));
    assertThat(result.err()).contains("can't be paid with fidelityAccount").doesNotContain("Paid order");
  }

  @Test
  void renew_payWithMeanTheAccountLacksJsonMode_exitsOneAndStderrNamesTheUnpaidOrder() {
    Result result = run(sandbox, "--json", "renew", "112233", "P3M", "--pay", "fidelityAccount", "--yes");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(sandbox.orderIds()).hasSize(1);
    assertThat(result.out()).isEmpty();
    long orderId = sandbox.orderIds().get(0);
    assertThat(result.err()).contains("ovh-renew pay " + orderId);
  }
}
