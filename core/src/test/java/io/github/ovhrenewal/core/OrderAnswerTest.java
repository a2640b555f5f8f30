package io.github.ovhrenewal.core;

import io.github.ovhrenewal.core.exception.OrderOutcomeUnknownException;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.ovhrenewal.core.WireMockOvh.RENEW_URL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ovhrenewal.api.model.RenewOrder;
import io.github.ovhrenewal.api.model.RenewPeriod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the renew POST answers without an order id: fine for a quote, an unknown outcome for an order. */
class OrderAnswerTest {
  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension();

  private static final String WITHOUT_ORDER_ID = "{\"priceWithTax\":{\"value\":2.39,\"currencyCode\":\"EUR\"},"
      + "\"priceWithoutTax\":{\"value\":1.99,\"currencyCode\":\"EUR\"},\"tax\":{\"value\":0.40,\"currencyCode\":\"EUR\"}}";

  private RenewalClient client;
  private RenewalChoice choice;

  @BeforeEach
  void setUp() {
    client = wm.client();
    wm.stubFor(get(urlEqualTo("/1.0/service/12345/renew?includeOptions=false")).willReturn(okJson(
        "[{\"renewPeriod\":\"P1Y\",\"strategies\":[{\"services\":[12345],\"price\":{\"value\":1.99,\"currencyCode\":\"EUR\"}}]}]")));
    choice = client.renewals().forService(12345).choose(RenewPeriod.P1Y);
  }

  @Test
  void quote_answerWithoutOrderId_parsesWithNullOrderId() {
    wm.stubFor(post(urlEqualTo(RENEW_URL)).withRequestBody(containing("\"dryRun\":true")).willReturn(okJson(WITHOUT_ORDER_ID)));

    RenewOrder quote = choice.quote();

    assertThat(quote.orderId()).isNull();
    assertThat(quote.priceWithTax().value()).isEqualByComparingTo("2.39");
  }

  @Test
  void quote_answerWithOrderIdNull_parsesWithNullOrderId() {
    wm.stubFor(post(urlEqualTo(RENEW_URL)).willReturn(okJson("{\"orderId\":null,\"priceWithTax\":{\"value\":2.39}}")));

    assertThat(choice.quote().orderId()).isNull();
  }

  @Test
  void order_answerWithoutOrderId_outcomeUnknownAndSentOnce() {
    wm.stubFor(post(urlEqualTo(RENEW_URL)).withRequestBody(containing("\"dryRun\":false")).willReturn(okJson(WITHOUT_ORDER_ID)));

    OrderOutcomeUnknownException e = catchThrowableOfType(OrderOutcomeUnknownException.class, choice::order);

    assertThat(e).isNotNull();
    assertThat(e.serviceId()).isEqualTo(12345L);
    assertThat(e.period()).isEqualTo(RenewPeriod.P1Y);
    assertThat(e.attemptedAt()).isEqualTo(WireMockOvh.ATTEMPTED_AT);
    assertThat(e.getMessage()).contains("without an order id");
    wm.verify(1, postRequestedFor(urlEqualTo(RENEW_URL)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1"})
  void order_answerWithOrderIdNotPositive_outcomeUnknownAndSentOnce(String orderId) {
    wm.stubFor(post(urlEqualTo(RENEW_URL)).withRequestBody(containing("\"dryRun\":false"))
        .willReturn(okJson(WITHOUT_ORDER_ID.replace("{\"priceWithTax\"", "{\"orderId\":" + orderId + ",\"priceWithTax\""))));

    OrderOutcomeUnknownException e = catchThrowableOfType(OrderOutcomeUnknownException.class, choice::order);

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("without an order id").contains("orderId=" + orderId);
    wm.verify(1, postRequestedFor(urlEqualTo(RENEW_URL)));
  }
}
