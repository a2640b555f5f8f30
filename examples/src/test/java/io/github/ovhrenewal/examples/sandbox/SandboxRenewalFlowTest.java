package io.github.ovhrenewal.examples.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The guide's flows end to end: renew options, order, payment, and their failures. */
class SandboxRenewalFlowTest {

  private static final String VPS_P3M = "{\"dryRun\":false,\"duration\":\"P3M\",\"services\":[112233]}";
  private static final String PAY_PAYPAL = "{\"paymentMean\":\"paypal\",\"paymentMeanId\":1234}";

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
  void guideVpsFlow_orderP3mPayPaypal_deliveredAndExpirationMovedThreeMonths() throws IOException {
    Map<String, Object> infos = client.get("/vps/vps112233.ovh.net/serviceInfos").object();
    long serviceId = ((Number) infos.get("serviceId")).longValue();
    LocalDate before = LocalDate.parse((String) infos.get("expiration"));
    SandboxTestClient.Answer choices = client.get("/service/" + serviceId + "/renew");

    SandboxTestClient.Answer ordered = client.post("/service/" + serviceId + "/renew", VPS_P3M);
    long orderId = ((Number) ordered.object().get("orderId")).longValue();
    SandboxTestClient.Answer means =
        client.get("/me/order/" + orderId + "/availableRegisteredPaymentMean");
    SandboxTestClient.Answer statusBefore = client.get("/me/order/" + orderId + "/status");
    SandboxTestClient.Answer paid =
        client.post("/me/order/" + orderId + "/payWithRegisteredPaymentMean", PAY_PAYPAL);

    assertThat(serviceId).isEqualTo(sandbox.vpsServiceId());
    assertThat(choices.body()).contains("{\"renewPeriod\":\"P3M\"");
    assertThat(ordered.code()).isEqualTo(200);
    assertThat(orderId).isPositive();
    assertThat(sandbox.orderIds()).containsExactly(orderId);
    assertThat(means.body())
        .isEqualTo(
            "[{\"paymentMean\":\"paypal\"},{\"paymentMean\":\"creditCard\"},"
                + "{\"paymentMean\":\"ovhAccount\"}]");
    assertThat(statusBefore.body()).isEqualTo("\"notPaid\"");
    assertThat(paid.code()).isEqualTo(200);
    assertThat(paid.body()).isEqualTo("null");
    assertThat(client.get("/me/order/" + orderId + "/status").body()).isEqualTo("\"delivered\"");
    assertThat(client.get("/me/order/" + orderId + "/availableRegisteredPaymentMean").body())
        .isEqualTo("[]");
    Map<String, Object> after = client.get("/vps/vps112233.ovh.net/serviceInfos").object();
    assertThat(LocalDate.parse((String) after.get("expiration"))).isEqualTo(before.plusMonths(3));
    assertThat(client.get("/service/112233").object())
        .containsEntry("expirationDate", before.plusMonths(3).toString());
    assertThat(sandbox.renewOrderRequests()).isEqualTo(1);
    assertThat(sandbox.paymentRequests()).isEqualTo(1);
  }

  @Test
  void renew_vpsP3m_returnsRenewOrderWithTwentyPercentTax() throws IOException {
    SandboxTestClient.Answer answer = client.post("/service/112233/renew", VPS_P3M);

    Map<String, Object> order = answer.object();
    assertThat(order)
        .containsOnlyKeys(
            "date", "expirationDate", "orderId", "password", "pdfUrl", "priceWithTax",
            "priceWithoutTax", "retractionDate", "tax", "url")
        .containsEntry("orderId", 123456789.0)
        .containsEntry("retractionDate", null);
    String origin = sandbox.baseUrl().replace("/1.0", "");
    assertThat(order.get("pdfUrl")).isEqualTo(origin + "/order/123456789.pdf");
    assertThat((String) order.get("url")).startsWith(origin + "/order/123456789");
    assertThat(answer.body())
        .contains(
            "\"priceWithTax\":{\"currencyCode\":\"EUR\",\"text\":\"25.20 \u20ac\","
                + "\"value\":25.20,\"priceInUcents\":2520000000}")
        .contains("\"priceWithoutTax\":{\"currencyCode\":\"EUR\",\"text\":\"21.00 \u20ac\",\"value\":21.00,")
        .contains("\"tax\":{\"currencyCode\":\"EUR\",\"text\":\"4.20 \u20ac\",\"value\":4.20,");
    OffsetDateTime date = OffsetDateTime.parse((String) order.get("date"));
    assertThat((String) order.get("date")).endsWith("+00:00");
    assertThat(OffsetDateTime.parse((String) order.get("expirationDate"))).isAfter(date);
  }

  @Test
  void renew_guideHostingWithDomain_taxRoundedHalfUp() throws IOException {
    SandboxTestClient.Answer answer =
        client.post(
            "/service/12345/renew",
            "{\"dryRun\":false,\"duration\":\"P1Y\",\"services\":[12345,67890]}");

    // 37.87 * 0.20 = 7.574 -> 7.57; 45.44 with tax, as in the guide.
    assertThat(answer.code()).isEqualTo(200);
    assertThat(answer.body())
        .contains("\"value\":45.44,")
        .contains("\"value\":37.87,")
        .contains("\"value\":7.57,");
  }

  @Test
  void renew_secondOrder_idIncreases() throws IOException {
    client.post("/service/112233/renew", VPS_P3M);
    client.post("/service/445566/renew", "{\"duration\":\"P1M\",\"services\":[445566]}");

    assertThat(sandbox.orderIds()).containsExactly(123456789L, 123456790L);
  }

  @Test
  void renew_dryRun_pricesWithoutOrdering() throws IOException {
    SandboxTestClient.Answer answer =
        client.post(
            "/service/112233/renew", "{\"dryRun\":true,\"duration\":\"P3M\",\"services\":[112233]}");

    assertThat(answer.code()).isEqualTo(200);
    assertThat(answer.object()).containsEntry("orderId", 0.0);
    assertThat(answer.body()).contains("\"value\":25.20,");
    assertThat(sandbox.orderIds()).isEmpty();
    assertThat(sandbox.renewOrderRequests()).isZero();
    assertThat(client.get("/me/order").body()).isEqualTo("[]");
  }

  @Test
  void renew_durationNotOffered_badRequestNamingIt() throws IOException {
    SandboxTestClient.Answer answer =
        client.post("/service/12345/renew", "{\"duration\":\"P1M\",\"services\":[12345]}");

    assertThat(answer.code()).isEqualTo(400);
    assertThat(answer.object()).containsEntry("class", "Client::BadRequest");
    assertThat((String) answer.object().get("message")).contains("P1M");
    assertThat(sandbox.orderIds()).isEmpty();
  }

  @Test
  void renew_servicesMatchNoStrategy_badRequest() throws IOException {
    for (String services : List.of("[112233,12345]", "[]", "[12345]")) {
      SandboxTestClient.Answer answer =
          client.post(
              "/service/112233/renew", "{\"duration\":\"P3M\",\"services\":" + services + "}");

      assertThat(answer.code()).isEqualTo(400);
      assertThat(answer.object()).containsEntry("class", "Client::BadRequest");
    }
    assertThat(sandbox.orderIds()).isEmpty();
  }

  @Test
  void renew_malformedOrMistypedBody_badRequest() throws IOException {
    for (String body :
        List.of(
            "", "{", "{\"duration\":", "[1,2]", "{\"duration\":\"P3M\"}",
            "{\"duration\":\"P3M\",\"services\":[112233]} trailing",
            "{\"duration\":3,\"services\":[112233]}",
            "{\"duration\":\"P3M\",\"services\":[1.5]}",
            "{\"dryRun\":\"no\",\"duration\":\"P3M\",\"services\":[112233]}")) {
      SandboxTestClient.Answer answer = client.post("/service/112233/renew", body);

      assertThat(answer.code()).as(body).isEqualTo(400);
      assertThat(answer.object()).as(body).containsEntry("class", "Client::BadRequest");
    }
    assertThat(sandbox.orderIds()).isEmpty();
  }

  @Test
  void renew_unknownService_notFound() throws IOException {
    SandboxTestClient.Answer answer =
        client.post("/service/999/renew", "{\"duration\":\"P1Y\",\"services\":[999]}");

    assertThat(answer.code()).isEqualTo(404);
  }

  @Test
  void pay_twice_conflict() throws IOException {
    long orderId = order();
    client.post("/me/order/" + orderId + "/payWithRegisteredPaymentMean", PAY_PAYPAL);

    SandboxTestClient.Answer second =
        client.post("/me/order/" + orderId + "/payWithRegisteredPaymentMean", PAY_PAYPAL);

    assertThat(second.code()).isEqualTo(409);
    assertThat(second.body())
        .isEqualTo(
            "{\"class\":\"Client::Conflict\",\"message\":\"Order " + orderId
                + " has already been paid\"}");
    assertThat(sandbox.paymentRequests()).isEqualTo(2);
  }

  @Test
  void pay_paypalWithoutId_badRequest() throws IOException {
    long orderId = order();

    SandboxTestClient.Answer answer =
        client.post(
            "/me/order/" + orderId + "/payWithRegisteredPaymentMean",
            "{\"paymentMean\":\"paypal\"}");

    assertThat(answer.code()).isEqualTo(400);
    assertThat(answer.body())
        .isEqualTo(
            "{\"class\":\"Client::BadRequest\","
                + "\"message\":\"paymentMeanId is mandatory for paypal\"}");
    assertThat(client.get("/me/order/" + orderId + "/status").body()).isEqualTo("\"notPaid\"");
  }

  @Test
  void pay_unknownPaymentMeanId_badRequest() throws IOException {
    long orderId = order();

    SandboxTestClient.Answer answer =
        client.post(
            "/me/order/" + orderId + "/payWithRegisteredPaymentMean",
            "{\"paymentMean\":\"paypal\",\"paymentMeanId\":9999}");

    assertThat(answer.code()).isEqualTo(400);
    assertThat(answer.object())
        .containsEntry("message", "This order can't be paid with paypal 9999");
  }

  @Test
  void pay_creditCardAndOvhAccount_delivered() throws IOException {
    long first = order();
    long second = order();

    SandboxTestClient.Answer card =
        client.post(
            "/me/order/" + first + "/payWithRegisteredPaymentMean",
            "{\"paymentMean\":\"creditCard\",\"paymentMeanId\":5678}");
    SandboxTestClient.Answer account =
        client.post(
            "/me/order/" + second + "/payWithRegisteredPaymentMean",
            "{\"paymentMean\":\"ovhAccount\"}");

    assertThat(card.code()).isEqualTo(200);
    assertThat(account.code()).isEqualTo(200);
    assertThat(client.get("/me/order/" + second + "/status").body()).isEqualTo("\"delivered\"");
  }

  @Test
  void pay_unknownOrMalformed_rejected() throws IOException {
    long orderId = order();

    assertThat(client.post("/me/order/999/payWithRegisteredPaymentMean", PAY_PAYPAL).code())
        .isEqualTo(404);
    assertThat(
            client.post("/me/order/" + orderId + "/payWithRegisteredPaymentMean", "{\"paymentMean\":").code())
        .isEqualTo(400);
    assertThat(
            client.post(
                    "/me/order/" + orderId + "/payWithRegisteredPaymentMean",
                    "{\"paymentMean\":\"bitcoin\"}")
                .code())
        .isEqualTo(400);
  }

  @Test
  void dropNextOrderAnswer_renew_clientSeesIOExceptionButOrderExists() throws IOException {
    sandbox.dropNextOrderAnswer();

    assertThatThrownBy(() -> client.post("/service/112233/renew", VPS_P3M))
        .isInstanceOf(IOException.class);

    assertThat(sandbox.orderIds()).hasSize(1);
    assertThat(sandbox.renewOrderRequests()).isEqualTo(1);
    // Only the next answer is lost: the order can be found and the next call is answered.
    assertThat(client.get("/me/order").body()).isEqualTo("[" + sandbox.orderIds().get(0) + "]");
  }

  @Test
  void dropNextOrderAnswer_dryRunFirst_dropsOnlyTheRealOrder() throws IOException {
    sandbox.dropNextOrderAnswer();

    SandboxTestClient.Answer dry =
        client.post(
            "/service/112233/renew", "{\"dryRun\":true,\"duration\":\"P3M\",\"services\":[112233]}");

    assertThat(dry.code()).isEqualTo(200);
    assertThatThrownBy(() -> client.post("/service/112233/renew", VPS_P3M))
        .isInstanceOf(IOException.class);
  }

  @Test
  void dropNextOrderAnswer_okHttpDefaultRetryOnReusedConnection_sandboxCountsTheDuplicate()
      throws IOException {
    // Why the sandbox counts requests: OkHttp's default retryOnConnectionFailure silently resends
    // a POST whose pooled connection died, so the client sees 200 while two orders exist.
    SandboxTestClient retrying = client.retryingOnConnectionFailure();
    retrying.get("/service");
    sandbox.dropNextOrderAnswer();

    SandboxTestClient.Answer answer = retrying.post("/service/112233/renew", VPS_P3M);

    assertThat(answer.code()).isEqualTo(200);
    assertThat(sandbox.renewOrderRequests()).isEqualTo(2);
    assertThat(sandbox.orderIds()).hasSize(2);
  }

  @Test
  void renew_concurrentOrders_uniqueIds() throws Exception {
    int count = 8;
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      List<Future<SandboxTestClient.Answer>> answers = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        answers.add(pool.submit(() -> client.post("/service/112233/renew", VPS_P3M)));
      }
      for (Future<SandboxTestClient.Answer> answer : answers) {
        assertThat(answer.get().code()).isEqualTo(200);
      }
    } finally {
      pool.shutdown();
    }

    assertThat(sandbox.orderIds()).hasSize(count).doesNotHaveDuplicates();
    assertThat(sandbox.renewOrderRequests()).isEqualTo(count);
  }

  private long order() throws IOException {
    return ((Number) client.post("/service/112233/renew", VPS_P3M).object().get("orderId"))
        .longValue();
  }
}
