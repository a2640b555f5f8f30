package io.github.ovhrenewal.core;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.ovhrenewal.api.model.OrderStatus;
import io.github.ovhrenewal.api.model.PaymentMean;
import io.github.ovhrenewal.api.model.RenewOrder;
import io.github.ovhrenewal.api.model.RenewPeriod;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OVH guide's VPS example, through the fluent API, exactly as the guide's Python sends it. */
class RenewalFlowTest {
  private static final long VPS_ID = 112233L;

  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension();

  @Test
  void guideVpsFlow_serviceInfosOptionsOrderPay_sendsTheGuidesRequests() {
    wm.stubFor(get("/1.0/vps/vps112233.ovh.net/serviceInfos").willReturn(okJson(
        "{\"serviceId\":112233,\"domain\":\"vps112233.ovh.net\",\"expiration\":\"2026-12-31\",\"creation\":\"2024-01-01\","
            + "\"status\":\"ok\",\"renewalType\":\"manual\",\"possibleRenewPeriod\":[1,3,6,12]}")));
    wm.stubFor(get(urlPathEqualTo("/1.0/service/112233/renew")).willReturn(okJson(
        "[{\"renewPeriod\":\"P1M\",\"strategies\":[{\"services\":[112233],\"price\":{\"value\":7.0,\"currencyCode\":\"EUR\",\"text\":\"7.00 €\"},"
            + "\"servicesDetails\":[{\"serviceId\":112233,\"serviceName\":\"vps112233.ovh.net\",\"serviceType\":\"VPS\"}]}]},"
            + "{\"renewPeriod\":\"P3M\",\"strategies\":[{\"services\":[112233],\"price\":{\"value\":21.00,\"currencyCode\":\"EUR\",\"text\":\"21.00 €\"},"
            + "\"servicesDetails\":[{\"serviceId\":112233,\"serviceName\":\"vps112233.ovh.net\",\"serviceType\":\"VPS\"}]}]}]")));
    wm.stubFor(post("/1.0/service/112233/renew").willReturn(okJson(
        "{\"orderId\":123456789,\"password\":\"aBcD\",\"date\":\"2026-11-23T10:00:00+01:00\",\"expirationDate\":\"2026-11-24T10:00:00+01:00\","
            + "\"priceWithTax\":{\"value\":25.20,\"text\":\"25.20 €\",\"currencyCode\":\"EUR\"},"
            + "\"priceWithoutTax\":{\"value\":21.00,\"text\":\"21.00 €\",\"currencyCode\":\"EUR\"},"
            + "\"tax\":{\"value\":4.20,\"text\":\"4.20 €\",\"currencyCode\":\"EUR\"},"
            + "\"url\":\"https://www.ovh.com/cgi-bin/order/displayOrder.cgi?orderId=123456789&orderPassword=aBcD\","
            + "\"pdfUrl\":\"https://www.ovh.com/cgi-bin/order/displayOrder.cgi?orderId=123456789&orderPassword=aBcD\",\"retractionDate\":null}")));
    wm.stubFor(post("/1.0/me/order/123456789/payWithRegisteredPaymentMean").willReturn(okJson("null")));
    wm.stubFor(get("/1.0/me/order/123456789/status").willReturn(okJson("\"delivered\"")));

    try (RenewalClient client = wm.client()) {
      // The guide: serviceId from serviceInfos, the offers, checkStrategy, order P3M, pay with paypal 1234.
      long serviceId = client.services().info("/vps", "vps112233.ovh.net").serviceId();
      RenewOrder order = client.renewals().forService(serviceId).choose(RenewPeriod.P3M).order();
      client.orders().payWithRegisteredPaymentMean(order.orderId(), PaymentMean.of("paypal"), 1234L);

      assertThat(serviceId).isEqualTo(VPS_ID);
      assertThat(order.orderId()).isEqualTo(123456789L);
      assertThat(order.priceWithTax().value()).isEqualByComparingTo(new BigDecimal("25.20"));
      assertThat(order.priceWithTax().value().scale()).isEqualTo(2);
      assertThat(client.orders().status(order.orderId())).isEqualTo(OrderStatus.DELIVERED);
    }

    // The server's own arrival order: timestamps have millisecond resolution and can tie.
    List<String> sent = wm.received().stream()
        .map(r -> r.getMethod().getName() + " " + r.getUrl() + (r.getBody().length == 0 ? "" : " " + r.getBodyAsString()))
        .toList();
    assertThat(sent).containsExactly(
        "GET /1.0/auth/time",
        "GET /1.0/vps/vps112233.ovh.net/serviceInfos",
        "GET /1.0/service/112233/renew?includeOptions=false",
        "POST /1.0/service/112233/renew {\"dryRun\":false,\"duration\":\"P3M\",\"services\":[112233]}",
        "POST /1.0/me/order/123456789/payWithRegisteredPaymentMean {\"paymentMean\":\"paypal\",\"paymentMeanId\":1234}",
        "GET /1.0/me/order/123456789/status");
    wm.verify(1, postRequestedFor(urlEqualTo("/1.0/service/112233/renew")));
    LoggedRequest pay = wm.findAll(postRequestedFor(urlEqualTo("/1.0/me/order/123456789/payWithRegisteredPaymentMean"))).get(0);
    assertThat(new String(pay.getBody(), StandardCharsets.UTF_8)).isEqualTo("{\"paymentMean\":\"paypal\",\"paymentMeanId\":1234}");
  }

  @Test
  void forServiceByRoute_orderWithoutKnownId_resolvesIdThenOrders() {
    wm.stubFor(get("/1.0/vps/vps112233.ovh.net/serviceInfos").willReturn(okJson("{\"serviceId\":112233}")));
    wm.stubFor(get(urlPathEqualTo("/1.0/service/112233/renew")).willReturn(okJson(
        "[{\"renewPeriod\":\"P3M\",\"strategies\":[{\"services\":[112233],\"price\":{\"value\":21.00}}]}]")));
    wm.stubFor(post("/1.0/service/112233/renew").willReturn(okJson("{\"orderId\":5}")));

    try (RenewalClient client = wm.client()) {
      RenewOrder order = client.renewals().forService("/vps", "vps112233.ovh.net").choose(RenewPeriod.P3M).order();

      assertThat(order.orderId()).isEqualTo(5L);
    }
    wm.verify(1, postRequestedFor(urlEqualTo("/1.0/service/112233/renew")));
  }
}
