package io.github.ovhrenewal.core;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.ovhrenewal.core.WireMockOvh.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ovhrenewal.core.exception.OrderOutcomeUnknownException;
import java.time.Duration;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

/**
 * A payment by method whose answer does not come in time: unknown, sent once. Apart from the other
 * payment tests because it waits for a real read timeout (left out of mutation testing, as
 * {@code TimeoutTest} is).
 */
class PaymentTimeoutTest {
  static final String PAY_METHOD_URL = OrderPaymentByMethodTest.PAY_METHOD_URL;

  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension();

  @Test
  void pay_readTimeout_outcomeUnknownSentOnce() {
    wm.stubFor(post(urlEqualTo(PAY_METHOD_URL)).willReturn(okJson("null").withFixedDelay(3000)));

    try (RenewalClient slow = wm.client(b -> b.readTimeout(Duration.ofSeconds(1)))) {
      OrderOutcomeUnknownException e = catchThrowableOfType(OrderOutcomeUnknownException.class, () -> slow.orders().pay(123, 555));
      assertThat(e).isNotNull();
      assertThat(e.getMessage()).contains("read timeout");
    }
    assertThat(wm.arrivals("POST", PAY_METHOD_URL, 1)).isEqualTo(1);
  }

}
