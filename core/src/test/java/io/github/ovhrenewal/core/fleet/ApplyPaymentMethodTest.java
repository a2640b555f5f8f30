package io.github.ovhrenewal.core.fleet;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.ovhrenewal.core.WireMockOvh.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.core.WireMockOvh;
import io.github.ovhrenewal.core.config.RetryPolicy;
import io.github.ovhrenewal.core.exception.PaymentMethodUnusableException;
import io.github.ovhrenewal.core.fleet.AppliedItem.State;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Apply paying with a payment method, and the order POST refused or lost in the ways a server and a network can. */
class ApplyPaymentMethodTest {
  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension();

  @TempDir
  Path dir;

  private RenewalClient client;
  private Path journal;

  @BeforeEach
  void setUp() {
    client = wm.client(b -> b.retryPolicy(RetryPolicy.none()));
    journal = dir.resolve("renewals.journal");
  }

  private static PlanItem ready(long serviceId, String name) {
    return new PlanItem(serviceId, name, "/domain/" + name, LocalDate.parse("2023-12-01"), RenewPeriod.P1Y, PlanItem.Status.READY,
        null, null, new BigDecimal("10.00"), new BigDecimal("2.00"), new BigDecimal("12.00"), "EUR");
  }

  private static RenewalPlan plan(PlanItem... items) {
    return new RenewalPlan(RenewalPlan.VERSION, OffsetDateTime.parse("2023-11-14T21:00:00Z"), List.of(items), List.of());
  }

  private static String orderAnswer(long orderId) {
    return "{\"orderId\":" + orderId + ",\"date\":\"2023-11-14T23:14:02+01:00\",\"password\":\"pw\",\"url\":\"https://www.ovh.com/order/" + orderId
        + "\",\"priceWithTax\":{\"value\":12.00,\"currencyCode\":\"EUR\"},\"priceWithoutTax\":{\"value\":10.00,\"currencyCode\":\"EUR\"},"
        + "\"tax\":{\"value\":2.00,\"currencyCode\":\"EUR\"}}";
  }

  private static void stubMethod(long id, String status) {
    wm.stubFor(get(urlEqualTo("/1.0/me/payment/method/" + id)).willReturn(okJson(
        "{\"paymentMethodId\":" + id + ",\"paymentType\":\"CREDIT_CARD\",\"paymentMeanId\":5678,\"status\":\"" + status + "\",\"default\":true}")));
  }

  @Test
  void apply_paymentMethod_checkedOnceThenEachOrderPaidWithPayAndJournaled() throws IOException {
    stubMethod(3002, "VALID");
    wm.stubFor(post(urlEqualTo("/1.0/service/1001/renew")).willReturn(okJson(orderAnswer(501))));
    wm.stubFor(post(urlEqualTo("/1.0/service/1002/renew")).willReturn(okJson(orderAnswer(502))));
    wm.stubFor(post(urlPathEqualTo("/1.0/me/order/501/pay")).willReturn(okJson("null")));
    wm.stubFor(post(urlPathEqualTo("/1.0/me/order/502/pay")).willReturn(okJson("null")));

    ApplyReport report = client.renewals().apply(plan(ready(1001, "a.example"), ready(1002, "b.example")),
        ApplyOptions.journal(journal).concurrency(1).payWithMethod(3002));

    assertThat(report.items()).extracting(AppliedItem::state).containsExactly(State.PAID, State.PAID);
    assertThat(wm.count("GET", "/1.0/me/payment/method/3002")).isEqualTo(1);
    assertThat(new String(wm.requests("POST", "/1.0/me/order/501/pay").get(0).getBody(), StandardCharsets.UTF_8))
        .isEqualTo("{\"paymentMethod\":{\"id\":3002}}");
    assertThat(wm.count("POST", "/1.0/me/order/502/pay")).isEqualTo(1);
    assertThat(Files.readAllLines(journal)).filteredOn(l -> l.contains("\"paid\"")).hasSize(2);
  }

  @Test
  void apply_expiredPaymentMethod_refusedBeforeAnyOrderAndNothingJournaled() {
    stubMethod(3003, "EXPIRED");
    wm.stubFor(get(urlEqualTo("/1.0/me/payment/method?status=VALID")).willReturn(okJson("[]")));

    assertThatThrownBy(() -> client.renewals().apply(plan(ready(1001, "a.example")),
        ApplyOptions.journal(journal).payWithMethod(3003)))
        .isInstanceOf(PaymentMethodUnusableException.class).hasMessageContaining("EXPIRED");
    assertThat(wm.count("POST", "/1.0/service/1001/renew")).isZero();
  }

  @Test
  void apply_paymentAnswerLost_unknownAndNeverPaidAgainOnResume() throws IOException {
    stubMethod(3002, "VALID");
    wm.stubFor(post(urlEqualTo("/1.0/service/1001/renew")).willReturn(okJson(orderAnswer(501))));
    wm.stubFor(post(urlPathEqualTo("/1.0/me/order/501/pay")).willReturn(aResponse().withStatus(502).withBody("<html>Bad Gateway</html>")));
    wm.stubFor(get(urlEqualTo("/1.0/me/order/501/status")).willReturn(okJson("\"notPaid\"")));
    RenewalPlan plan = plan(ready(1001, "a.example"));
    ApplyOptions options = ApplyOptions.journal(journal).payWithMethod(3002);

    ApplyReport first = client.renewals().apply(plan, options);
    ApplyReport second = client.renewals().apply(plan, options);

    assertThat(first.items().get(0).state()).isEqualTo(State.UNKNOWN);
    assertThat(second.items().get(0).state()).isEqualTo(State.UNKNOWN);
    assertThat(wm.count("POST", "/1.0/me/order/501/pay")).isEqualTo(1);
    assertThat(wm.count("POST", "/1.0/service/1001/renew")).isEqualTo(1);
  }

  static Stream<Arguments> orderFailures() {
    return Stream.of(
        Arguments.of("401", aResponse().withStatus(401).withHeader("Content-Type", "application/json").withBody("{\"message\":\"You must login first\"}"),
            State.REFUSED),
        Arguments.of("429", aResponse().withStatus(429).withHeader("Retry-After", "1").withHeader("Content-Type", "application/json")
            .withBody("{\"message\":\"Too many requests\"}"), State.REFUSED),
        Arguments.of("connection reset after sending", aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER),
            State.UNKNOWN));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("orderFailures")
  void apply_orderPostFails_sentOnceAndReportedAsRefusedOrUnknown(String name, ResponseDefinitionBuilder answer, State expected) {
    wm.stubFor(post(urlEqualTo("/1.0/service/1001/renew")).willReturn(answer));
    // Reconciling an unknown outcome finds no order yet.
    wm.stubFor(get(urlPathEqualTo("/1.0/me/order")).willReturn(okJson("[]")));

    ApplyReport report = client.renewals().apply(plan(ready(1001, "a.example")), ApplyOptions.journal(journal));

    assertThat(report.items().get(0).state()).as(name).isEqualTo(expected);
    assertThat(wm.arrivals("POST", "/1.0/service/1001/renew", 1)).isEqualTo(1);
    assertThat(report.items().get(0).orderId()).isNull();
  }
}
