package io.github.ovhrenewal.examples.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /me/payment/method} and {@code /me/payment/method/{id}}: the seeded paypal 1234 and card 5678. */
class SandboxPaymentMethodApiTest {

  private OvhSandbox sandbox;
  private SandboxTestClient client;

  @BeforeEach
  void start() {
    sandbox = OvhSandbox.start();
    client = SandboxTestClient.of(sandbox);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void listPaymentMethods_noFilter_bothSeededMethods() throws IOException {
    SandboxTestClient.Answer answer = client.get("/me/payment/method");

    assertThat(answer.code()).isEqualTo(200);
    assertThat(answer.array()).containsExactly(3001.0, 3002.0);
  }

  @Test
  void listPaymentMethods_filters_applied() throws IOException {
    assertThat(client.get("/me/payment/method?paymentType=PAYPAL").array()).containsExactly(3001.0);
    assertThat(client.get("/me/payment/method?default=true").array()).containsExactly(3001.0);
    assertThat(client.get("/me/payment/method?default=false").array()).containsExactly(3002.0);
    assertThat(client.get("/me/payment/method?status=VALID").array()).containsExactly(3001.0, 3002.0);
    assertThat(client.get("/me/payment/method?status=EXPIRED").array()).isEmpty();
  }

  @Test
  void listPaymentMethods_badFilter_badRequest() throws IOException {
    assertThat(client.get("/me/payment/method?status=valid").code()).isEqualTo(400);
    assertThat(client.get("/me/payment/method?default=yes").code()).isEqualTo(400);
  }

  @Test
  void getPaymentMethod_paypal_everyFieldOfTheReferenceWithItsMeanId() throws IOException {
    SandboxTestClient.Answer answer = client.get("/me/payment/method/3001");

    assertThat(answer.code()).isEqualTo(200);
    assertThat(answer.object())
        .containsOnlyKeys(
            "billingContactId", "creationDate", "default", "description", "expirationDate", "formSessionId",
            "icon", "integration", "label", "lastUpdate", "merchantId", "oneclick", "paymentMeanId",
            "paymentMethodId", "paymentSubType", "paymentType", "status")
        .containsEntry("paymentMethodId", 3001.0)
        .containsEntry("paymentType", "PAYPAL")
        .containsEntry("paymentMeanId", 1234.0)
        .containsEntry("status", "VALID")
        .containsEntry("default", true);
  }

  @Test
  void getPaymentMethod_unknownOrNonNumeric_notFoundOrBadRequest() throws IOException {
    assertThat(client.get("/me/payment/method/1").code()).isEqualTo(404);
    assertThat(client.get("/me/payment/method/abc").code()).isEqualTo(400);
  }

  @Test
  void getPaymentMethod_readOnlyKey_allowed() throws IOException {
    assertThat(client.withConsumerKey(sandbox.readOnlyConsumerKey()).get("/me/payment/method").code()).isEqualTo(200);
  }

  @Test
  void pay_meanIdOfNoPaymentMethod_refusedAsOvhDoes() throws IOException {
    long orderId = ((Number) client.post("/service/112233/renew", "{\"dryRun\":false,\"duration\":\"P1M\",\"services\":[112233]}")
        .object().get("orderId")).longValue();

    SandboxTestClient.Answer wrongKind = client.post("/me/order/" + orderId + "/payWithRegisteredPaymentMean",
        "{\"paymentMean\":\"paypal\",\"paymentMeanId\":5678}");
    SandboxTestClient.Answer card = client.post("/me/order/" + orderId + "/payWithRegisteredPaymentMean",
        "{\"paymentMean\":\"creditCard\",\"paymentMeanId\":5678}");

    assertThat(wrongKind.code()).isEqualTo(400);
    assertThat(wrongKind.object().get("message")).isEqualTo("This order can't be paid with paypal 5678");
    assertThat(card.code()).isEqualTo(200);
    assertThat(client.get("/me/order/" + orderId + "/availableRegisteredPaymentMean").array()).isEqualTo(List.of());
  }
}
