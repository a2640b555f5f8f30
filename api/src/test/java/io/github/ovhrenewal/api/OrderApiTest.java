package io.github.ovhrenewal.api;

import static io.github.ovhrenewal.api.CannedAnswers.BASE_URL;
import static io.github.ovhrenewal.api.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.api.model.FollowUpStep;
import io.github.ovhrenewal.api.model.OrderDetail;
import io.github.ovhrenewal.api.model.OrderDetailType;
import io.github.ovhrenewal.api.model.OrderFollowUp;
import java.io.IOException;
import java.util.List;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class OrderApiTest {

  private final CannedAnswers server = new CannedAnswers();

  @Test
  void listOrderDetails_orderId_getsIds() throws IOException {
    server.answer("[9876543210,9876543211]");

    List<Long> ids = server.create(OrderApi.class).listOrderDetails(123_456_789L).execute().body();

    assertThat(ids).containsExactly(9_876_543_210L, 9_876_543_211L);
    Request request = server.onlyRequest();
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.url()).hasToString(BASE_URL + "me/order/123456789/details");
  }

  @Test
  void getOrderDetail_bothIds_inPathAndDetailRead() throws IOException {
    server.answer(read("order-detail-renew.json"));

    OrderDetail detail = server.create(OrderApi.class).getOrderDetail(123_456_789L, 9_876_543_210L).execute().body();

    assertThat(detail.domain()).isEqualTo("vps112233.ovh.net");
    assertThat(detail.detailType()).isSameAs(OrderDetailType.RENEW);
    assertThat(server.onlyRequest().url()).hasToString(BASE_URL + "me/order/123456789/details/9876543210");
  }

  @Test
  void getOrderFollowUp_orderId_readsSteps() throws IOException {
    server.answer(read("order-follow-up.json"));

    List<OrderFollowUp> steps = server.create(OrderApi.class).getOrderFollowUp(123_456_789L).execute().body();

    assertThat(steps).extracting(OrderFollowUp::step).contains(FollowUpStep.DELIVERING);
    Request request = server.onlyRequest();
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.url()).hasToString(BASE_URL + "me/order/123456789/followUp");
  }
}
