package io.github.ovhrenewal.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.ovhrenewal.core.WireMockOvh.assertSigned;
import static io.github.ovhrenewal.core.WireMockOvh.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.ovhrenewal.api.model.OrderPaymentMethods;
import io.github.ovhrenewal.core.exception.OrderOutcomeUnknownException;
import io.github.ovhrenewal.core.exception.OvhBadParametersException;
import io.github.ovhrenewal.core.exception.OvhNotGrantedException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code POST /me/order/{id}/pay}: the exact wire, and at most once whatever the network does. */
class OrderPaymentByMethodTest {
  static final String PAY_METHOD_URL = "/1.0/me/order/123/pay";

  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension();

  private RenewalClient client;

  @BeforeEach
  void setUp() {
    client = wm.client();
  }

  @Test
  void pay_methodId_postsExactlyThePaymentMethodBodySigned() {
    wm.stubFor(post(urlEqualTo(PAY_METHOD_URL)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("null")));

    client.orders().pay(123, 555);

    LoggedRequest request = wm.onlySignedRequest();
    assertThat(request.getMethod().value()).isEqualTo("POST");
    assertThat(request.getUrl()).isEqualTo(PAY_METHOD_URL);
    assertThat(new String(request.getBody(), StandardCharsets.UTF_8)).isEqualTo("{\"paymentMethod\":{\"id\":555}}");
    assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    assertSigned(request);
  }

  @Test
  void pay_204_returns() {
    wm.stubFor(post(urlEqualTo(PAY_METHOD_URL)).willReturn(aResponse().withStatus(204)));

    assertThatCode(() -> client.orders().pay(123, 555)).doesNotThrowAnyException();
  }

  static Stream<Arguments> lostAnswers() {
    return Stream.of(
        Arguments.of("connection reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
        Arguments.of("empty response", aResponse().withFault(Fault.EMPTY_RESPONSE)),
        Arguments.of("500", aResponse().withStatus(500).withHeader("Content-Type", "application/json").withBody("{\"message\":\"Internal Error\"}")),
        Arguments.of("502 html", aResponse().withStatus(502).withHeader("Content-Type", "text/html").withBody("<html>Bad Gateway</html>")),
        Arguments.of("200 html", aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html>maintenance</html>")),
        Arguments.of("200 unreadable", aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"orderId\":")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lostAnswers")
  void pay_answerLostOrUnreadable_outcomeUnknownWithOrderIdSentOnce(String name, ResponseDefinitionBuilder answer) {
    wm.stubFor(post(urlEqualTo(PAY_METHOD_URL)).willReturn(answer));

    OrderOutcomeUnknownException e = catchThrowableOfType(OrderOutcomeUnknownException.class, () -> client.orders().pay(123, 555));

    assertThat(e).as(name + " is never a payment made").isNotNull();
    assertThat(e.orderId()).isEqualTo(123L);
    assertThat(e.getMessage()).contains("payment method 555", "Do not pay again", "status(123)");
    wm.verify(1, postRequestedFor(urlEqualTo(PAY_METHOD_URL)));
  }

  @Test
  void pay_401_refusedAndNeverSentAgain() {
    wm.stubFor(post(urlEqualTo(PAY_METHOD_URL)).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"You must login first\"}")));

    Throwable e = catchThrowable(() -> client.orders().pay(123, 555));

    assertThat(e).isInstanceOf(OvhNotGrantedException.class);
    wm.verify(1, postRequestedFor(urlEqualTo(PAY_METHOD_URL)));
  }

  @Test
  void pay_429_refusedAndNeverRetried() {
    wm.stubFor(post(urlEqualTo(PAY_METHOD_URL)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Too many requests\"}")));

    assertThat(catchThrowable(() -> client.orders().pay(123, 555))).isInstanceOf(io.github.ovhrenewal.core.exception.OvhRateLimitedException.class);
    wm.verify(1, postRequestedFor(urlEqualTo(PAY_METHOD_URL)));
  }

  @Test
  void pay_refusedMethod_badParametersWithQueryId() {
    wm.stubFor(post(urlEqualTo(PAY_METHOD_URL)).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
        .withHeader("X-Ovh-QueryId", "EU.q-9").withBody("{\"class\":\"Client::BadRequest\",\"message\":\"This order can't be paid with this payment method\"}")));

    OvhBadParametersException e = catchThrowableOfType(OvhBadParametersException.class, () -> client.orders().pay(123, 555));

    assertThat(e).isNotNull();
    assertThat(e.queryId()).isEqualTo("EU.q-9");
  }

  @Test
  void pay_badIds_nothingSent() {
    assertThatThrownBy(() -> client.orders().pay(0, 555)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("orderId");
    assertThatThrownBy(() -> client.orders().pay(123, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("paymentMethodId");
    assertThat(wm.received()).isEmpty();
  }

  @Test
  void paymentMethods_order_readsWhatCanPayIt() {
    wm.stubFor(get(urlEqualTo("/1.0/me/order/123/paymentMethods")).willReturn(okJson(
        "{\"available\":[{\"paymentType\":\"CREDIT_CARD\",\"oneshot\":true}],\"paymentMethods\":["
            + PaymentsTest.method(3002, "CREDIT_CARD", "VALID", true, null) + "],\"registered\":[3002]}")));

    OrderPaymentMethods methods = client.orders().paymentMethods(123);

    assertThat(methods.registered()).containsExactly(3002L);
    assertThat(methods.paymentMethods().get(0).isDefaultMethod()).isTrue();
    assertThat(methods.available().get(0).paymentType()).isEqualTo("CREDIT_CARD");
    assertThat(wm.onlySignedRequest().getUrl()).isEqualTo("/1.0/me/order/123/paymentMethods");
  }
}
