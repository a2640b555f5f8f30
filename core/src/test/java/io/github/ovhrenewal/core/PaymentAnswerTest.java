package io.github.ovhrenewal.core;

import io.github.ovhrenewal.core.exception.OrderOutcomeUnknownException;
import io.github.ovhrenewal.core.exception.OvhDecodingException;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.ovhrenewal.core.WireMockOvh.PAY_URL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ovhrenewal.api.model.PaymentMean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A payment's 2xx answer is what the reference says (nothing, or {@code null}) or its outcome is
 * unknown: an answer that cannot be read must never pass for a payment made.
 */
class PaymentAnswerTest {
  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension();

  private RenewalClient client;

  @BeforeEach
  void setUp() {
    client = wm.client();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "null", " null\n", "\n"})
  void payWithRegisteredPaymentMean_emptyOrNullAnswer_returns(String body) {
    wm.stubFor(post(urlEqualTo(PAY_URL)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));

    assertThatCode(() -> client.orders().payWithRegisteredPaymentMean(123, PaymentMean.PAYPAL, 1234L)).doesNotThrowAnyException();
  }

  @Test
  void payWithRegisteredPaymentMean_204_returns() {
    wm.stubFor(post(urlEqualTo(PAY_URL)).willReturn(aResponse().withStatus(204)));

    assertThatCode(() -> client.orders().payWithRegisteredPaymentMean(123, PaymentMean.PAYPAL, 1234L)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"orderId\":", "<html><body>Service Unavailable</body></html>", "{}", "true", "\"paid\"", "null null", "[]"})
  void payWithRegisteredPaymentMean_2xxWithUnreadableBody_outcomeUnknownAndSentOnce(String body) {
    wm.stubFor(post(urlEqualTo(PAY_URL)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withHeader("X-Ovh-QueryId", "EU.pay-1").withBody(body)));

    OrderOutcomeUnknownException e = catchThrowableOfType(
        OrderOutcomeUnknownException.class, () -> client.orders().payWithRegisteredPaymentMean(123, PaymentMean.PAYPAL, 1234L));

    assertThat(e).as("an unreadable payment answer is never a success").isNotNull();
    assertThat(e.orderId()).isEqualTo(123L);
    assertThat(e.attemptedAt()).isEqualTo(WireMockOvh.ATTEMPTED_AT);
    assertThat(e.getCause()).isInstanceOf(OvhDecodingException.class);
    assertThat(((OvhDecodingException) e.getCause()).queryId()).isEqualTo("EU.pay-1");
    wm.verify(1, postRequestedFor(urlEqualTo(PAY_URL)));
  }

  @Test
  void payWithRegisteredPaymentMean_htmlPageAnswered200_outcomeUnknown() {
    wm.stubFor(post(urlEqualTo(PAY_URL)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
        .withBody("<!DOCTYPE html><html><head><title>Maintenance</title></head></html>")));

    OrderOutcomeUnknownException e = catchThrowableOfType(
        OrderOutcomeUnknownException.class, () -> client.orders().payWithRegisteredPaymentMean(123, PaymentMean.PAYPAL, 1234L));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("Do not pay again", "<!DOCTYPE html>");
    wm.verify(1, postRequestedFor(urlEqualTo(PAY_URL)));
  }
}
