package io.github.ovhrenewal.core;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.ovhrenewal.core.WireMockOvh.fixture;
import static io.github.ovhrenewal.core.WireMockOvh.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.api.model.PaymentMean;
import io.github.ovhrenewal.api.model.RenewOrder;
import io.github.ovhrenewal.api.model.RenewPeriod;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each flow sends exactly its physical minimum of requests. */
class RequestCountTest {
  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension();

  private static List<String> sent() {
    return wm.received().stream().map(r -> r.getMethod().value() + " " + r.getUrl()).toList();
  }

  private static void stubGuide() {
    wm.stubFor(get("/1.0/domain/example.ovh/serviceInfos").willReturn(okJson("{\"serviceId\":12345}")));
    wm.stubFor(get(urlPathEqualTo("/1.0/service/12345/renew")).willReturn(okJson(fixture("renew-descriptions-guide.json"))));
    wm.stubFor(post(urlEqualTo("/1.0/service/12345/renew")).willReturn(okJson(fixture("renew-order-guide.json"))));
    wm.stubFor(post(urlEqualTo("/1.0/me/order/123456789/payWithRegisteredPaymentMean")).willReturn(okJson("null")));
  }

  @Test
  void guideFlow_optionsReadBeforeChoose_fiveRequests() {
    stubGuide();

    try (RenewalClient client = wm.client()) {
      ServiceRenewal renewal = client.renewals().forService("/domain", "example.ovh");
      assertThat(renewal.options()).isNotEmpty();
      RenewOrder order = renewal.choose(RenewPeriod.P1Y).order();
      client.orders().payWithRegisteredPaymentMean(order.orderId(), PaymentMean.PAYPAL, 1234L);
    }

    assertThat(sent()).containsExactly(
        "GET /1.0/auth/time",
        "GET /1.0/domain/example.ovh/serviceInfos",
        "GET /1.0/service/12345/renew?includeOptions=false",
        "POST /1.0/service/12345/renew",
        "POST /1.0/me/order/123456789/payWithRegisteredPaymentMean");
  }

  @Test
  void choose_afterOptions_noSecondRead() {
    stubGuide();

    try (RenewalClient client = wm.client()) {
      ServiceRenewal renewal = client.renewals().forService(12345);
      renewal.options();
      renewal.choose(RenewPeriod.P1Y);
      renewal.choose(RenewPeriod.P1Y, renewal.options(true).get(0).strategies().get(1));
    }

    assertThat(sent()).containsExactly("GET /1.0/auth/time",
        "GET /1.0/service/12345/renew?includeOptions=false", "GET /1.0/service/12345/renew?includeOptions=true");
  }

  @Test
  void choose_withoutOptionsRead_readsOffersOnce() {
    stubGuide();

    try (RenewalClient client = wm.client()) {
      ServiceRenewal renewal = client.renewals().forService(12345);
      renewal.choose(RenewPeriod.P1Y);
      renewal.choose(RenewPeriod.P1Y);
    }

    assertThat(sent()).containsExactly("GET /1.0/auth/time", "GET /1.0/service/12345/renew?includeOptions=false");
  }
}
