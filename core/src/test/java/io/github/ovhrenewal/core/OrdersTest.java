package io.github.ovhrenewal.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.ovhrenewal.core.WireMockOvh.assertSigned;
import static io.github.ovhrenewal.core.WireMockOvh.assertSignedWithoutBody;
import static io.github.ovhrenewal.core.WireMockOvh.fixture;
import static io.github.ovhrenewal.core.WireMockOvh.okJson;
import static io.github.ovhrenewal.core.WireMockOvh.PAY_URL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.ovhrenewal.api.model.CurrencyCode;
import io.github.ovhrenewal.api.model.Order;
import io.github.ovhrenewal.api.model.OrderStatus;
import io.github.ovhrenewal.api.model.PaymentMean;
import io.github.ovhrenewal.api.model.RegisteredPaymentMean;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OrdersTest {
  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension();

  private RenewalClient client;

  @BeforeEach
  void setUp() {
    client = wm.client();
  }

  @Test
  void get_existingOrder_getsOrderAndParsesIt() {
    wm.stubFor(get(urlEqualTo("/1.0/me/order/123")).willReturn(okJson(fixture("order-123.json"))));

    Order order = client.orders().get(123);

    LoggedRequest request = wm.onlySignedRequest();
    assertThat(request.getMethod().value()).isEqualTo("GET");
    assertThat(request.getUrl()).isEqualTo("/1.0/me/order/123");
    assertSignedWithoutBody(request);
    assertThat(order.orderId()).isEqualTo(123L);
    assertThat(order.date()).isEqualTo(OffsetDateTime.parse("2018-05-15T15:49:06+02:00"));
    assertThat(order.expirationDate()).isEqualTo(OffsetDateTime.parse("2018-05-16T15:49:06+02:00"));
    assertThat(order.retractionDate()).isNull();
    assertThat(order.metadatas()).isEmpty();
    assertThat(order.priceWithTax().value()).isEqualTo(new BigDecimal("45.44"));
    assertThat(order.priceWithTax().priceInUcents()).isEqualTo(4544000000L);
    assertThat(order.priceWithTax().currencyCode()).isEqualTo(CurrencyCode.EUR);
    assertThat(order.priceWithoutTax().value()).isEqualTo(new BigDecimal("37.87"));
    assertThat(order.tax().value()).isEqualTo(new BigDecimal("7.57"));
    assertThat(order.password()).isEqualTo("aBcD");
    assertThat(order.toString()).doesNotContain("aBcD");
  }

  @Test
  void status_bareJsonString_isKnownConstant() {
    wm.stubFor(get(urlEqualTo("/1.0/me/order/123/status")).willReturn(okJson("\"notPaid\"")));

    OrderStatus status = client.orders().status(123);

    assertThat(status).isEqualTo(OrderStatus.NOT_PAID);
    assertThat(status.isKnown()).isTrue();
    LoggedRequest request = wm.onlySignedRequest();
    assertThat(request.getUrl()).isEqualTo("/1.0/me/order/123/status");
    assertSignedWithoutBody(request);
  }

  @Test
  void status_unknownValue_isKeptAsText() {
    wm.stubFor(get(urlEqualTo("/1.0/me/order/123/status")).willReturn(okJson("\"weird\"")));

    OrderStatus status = client.orders().status(123);

    assertThat(status.value()).isEqualTo("weird");
    assertThat(status.isKnown()).isFalse();
  }

  @Test
  void availableRegisteredPaymentMeans_listOfMeans_parsesKnownAndUnknown() {
    wm.stubFor(get(urlEqualTo("/1.0/me/order/123/availableRegisteredPaymentMean"))
        .willReturn(okJson(fixture("available-registered-payment-means.json"))));

    List<RegisteredPaymentMean> means = client.orders().availableRegisteredPaymentMeans(123);

    LoggedRequest request = wm.onlySignedRequest();
    assertThat(request.getUrl()).isEqualTo("/1.0/me/order/123/availableRegisteredPaymentMean");
    assertSignedWithoutBody(request);
    assertThat(means).extracting(RegisteredPaymentMean::paymentMean)
        .containsExactly(PaymentMean.PAYPAL, PaymentMean.OVH_ACCOUNT, PaymentMean.of("someFuturePaymentMean"));
    assertThat(means.get(2).paymentMean().isKnown()).isFalse();
  }

  @Test
  void payWithRegisteredPaymentMean_paypalWithId_postsExactBodyAndAcceptsEmptyAnswer() {
    wm.stubFor(post(urlEqualTo(PAY_URL)).willReturn(aResponse().withStatus(200)));

    client.orders().payWithRegisteredPaymentMean(123, PaymentMean.PAYPAL, 1234L);

    wm.verify(1, postRequestedFor(urlEqualTo(PAY_URL)));
    LoggedRequest request = wm.onlySignedRequest();
    assertThat(request.getMethod().value()).isEqualTo("POST");
    assertThat(request.getUrl()).isEqualTo(PAY_URL);
    assertThat(request.getBodyAsString()).isEqualTo("{\"paymentMean\":\"paypal\",\"paymentMeanId\":1234}");
    assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    assertSigned(request);
  }

  @Test
  void payWithRegisteredPaymentMean_answerIsJsonNull_succeeds() {
    wm.stubFor(post(urlEqualTo(PAY_URL)).willReturn(okJson("null")));

    client.orders().payWithRegisteredPaymentMean(123, PaymentMean.PAYPAL, 1234L);

    wm.verify(1, postRequestedFor(urlEqualTo(PAY_URL)));
  }

  @Test
  void payWithRegisteredPaymentMean_ovhAccountWithoutId_omitsPaymentMeanId() {
    wm.stubFor(post(urlEqualTo(PAY_URL)).willReturn(okJson("null")));

    client.orders().payWithRegisteredPaymentMean(123, PaymentMean.OVH_ACCOUNT);

    assertThat(wm.onlySignedRequest().getBodyAsString()).isEqualTo("{\"paymentMean\":\"ovhAccount\"}");
  }

  @Test
  void payWithRegisteredPaymentMean_ovhAccountWithNullId_omitsPaymentMeanId() {
    wm.stubFor(post(urlEqualTo(PAY_URL)).willReturn(aResponse().withStatus(200)));

    client.orders().payWithRegisteredPaymentMean(123, PaymentMean.OVH_ACCOUNT, null);

    assertThat(wm.onlySignedRequest().getBodyAsString()).isEqualTo("{\"paymentMean\":\"ovhAccount\"}");
  }

  @Test
  void list_fromAndTo_sendsEncodedDateQuery() {
    wm.stubFor(get(urlPathEqualTo("/1.0/me/order")).willReturn(okJson("[123, 124]")));

    List<Long> ids = client.orders().list(
        OffsetDateTime.parse("2024-03-01T10:15:30+01:00"), OffsetDateTime.parse("2024-03-31T23:59:59Z"));

    assertThat(ids).containsExactly(123L, 124L);
    LoggedRequest request = wm.onlySignedRequest();
    // '+' must travel as %2B: a raw '+' in a query decodes as a space on the server.
    assertThat(request.getUrl())
        .isEqualTo("/1.0/me/order?date.from=2024-03-01T10%3A15%3A30%2B01%3A00&date.to=2024-03-31T23%3A59%3A59Z");
    assertThat(request.queryParameter("date.from").firstValue()).isEqualTo("2024-03-01T10:15:30+01:00");
    assertThat(request.queryParameter("date.to").firstValue()).isEqualTo("2024-03-31T23:59:59Z");
    assertSignedWithoutBody(request);
  }

  @Test
  void list_noBounds_sendsNoQuery() {
    wm.stubFor(get(urlEqualTo("/1.0/me/order")).willReturn(okJson("[]")));

    assertThat(client.orders().list(null, null)).isEmpty();
    assertThat(wm.onlySignedRequest().getUrl()).isEqualTo("/1.0/me/order");
  }

  @Test
  void createdSince_twoOrders_listsThenGetsEachOrder() {
    wm.stubFor(get(urlPathEqualTo("/1.0/me/order")).willReturn(okJson("[123, 124]")));
    wm.stubFor(get(urlEqualTo("/1.0/me/order/123")).willReturn(okJson(fixture("order-123.json"))));
    wm.stubFor(get(urlEqualTo("/1.0/me/order/124")).willReturn(okJson(fixture("order-124.json"))));

    List<Order> orders = client.orders().createdSince(OffsetDateTime.parse("2018-05-15T15:44:06Z"));

    assertThat(orders).extracting(Order::orderId).containsExactly(123L, 124L);
    assertThat(orders.get(1).metadatas()).containsExactly("renew");
    assertThat(orders.get(1).tax().value()).isEqualTo(new BigDecimal("0.40"));
    assertThat(wm.signedRequests()).extracting(LoggedRequest::getUrl).containsExactly(
        "/1.0/me/order?date.from=2018-05-15T15%3A44%3A06Z", "/1.0/me/order/123", "/1.0/me/order/124");
  }

  private static String paymentMethod(long id, String type, Long meanId, String status) {
    return "{\"paymentMethodId\":" + id + ",\"paymentType\":\"" + type + "\",\"paymentMeanId\":" + meanId
        + ",\"status\":\"" + status + "\",\"default\":false,\"label\":null,\"description\":null}";
  }

  @Test
  void registeredPaymentMeanIds_paypal_listsValidMethodsThenReadsEachAndKeepsPaypalMeanIds() {
    wm.stubFor(get(urlPathEqualTo("/1.0/me/payment/method")).willReturn(okJson("[11, 12, 13, 14]")));
    wm.stubFor(get(urlEqualTo("/1.0/me/payment/method/11")).willReturn(okJson(paymentMethod(11, "PAYPAL", 1234L, "VALID"))));
    wm.stubFor(get(urlEqualTo("/1.0/me/payment/method/12")).willReturn(okJson(paymentMethod(12, "CREDIT_CARD", 5678L, "VALID"))));
    wm.stubFor(get(urlEqualTo("/1.0/me/payment/method/13")).willReturn(okJson(paymentMethod(13, "PAYPAL", 4321L, "EXPIRED"))));
    wm.stubFor(get(urlEqualTo("/1.0/me/payment/method/14")).willReturn(okJson(paymentMethod(14, "PAYPAL", null, "VALID"))));

    List<Long> ids = client.orders().registeredPaymentMeanIds(PaymentMean.PAYPAL);

    assertThat(ids).containsExactly(1234L);
    List<LoggedRequest> requests = wm.signedRequests();
    assertThat(requests).extracting(LoggedRequest::getUrl).containsExactly(
        "/1.0/me/payment/method?status=VALID", "/1.0/me/payment/method/11", "/1.0/me/payment/method/12",
        "/1.0/me/payment/method/13", "/1.0/me/payment/method/14");
    requests.forEach(WireMockOvh::assertSignedWithoutBody);
  }

  @Test
  void registeredPaymentMeanIds_creditCardAndBankAccount_matchNewTypeNames() {
    wm.stubFor(get(urlPathEqualTo("/1.0/me/payment/method")).willReturn(okJson("[1, 2, 3]")));
    wm.stubFor(get(urlEqualTo("/1.0/me/payment/method/1")).willReturn(okJson(paymentMethod(1, "CREDIT_CARD", 5678L, "VALID"))));
    wm.stubFor(get(urlEqualTo("/1.0/me/payment/method/2")).willReturn(okJson(paymentMethod(2, "SEPA_DIRECT_DEBIT", 42L, "VALID"))));
    wm.stubFor(get(urlEqualTo("/1.0/me/payment/method/3")).willReturn(okJson(paymentMethod(3, "BANK_ACCOUNT", 43L, "VALID"))));

    assertThat(client.orders().registeredPaymentMeanIds(PaymentMean.CREDIT_CARD)).containsExactly(5678L);
    assertThat(client.orders().registeredPaymentMeanIds(PaymentMean.BANK_ACCOUNT)).containsExactly(42L, 43L);
    assertThat(client.orders().registeredPaymentMeanIds(PaymentMean.PAYPAL)).isEmpty();
  }

  @Test
  void registeredPaymentMeanIds_noPaymentMethod_isEmpty() {
    wm.stubFor(get(urlPathEqualTo("/1.0/me/payment/method")).willReturn(okJson("[]")));

    assertThat(client.orders().registeredPaymentMeanIds(PaymentMean.PAYPAL)).isEmpty();
  }

  @Test
  void registeredPaymentMeanIds_meanWithoutId_refusedBeforeAnyRequest() {
    assertThatThrownBy(() -> client.orders().registeredPaymentMeanIds(PaymentMean.OVH_ACCOUNT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ovhAccount takes no id");
    assertThat(wm.signedRequests()).isEmpty();
  }
}
