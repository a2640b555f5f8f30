package io.github.ovhrenewal.examples.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /me/payment/method}, {@code POST /me/order/{id}/pay} and {@code GET /me/order/{id}/paymentMethods}: the seeded
 * PayPal 3001, the default card 3002 and the expired card 3003.
 */
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
  void listPaymentMethods_noFilter_everySeededMethod() throws IOException {
    SandboxTestClient.Answer answer = client.get("/me/payment/method");

    assertThat(answer.code()).isEqualTo(200);
    assertThat(answer.array()).containsExactly(3001.0, 3002.0, 3003.0);
  }

  @Test
  void listPaymentMethods_filters_applied() throws IOException {
    assertThat(client.get("/me/payment/method?paymentType=PAYPAL").array()).containsExactly(3001.0);
    assertThat(client.get("/me/payment/method?default=true").array()).containsExactly(3002.0);
    assertThat(client.get("/me/payment/method?default=false").array()).containsExactly(3001.0, 3003.0);
    assertThat(client.get("/me/payment/method?status=VALID").array()).containsExactly(3001.0, 3002.0);
    assertThat(client.get("/me/payment/method?status=EXPIRED").array()).containsExactly(3003.0);
    assertThat(client.get("/me/payment/method?paymentType=CREDIT_CARD&status=VALID").array()).containsExactly(3002.0);
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
        .containsEntry("default", false)
        .containsEntry("expirationDate", null);
  }

  @Test
  void getPaymentMethod_cards_defaultOneAndExpiredOneWithSubTypesAndExpiry() throws IOException {
    java.util.Map<String, Object> visa = client.get("/me/payment/method/3002").object();
    java.util.Map<String, Object> expired = client.get("/me/payment/method/3003").object();

    assertThat(visa).containsEntry("default", true).containsEntry("status", "VALID").containsEntry("paymentSubType", "VISA")
        .containsEntry("paymentMeanId", 5678.0);
    assertThat((String) visa.get("expirationDate")).startsWith(sandbox.seedDate().plusYears(2).toString());
    assertThat(expired).containsEntry("default", false).containsEntry("status", "EXPIRED").containsEntry("paymentSubType", "MASTERCARD");
    assertThat((String) expired.get("expirationDate")).startsWith(sandbox.seedDate().minusMonths(1).toString());
  }

  private long order() throws IOException {
    return ((Number) client.post("/service/112233/renew", "{\"dryRun\":false,\"duration\":\"P1M\",\"services\":[112233]}")
        .object().get("orderId")).longValue();
  }

  @Test
  void payWithMethod_validCard_deliversAndMovesTheExpiration() throws IOException {
    long orderId = order();
    java.time.LocalDate before = sandbox.expirationOf(112233);

    SandboxTestClient.Answer paid = client.post("/me/order/" + orderId + "/pay", "{\"paymentMethod\":{\"id\":3002}}");

    assertThat(paid.code()).isEqualTo(200);
    assertThat(client.get("/me/order/" + orderId + "/status").body()).isEqualTo("\"delivered\"");
    assertThat(sandbox.expirationOf(112233)).isEqualTo(before.plusMonths(1));
    assertThat(sandbox.paymentRequests()).isEqualTo(1);
    assertThat(client.post("/me/order/" + orderId + "/pay", "{\"paymentMethod\":{\"id\":3002}}").code()).as("paid twice").isEqualTo(409);
  }

  @Test
  void payWithMethod_expiredOrUnknownMethod_refusedAndOrderStaysUnpaid() throws IOException {
    long orderId = order();

    SandboxTestClient.Answer expired = client.post("/me/order/" + orderId + "/pay", "{\"paymentMethod\":{\"id\":3003}}");
    SandboxTestClient.Answer unknown = client.post("/me/order/" + orderId + "/pay", "{\"paymentMethod\":{\"id\":9}}");

    assertThat(expired.code()).isEqualTo(400);
    assertThat(expired.object().get("message")).isEqualTo("Payment method 3003 is EXPIRED and cannot pay this order");
    assertThat(unknown.code()).isEqualTo(400);
    assertThat(client.get("/me/order/" + orderId + "/status").body()).isEqualTo("\"notPaid\"");
  }

  @Test
  void payWithMethod_malformedBody_badRequest() throws IOException {
    long orderId = order();

    assertThat(client.post("/me/order/" + orderId + "/pay", "{\"paymentMethod\":3002}").code()).isEqualTo(400);
    assertThat(client.post("/me/order/" + orderId + "/pay", "{\"paymentMethod\":{\"id\":3002},\"x\":1}").code()).isEqualTo(400);
    assertThat(client.post("/me/order/" + orderId + "/pay", "{\"id\":3002}").code()).isEqualTo(400);
  }

  @Test
  void payWithMethod_deliverAfterTwoReads_deliveringTwiceThenDelivered() throws IOException {
    sandbox.deliverAfterStatusReads(2);
    long orderId = order();
    client.post("/me/order/" + orderId + "/pay", "{\"paymentMethod\":{\"id\":3002}}");

    assertThat(client.get("/me/order/" + orderId + "/status").body()).isEqualTo("\"delivering\"");
    assertThat(client.get("/me/order/" + orderId + "/status").body()).isEqualTo("\"delivering\"");
    assertThat(client.get("/me/order/" + orderId + "/status").body()).isEqualTo("\"delivered\"");
    assertThat(client.get("/me/order/" + orderId + "/status").body()).isEqualTo("\"delivered\"");
  }

  @Test
  void orderPaymentMethods_unpaidThenPaid_validMethodsThenNone() throws IOException {
    long orderId = order();

    java.util.Map<String, Object> unpaid = client.get("/me/order/" + orderId + "/paymentMethods").object();
    client.post("/me/order/" + orderId + "/pay", "{\"paymentMethod\":{\"id\":3001}}");
    java.util.Map<String, Object> paid = client.get("/me/order/" + orderId + "/paymentMethods").object();

    assertThat(unpaid.get("registered")).isEqualTo(List.of(3001.0, 3002.0));
    assertThat((List<?>) unpaid.get("paymentMethods")).hasSize(2);
    assertThat((List<?>) unpaid.get("available")).isNotEmpty();
    assertThat(paid.get("registered")).isEqualTo(List.of());
    assertThat((List<?>) paid.get("paymentMethods")).isEmpty();
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
