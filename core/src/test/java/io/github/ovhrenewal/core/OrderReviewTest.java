package io.github.ovhrenewal.core;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.ovhrenewal.core.WireMockOvh.fixture;
import static io.github.ovhrenewal.core.WireMockOvh.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.ovhrenewal.api.model.OrderDetail;
import io.github.ovhrenewal.api.model.OrderDetailType;
import io.github.ovhrenewal.api.model.OrderStatus;
import io.github.ovhrenewal.core.fleet.OrderOverview;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code details}, {@code since} and {@code unpaid}: orders with what they hold. */
class OrderReviewTest {
  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension();

  private RenewalClient client;

  @BeforeEach
  void setUp() {
    client = wm.client();
  }

  static String detail(long id, String domain, String description, boolean cancelled) {
    return "{\"orderDetailId\":" + id + ",\"domain\":\"" + domain + "\",\"description\":\"" + description + "\",\"detailType\":\"RENEW\","
        + "\"quantity\":\"1\",\"cancelled\":" + cancelled + ",\"unitPrice\":{\"value\":37.87,\"currencyCode\":\"EUR\",\"text\":\"37.87 €\"},"
        + "\"totalPrice\":{\"value\":37.87,\"currencyCode\":\"EUR\",\"text\":\"37.87 €\"}}";
  }

  private static void stubOrder(long id, String status, String... details) {
    wm.stubFor(get(urlEqualTo("/1.0/me/order/" + id)).willReturn(okJson(fixture("order-" + id + ".json"))));
    wm.stubFor(get(urlEqualTo("/1.0/me/order/" + id + "/status")).willReturn(okJson("\"" + status + "\"")));
    StringBuilder ids = new StringBuilder("[");
    for (int i = 0; i < details.length; i++) {
      long detailId = id * 10 + i;
      ids.append(i == 0 ? "" : ",").append(detailId);
      wm.stubFor(get(urlEqualTo("/1.0/me/order/" + id + "/details/" + detailId)).willReturn(okJson(details[i])));
    }
    wm.stubFor(get(urlEqualTo("/1.0/me/order/" + id + "/details")).willReturn(okJson(ids.append("]").toString())));
  }

  @Test
  void details_twoEntries_listsThenReadsEach() {
    stubOrder(123, "notPaid", detail(1230, "vps112233.ovh.net", "VPS renewal 1 month", false),
        detail(1231, "example.ovh", "Domain renewal", true));

    List<OrderDetail> details = client.orders().details(123);

    assertThat(details).extracting(OrderDetail::domain).containsExactly("vps112233.ovh.net", "example.ovh");
    assertThat(details.get(0).detailType()).isEqualTo(OrderDetailType.RENEW);
    assertThat(details.get(0).totalPrice().value()).isEqualTo(new BigDecimal("37.87"));
    assertThat(wm.signedRequests()).extracting(LoggedRequest::getUrl)
        .containsExactly("/1.0/me/order/123/details", "/1.0/me/order/123/details/1230", "/1.0/me/order/123/details/1231");
  }

  @Test
  void since_twoOrders_eachWithStatusAndServicesOldestFirst() {
    wm.stubFor(get(urlPathEqualTo("/1.0/me/order")).willReturn(okJson("[124, 123]")));
    stubOrder(123, "notPaid", detail(1230, "vps112233.ovh.net", "VPS", false), detail(1231, "example.ovh", "Domain", true));
    stubOrder(124, "delivered", detail(1240, "example.ovh", "Domain", false));

    List<OrderOverview> orders = client.orders().since(OffsetDateTime.parse("2018-05-01T00:00:00Z"));

    assertThat(orders).extracting(OrderOverview::orderId).containsExactly(123L, 124L);
    assertThat(orders.get(0).status()).isEqualTo(OrderStatus.NOT_PAID);
    assertThat(orders.get(0).services()).as("a cancelled entry is not what the order renews").containsExactly("vps112233.ovh.net");
    assertThat(orders.get(0).priceWithTax().value()).isEqualTo(new BigDecimal("45.44"));
    assertThat(orders.get(1).status()).isEqualTo(OrderStatus.DELIVERED);
    assertThat(orders.get(1).services()).containsExactly("example.ovh");
    assertThat(wm.count("GET", "/1.0/me/order?date.from=2018-05-01T00%3A00%3A00Z")).isEqualTo(1);
  }

  @Test
  void unpaid_mixedStatuses_keepsNotPaidAndReadsNoDetailsOfTheOthers() {
    wm.stubFor(get(urlPathEqualTo("/1.0/me/order")).willReturn(okJson("[123, 124]")));
    stubOrder(123, "notPaid", detail(1230, "vps112233.ovh.net", "VPS", false));
    stubOrder(124, "delivered", detail(1240, "example.ovh", "Domain", false));

    List<OrderOverview> unpaid = client.orders().unpaid(OffsetDateTime.parse("2018-05-01T00:00:00Z"));

    assertThat(unpaid).extracting(OrderOverview::orderId).containsExactly(123L);
    assertThat(wm.count("GET", "/1.0/me/order/124/details")).isZero();
    assertThat(wm.count("GET", "/1.0/me/order/124")).isZero();
  }

  @Test
  void since_noOrders_emptyWithOneRequest() {
    wm.stubFor(get(urlPathEqualTo("/1.0/me/order")).willReturn(okJson("[]")));

    assertThat(client.orders().since(OffsetDateTime.parse("2018-05-01T00:00:00Z"))).isEmpty();
    assertThat(wm.signedRequests()).hasSize(1);
  }

  @Test
  void badInput_nothingSent() {
    assertThatThrownBy(() -> client.orders().details(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.orders().since(null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from");
    assertThatThrownBy(() -> client.orders().unpaid(null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(wm.received()).isEmpty();
  }
}
