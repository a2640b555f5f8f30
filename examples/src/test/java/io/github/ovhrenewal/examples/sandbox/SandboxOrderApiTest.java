package io.github.ovhrenewal.examples.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxOrderApiTest {

  private OvhSandbox sandbox;
  private SandboxTestClient client;
  private long orderId;

  @BeforeEach
  void start() throws IOException {
    sandbox = OvhSandbox.start();
    client = SandboxTestClient.of(sandbox);
    orderId =
        ((Number)
                client
                    .post(
                        "/service/445566/renew",
                        "{\"dryRun\":false,\"duration\":\"P1M\",\"services\":[445566]}")
                    .object()
                    .get("orderId"))
            .longValue();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void getOrder_created_returnsBillingOrder() throws IOException {
    SandboxTestClient.Answer answer = client.get("/me/order/" + orderId);

    assertThat(answer.code()).isEqualTo(200);
    assertThat(answer.object())
        .containsOnlyKeys(
            "date", "expirationDate", "metadatas", "orderId", "password", "pdfUrl",
            "priceWithTax", "priceWithoutTax", "retractionDate", "tax", "url")
        .containsEntry("metadatas", null);
    assertThat(answer.body())
        .contains("\"orderId\":" + orderId + ",")
        .contains("\"value\":59.99,")
        .contains("\"value\":12.00,")
        .contains("\"value\":71.99,");
  }

  @Test
  void getOrder_unknownOrNonNumeric_notFoundOrBadRequest() throws IOException {
    assertThat(client.get("/me/order/1").code()).isEqualTo(404);
    assertThat(client.get("/me/order/1/status").code()).isEqualTo(404);
    assertThat(client.get("/me/order/1/availableRegisteredPaymentMean").code()).isEqualTo(404);
    assertThat(client.get("/me/order/x").code()).isEqualTo(400);
  }

  @Test
  void listOrders_dateBounds_filters() throws IOException {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    String past = encode(now.minusDays(1).withNano(0).toString());
    String future = encode(now.plusDays(1).withNano(0).toString());

    assertThat(client.get("/me/order").body()).isEqualTo("[" + orderId + "]");
    assertThat(client.get("/me/order?date.from=" + past + "&date.to=" + future).body())
        .isEqualTo("[" + orderId + "]");
    assertThat(client.get("/me/order?date.from=" + future).body()).isEqualTo("[]");
    assertThat(client.get("/me/order?date.to=" + past).body()).isEqualTo("[]");
  }

  @Test
  void listOrders_offsetDateTimeWithPlus_filtersWhenEncoded() throws IOException {
    String from = encode(OffsetDateTime.now(ZoneOffset.ofHours(2)).minusHours(1).withNano(0).toString());

    assertThat(client.get("/me/order?date.from=" + from).body()).isEqualTo("[" + orderId + "]");
  }

  @Test
  void listOrders_invalidDate_badRequest() throws IOException {
    SandboxTestClient.Answer answer = client.get("/me/order?date.from=yesterday");

    assertThat(answer.code()).isEqualTo(400);
    assertThat(answer.object()).containsEntry("class", "Client::BadRequest");
  }

  @Test
  void status_newOrder_bareJsonString() throws IOException {
    SandboxTestClient.Answer answer = client.get("/me/order/" + orderId + "/status");

    assertThat(answer.body()).isEqualTo("\"notPaid\"");
    assertThat(answer.headers().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
  }

  @Test
  void availableMeans_readOnlyKey_allowed() throws IOException {
    Map<String, Object> error =
        client
            .withConsumerKey(sandbox.readOnlyConsumerKey())
            .post(
                "/me/order/" + orderId + "/payWithRegisteredPaymentMean",
                "{\"paymentMean\":\"ovhAccount\"}")
            .object();

    assertThat(
            client
                .withConsumerKey(sandbox.readOnlyConsumerKey())
                .get("/me/order/" + orderId + "/availableRegisteredPaymentMean")
                .code())
        .isEqualTo(200);
    assertThat(error).containsEntry("errorCode", "NOT_GRANTED_CALL");
    assertThat(sandbox.paymentRequests()).isZero();
  }

  private static String encode(String value) {
    return value.replace("+", "%2B").replace(":", "%3A");
  }
}
