package io.github.ovhrenewal.examples.cli;

import static io.github.ovhrenewal.examples.cli.CliHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.examples.cli.CliHarness.Result;
import io.github.ovhrenewal.examples.sandbox.OvhSandbox;
import io.github.ovhrenewal.examples.sandbox.SandboxFaults.Garbage;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "Paid" only when the order's status, read after the payment, follows a payment; otherwise the
 * payment's outcome is unknown: exit 3, and the order-status command to check it.
 */
class CliPaymentConfirmationTest {
  private static final long ORDER = 777L;
  private static final String PAY = "/me/order/" + ORDER + "/payWithRegisteredPaymentMean";
  private static final String STATUS = "/me/order/" + ORDER + "/status";

  private FakeOvh ovh;

  @BeforeEach
  void start() {
    ovh = new FakeOvh()
        .answer("GET", "/service/112233/renew", 200, FakeOvh.renewOffers(112233, "P1Y", "18.0"))
        .answer("POST", "/service/112233/renew", 200, FakeOvh.renewOrder(ORDER, "18.0", "3.6", "21.6"))
        .answer("POST", PAY, 200, "");
  }

  @AfterEach
  void stop() {
    ovh.close();
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of("checking", true),
        Arguments.of("delivering", true),
        Arguments.of("delivered", true),
        Arguments.of("notPaid", false),
        Arguments.of("cancelled", false),
        Arguments.of("cancelling", false),
        Arguments.of("documentsRequested", false),
        Arguments.of("unknown", false),
        Arguments.of("someFutureStatus", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statuses")
  void pay_acceptedPaymentThenStatus_paidOnlyForStatusesThatFollowPayment(String status, boolean paid) {
    ovh.answer("GET", STATUS, 200, "\"" + status + "\"");

    Result result = run(ovh.env(), FakeTerminal.nonInteractive(), "pay", Long.toString(ORDER), "--pay", "ovhAccount");

    if (paid) {
      assertThat(result.exitCode()).as(result.toString()).isZero();
      assertThat(result.out()).isEqualTo("Paid order 777 with ovhAccount: status " + status + "." + System.lineSeparator());
    } else {
      assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
      assertThat(result.out()).doesNotContain("Paid");
      assertThat(result.err())
          .contains("PAYMENT OUTCOME UNKNOWN")
          .contains("order 777")
          .contains("status is " + status)
          .contains("ovh-renew order-status 777");
    }
    assertThat(ovh.received()).containsOnlyOnce("POST " + PAY);
  }

  @Test
  void renew_payAcceptedButStatusNotPaid_exitsThreeNamesTheOrderNeverSaysPaid() {
    ovh.answer("GET", STATUS, 200, "\"notPaid\"");

    Result result = run(ovh.env(), FakeTerminal.nonInteractive(), "renew", "112233", "P1Y", "--pay", "ovhAccount", "--yes");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
    assertThat(result.out()).contains("Ordered: order 777").doesNotContain("Paid");
    assertThat(result.err())
        .contains("order 777 was created; its payment was sent and may have been made")
        .contains("PAYMENT OUTCOME UNKNOWN")
        .contains("ovh-renew order-status 777")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(ovh.received()).containsOnlyOnce("POST " + PAY);
  }

  @Test
  void renew_jsonPayAcceptedButStatusNotPaid_exitsThreeStdoutEmpty() {
    ovh.answer("GET", STATUS, 200, "\"notPaid\"");

    Result result = run(ovh.env(), FakeTerminal.nonInteractive(), "--json", "renew", "112233", "P1Y", "--pay", "ovhAccount", "--yes");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("ovh-renew order-status 777");
  }

  @Test
  void pay_statusUnreadableAfterPayment_exitsThreeNeverSaysPaid() {
    ovh.answer("GET", STATUS, 503, "<html>Service Unavailable</html>");

    Result result = run(ovh.env(), FakeTerminal.nonInteractive(), "pay", Long.toString(ORDER), "--pay", "ovhAccount");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("status could not be read").contains("ovh-renew order-status 777");
    assertThat(ovh.received()).containsOnlyOnce("POST " + PAY);
  }

  /**
   * The sandbox's fault: the payment is made and its answer is an HTML page. Needs the SDK to
   * report an unreadable 2xx payment answer as an unknown outcome.
   */
  @ParameterizedTest
  @EnumSource(Garbage.class)
  void renew_paymentMadeAnswerGarbled_exitsThreeAndPaysOnce(Garbage garbage) {
    try (OvhSandbox sandbox = OvhSandbox.start()) {
      sandbox.faults().nextPaymentAnswerGarbled(garbage);

      Result result = run(sandbox, "renew", "112233", "P3M", "--pay", "paypal:1234", "--yes");

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
      long orderId = sandbox.orderIds().get(0);
      assertThat(result.out()).doesNotContain("Paid");
      assertThat(result.err()).contains("OUTCOME UNKNOWN").contains("ovh-renew order-status " + orderId);
      assertThat(sandbox.paymentRequests()).isEqualTo(1);
      assertThat(sandbox.renewOrderRequests()).isEqualTo(1);
    }
  }
}
