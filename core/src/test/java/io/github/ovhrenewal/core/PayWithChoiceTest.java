package io.github.ovhrenewal.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.ovhrenewal.core.WireMockOvh.RENEW_URL;
import static io.github.ovhrenewal.core.WireMockOvh.fixture;
import static io.github.ovhrenewal.core.WireMockOvh.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.ovhrenewal.api.model.RenewOrder;
import io.github.ovhrenewal.core.exception.OrderNotPaidException;
import io.github.ovhrenewal.core.exception.OrderOutcomeUnknownException;
import io.github.ovhrenewal.core.exception.PaymentMethodUnusableException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code choose(...).payWith(method).order()}: the method checked before ordering, the order paid after. */
class PayWithChoiceTest {
  static final String PAY_124 = "/1.0/me/order/124/pay";

  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension();

  private RenewalChoice choice;

  @BeforeEach
  void setUp() {
    choice = wm.guideChoice(wm.client());
    PaymentsTest.stubMethods(wm);
    wm.stubFor(get(urlEqualTo("/1.0/me/payment/method?status=VALID")).willReturn(okJson("[3001,3002]")));
    wm.stubFor(post(urlEqualTo(RENEW_URL)).withRequestBody(containing("\"dryRun\":false")).willReturn(okJson(fixture("order-124.json"))));
  }

  private static int orders() {
    return wm.findAll(postRequestedFor(urlEqualTo(RENEW_URL)).withRequestBody(containing("\"dryRun\":false"))).size();
  }

  @Test
  void order_validMethod_checksThenOrdersThenPaysOnce() {
    wm.stubFor(post(urlEqualTo(PAY_124)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("null")));

    RenewOrder order = choice.payWith(3002).order();

    assertThat(order.orderId()).isEqualTo(124L);
    assertThat(wm.signedRequests()).extracting(LoggedRequest::getUrl)
        .containsExactly("/1.0/service/12345/renew?includeOptions=false", "/1.0/me/payment/method/3002", "/1.0/service/12345/renew", PAY_124);
    assertThat(new String(wm.requests("POST", PAY_124).get(0).getBody(), StandardCharsets.UTF_8)).isEqualTo("{\"paymentMethod\":{\"id\":3002}}");
  }

  @Test
  void order_expiredMethod_refusedBeforeAnyOrder() {
    PaymentMethodUnusableException e = catchThrowableOfType(PaymentMethodUnusableException.class, () -> choice.payWith(3003).order());

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("EXPIRED", "nothing was ordered");
    assertThat(orders()).isZero();
    assertThat(wm.count("POST", PAY_124)).isZero();
  }

  @Test
  void order_paymentRefused_orderNotPaidNamingTheOrder() {
    wm.stubFor(post(urlEqualTo(PAY_124)).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
        .withBody("{\"class\":\"Client::BadRequest\",\"message\":\"This order can't be paid with this payment method\"}")));

    OrderNotPaidException e = catchThrowableOfType(OrderNotPaidException.class, () -> choice.payWith(3002).order());

    assertThat(e).isNotNull();
    assertThat(e.orderId()).isEqualTo(124L);
    assertThat(e.getMessage()).contains("order 124", "can't be paid", "client.orders().pay(124", "do not order again");
    assertThat(orders()).isEqualTo(1);
  }

  @Test
  void order_paymentAnswerLost_outcomeUnknownWithOrderIdPaidOnce() {
    wm.stubFor(post(urlEqualTo(PAY_124)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    OrderOutcomeUnknownException e = catchThrowableOfType(OrderOutcomeUnknownException.class, () -> choice.payWith(3002).order());

    assertThat(e).isNotNull();
    assertThat(e.orderId()).isEqualTo(124L);
    assertThat(wm.count("POST", PAY_124)).isEqualTo(1);
    assertThat(orders()).isEqualTo(1);
  }

  @Test
  void payWith_notPositive_refusedAtOnce() {
    assertThatThrownBy(() -> choice.payWith(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("paymentMethodId");
    assertThat(choice.paymentMethodId()).isNull();
    assertThat(choice.payWith(3002).paymentMethodId()).isEqualTo(3002L);
  }
}
