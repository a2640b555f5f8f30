package io.github.ovhrenewal.api;

import static io.github.ovhrenewal.api.CannedAnswers.BASE_URL;
import static io.github.ovhrenewal.api.CannedAnswers.bodyOf;
import static io.github.ovhrenewal.api.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.api.model.NoContent;
import io.github.ovhrenewal.api.model.OrderPaymentMethods;
import io.github.ovhrenewal.api.model.PayWithPaymentMethodRequest;
import java.io.IOException;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class PaymentApiTest {

  private final CannedAnswers server = new CannedAnswers();

  @Test
  void getOrderPaymentMethods_orderId_readsWhatCanPay() throws IOException {
    server.answer(read("order-payment-methods.json"));

    OrderPaymentMethods methods = server.create(PaymentApi.class).getOrderPaymentMethods(123_456_789L).execute().body();

    assertThat(methods.registered()).containsExactly(98_765L, 98_766L);
    Request request = server.onlyRequest();
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.url()).hasToString(BASE_URL + "me/order/123456789/paymentMethods");
  }

  @Test
  void pay_paymentMethod555_postsExactBody() throws IOException {
    server.answer("null");

    NoContent answer =
        server.create(PaymentApi.class).pay(123_456_789L, PayWithPaymentMethodRequest.of(555L)).execute().body();

    assertThat(answer).isSameAs(NoContent.INSTANCE);
    Request request = server.onlyRequest();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.url()).hasToString(BASE_URL + "me/order/123456789/pay");
    assertThat(bodyOf(request)).isEqualTo("{\"paymentMethod\":{\"id\":555}}");
  }
}
