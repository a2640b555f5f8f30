package io.github.ovhrenewal.examples.cli;

import static io.github.ovhrenewal.examples.cli.CliHarness.env;
import static io.github.ovhrenewal.examples.cli.CliHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.api.model.CredentialRequest;
import io.github.ovhrenewal.core.config.AccessRules;
import io.github.ovhrenewal.core.CredentialRequester;
import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.examples.cli.CliHarness.Result;
import io.github.ovhrenewal.examples.sandbox.OvhSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** renew --pay checks the payment mean against the account before ordering: refused means order nothing. */
class CliPaymentMeanCheckTest {
  private OvhSandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = OvhSandbox.start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private void assertNothingOrdered() {
    assertThat(sandbox.renewOrderRequests()).isZero();
    assertThat(sandbox.orderIds()).isEmpty();
    assertThat(sandbox.paymentRequests()).isZero();
  }

  @Test
  void renew_paypalIdTheAccountLacks_exitsTwoNothingOrdered() {
    Result result = run(sandbox, "renew", "112233", "P3M", "--pay", "paypal:9999", "--yes");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .startsWith("ovh-renew: --pay paypal:9999: this account has no valid paypal with id 9999 (its valid paypal ids: [1234])")
        .contains("nothing was ordered");
    assertNothingOrdered();
  }

  @Test
  void renew_jsonCardIdOfThePaypalAccount_exitsTwoNothingOrderedStdoutEmpty() {
    Result result = run(sandbox, "--json", "renew", "112233", "P3M", "--pay", "creditCard:1234", "--yes");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("no valid creditCard with id 1234").contains("[5678]");
    assertNothingOrdered();
  }

  @Test
  void renew_bankAccountTheAccountLacks_exitsTwoSaysNone() {
    Result result = run(sandbox, "renew", "112233", "P3M", "--pay", "bankAccount:42", "--yes");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("its valid bankAccount ids: none");
    assertNothingOrdered();
  }

  @Test
  void renew_interactiveWithMeanTheAccountLacks_refusedBeforeAsking() {
    FakeTerminal terminal = FakeTerminal.answering(true);

    Result result = run(env(sandbox), terminal, "renew", "112233", "P3M", "--pay", "paypal:9999");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(terminal.questions()).isEmpty();
    assertNothingOrdered();
  }

  @Test
  void renew_registeredCard_checksThenOrdersAndPays() {
    Result result = run(sandbox, "renew", "112233", "P3M", "--pay", "creditCard:5678", "--yes");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("Paid order ");
    assertThat(result.err()).isEmpty();
    assertThat(sandbox.renewOrderRequests()).isEqualTo(1);
    assertThat(sandbox.paymentRequests()).isEqualTo(1);
  }

  @Test
  void renew_keyNotGrantedToReadPaymentMethods_warnsThenRenewsAsBefore() {
    AccessRules withoutPaymentMethods = AccessRules.none()
        .add("GET", "/service/*")
        .add("POST", "/service/*/renew")
        .add("GET", "/me/order/*")
        .add("POST", "/me/order/*/payWithRegisteredPaymentMean");
    String consumerKey;
    try (CredentialRequester requester = RenewalClient.builder()
        .endpoint(sandbox.baseUrl()).applicationKey(sandbox.applicationKey()).applicationSecret(sandbox.applicationSecret())
        .buildForCredentialRequest()) {
      CredentialRequest created = requester.createConsumerKey(withoutPaymentMethods);
      consumerKey = created.consumerKey();
    }

    Result result = run(env(sandbox.baseUrl(), sandbox.applicationKey(), sandbox.applicationSecret(), consumerKey),
        FakeTerminal.nonInteractive(), "renew", "112233", "P3M", "--pay", "paypal:1234", "--yes");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.err()).contains("warning: cannot check paypal:1234 before ordering").contains("GET /me/payment/method");
    assertThat(result.out()).contains("Paid order ");
    assertThat(sandbox.paymentRequests()).isEqualTo(1);
  }
}
