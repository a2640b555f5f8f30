package io.github.ovhrenewal.core.fleet;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.ovhrenewal.core.WireMockOvh.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.ovhrenewal.api.OrderApi;
import io.github.ovhrenewal.api.PaymentApi;
import io.github.ovhrenewal.api.ServiceApi;
import io.github.ovhrenewal.api.ServicesApi;
import io.github.ovhrenewal.api.model.PaymentMean;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.core.WireMockOvh;
import io.github.ovhrenewal.core.config.Credentials;
import io.github.ovhrenewal.core.config.RetryPolicy;
import io.github.ovhrenewal.core.exception.JournalException;
import io.github.ovhrenewal.core.fleet.AppliedItem.State;
import io.github.ovhrenewal.core.internal.Engine;
import io.github.ovhrenewal.core.internal.EngineSettings;
import io.github.ovhrenewal.core.internal.Timeouts;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code client.renewals().apply(plan, options)} against WireMock: the exact requests, the journal
 * line by line, resuming, reconciling, the budget, and every failure of an order or a payment.
 */
class ApplierTest {
  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension();

  /** The fixture's server time: every journal line of a run is stamped with it. */
  private static final String NOW = "2023-11-14T22:14:02Z";
  /** An earlier run's attempt, and the lower bound reconciling asks for (one minute before). */
  private static final String EARLIER = "2023-11-14T20:00:00Z";
  private static final String ORDERS_SINCE_EARLIER = "/1.0/me/order?date.from=2023-11-14T19%3A59%3A00Z";
  private static final String ORDERS_SINCE_NOW = "/1.0/me/order?date.from=2023-11-14T22%3A13%3A02Z";

  private static final long MEAN_ID = 1234L;
  private static final String PAY_BODY = "{\"paymentMean\":\"paypal\",\"paymentMeanId\":1234}";

  @TempDir
  Path dir;

  private RenewalClient client;
  private Path journal;

  @BeforeEach
  void setUp() {
    client = wm.client(b -> b.retryPolicy(RetryPolicy.none()));
    journal = dir.resolve("renewals.journal");
  }

  // --- Plans and stubs. ---

  private static PlanItem ready(long serviceId, String name, String priceWithTax) {
    BigDecimal withTax = new BigDecimal(priceWithTax);
    BigDecimal without = withTax.divide(new BigDecimal("1.2"));
    return new PlanItem(serviceId, name, "/domain/" + name, LocalDate.parse("2023-12-01"), RenewPeriod.P1Y, PlanItem.Status.READY,
        null, null, without, withTax.subtract(without), withTax, "EUR");
  }

  private static PlanItem skipped(long serviceId, String name) {
    return new PlanItem(serviceId, name, "/domain/" + name, LocalDate.parse("2023-12-01"), RenewPeriod.P1Y, PlanItem.Status.SKIPPED,
        PlanItem.SkipReason.AUTOMATIC_RENEWAL, "it renews automatically", null, null, null, null);
  }

  private static RenewalPlan plan(PlanItem... items) {
    return new RenewalPlan(RenewalPlan.VERSION, OffsetDateTime.parse("2023-11-14T21:00:00Z"), List.of(items), List.of());
  }

  /** Three domains at 12.00 EUR with tax each, and one skipped. */
  private static RenewalPlan threeDomains() {
    return plan(ready(1001, "a.example", "12.00"), skipped(1004, "d.example"), ready(1002, "b.example", "12.00"),
        ready(1003, "c.example", "12.00"));
  }

  private static String renewUrl(long serviceId) {
    return "/1.0/service/" + serviceId + "/renew";
  }

  private static String payUrl(long orderId) {
    return "/1.0/me/order/" + orderId + "/payWithRegisteredPaymentMean";
  }

  private static String renewBody(long serviceId) {
    return "{\"dryRun\":false,\"duration\":\"P1Y\",\"services\":[" + serviceId + "]}";
  }

  private static String orderAnswer(long orderId, String priceWithTax) {
    return "{\"orderId\":" + orderId + ",\"date\":\"2023-11-14T23:14:02+01:00\",\"password\":\"pw-77\",\"url\":\"https://www.ovh.com/order/"
        + orderId + "\",\"priceWithTax\":{\"value\":" + priceWithTax + ",\"currencyCode\":\"EUR\",\"text\":\"" + priceWithTax + " €\"},"
        + "\"priceWithoutTax\":{\"value\":10.00,\"currencyCode\":\"EUR\"},\"tax\":{\"value\":2.00,\"currencyCode\":\"EUR\"}}";
  }

  private void stubOrder(long serviceId, long orderId, String priceWithTax) {
    wm.stubFor(post(urlEqualTo(renewUrl(serviceId))).withRequestBody(equalToJson(renewBody(serviceId)))
        .willReturn(okJson(orderAnswer(orderId, priceWithTax))));
  }

  private void stubPay(long orderId) {
    wm.stubFor(post(urlEqualTo(payUrl(orderId))).withRequestBody(equalToJson(PAY_BODY))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", WireMockOvh.JSON).withBody("null")));
  }

  private void stubStatus(long orderId, String status) {
    wm.stubFor(get(urlEqualTo("/1.0/me/order/" + orderId + "/status")).willReturn(okJson("\"" + status + "\"")));
  }

  /** The account has one valid PayPal mean, {@link #MEAN_ID}. */
  private void stubPaypal() {
    wm.stubFor(get(urlEqualTo("/1.0/me/payment/method?status=VALID")).willReturn(okJson("[11]")));
    wm.stubFor(get(urlEqualTo("/1.0/me/payment/method/11")).willReturn(okJson(
        "{\"paymentMethodId\":11,\"paymentType\":\"PAYPAL\",\"paymentMeanId\":1234,\"status\":\"VALID\",\"default\":true}")));
  }

  private void stubOrderWithDetails(long orderId, String priceWithTax, Map<Long, String> detailDomains) {
    wm.stubFor(get(urlEqualTo("/1.0/me/order/" + orderId)).willReturn(okJson(orderAnswer(orderId, priceWithTax))));
    wm.stubFor(get(urlEqualTo("/1.0/me/order/" + orderId + "/details"))
        .willReturn(okJson(detailDomains.keySet().stream().sorted().map(String::valueOf).toList().toString())));
    detailDomains.forEach((detailId, domain) -> wm.stubFor(get(urlEqualTo("/1.0/me/order/" + orderId + "/details/" + detailId))
        .willReturn(okJson("{\"orderDetailId\":" + detailId + ",\"domain\":\"" + domain + "\",\"description\":\"renew\","
            + "\"detailType\":\"RENEW\",\"quantity\":\"1\",\"totalPrice\":{\"value\":" + priceWithTax + ",\"currencyCode\":\"EUR\"}}"))));
  }

  private ApplyOptions options() {
    return ApplyOptions.journal(journal).concurrency(1);
  }

  private ApplyOptions paying() {
    return options().payWith(PaymentMean.PAYPAL, MEAN_ID);
  }

  private List<String> journalLines() throws IOException {
    return Files.readAllLines(journal, StandardCharsets.UTF_8);
  }

  /** Writes a journal for {@code plan} as an earlier run left it. */
  private void writeJournal(RenewalPlan plan, String... lines) throws IOException {
    List<String> all = new ArrayList<>();
    all.add("{\"journal\":1,\"plan\":\"" + Journal.fingerprint(plan) + "\",\"createdAt\":\"" + EARLIER + "\"}");
    all.addAll(List.of(lines));
    Files.write(journal, all, StandardCharsets.UTF_8);
  }

  private static String line(long serviceId, String state, String at, String more) {
    return "{\"serviceId\":" + serviceId + ",\"period\":\"P1Y\",\"state\":\"" + state + "\",\"at\":\"" + at + "\"" + more + "}";
  }

  /** A line's text up to the end of {@code more}, for lines whose error text is long. */
  private static String start(long serviceId, String state, String at, String more) {
    String line = line(serviceId, state, at, more);
    return line.substring(0, line.length() - 1);
  }

  private String lastLine() throws IOException {
    List<String> lines = journalLines();
    return lines.get(lines.size() - 1);
  }

  private List<String> signedUrls() {
    return wm.signedRequests().stream().map(r -> r.getMethod().value() + " " + r.getUrl()).toList();
  }

  private static List<State> states(ApplyReport report) {
    return report.items().stream().map(AppliedItem::state).toList();
  }

  // --- A whole run. ---

  @Test
  void apply_threeReadyWithPaypal_checksTheMeanThenOrdersAndPaysEachInPlanOrder() {
    stubPaypal();
    stubOrder(1001, 501, "12.00");
    stubOrder(1002, 502, "12.00");
    stubOrder(1003, 503, "12.00");
    stubPay(501);
    stubPay(502);
    stubPay(503);
    List<String> events = Collections.synchronizedList(new ArrayList<>());

    ApplyReport report = client.renewals().apply(threeDomains(),
        paying().listener((done, total, item) -> events.add(done + "/" + total + " " + item.serviceId() + " " + item.state().wire())));

    assertThat(signedUrls()).containsExactly(
        "GET /1.0/me/payment/method?status=VALID", "GET /1.0/me/payment/method/11",
        "POST " + renewUrl(1001), "POST " + payUrl(501),
        "POST " + renewUrl(1002), "POST " + payUrl(502),
        "POST " + renewUrl(1003), "POST " + payUrl(503));
    for (LoggedRequest request : wm.signedRequests()) {
      WireMockOvh.assertSigned(request);
    }
    assertThat(wm.requests("POST", renewUrl(1002)).get(0).getBodyAsString()).isEqualTo(renewBody(1002));
    assertThat(wm.requests("POST", payUrl(502)).get(0).getBodyAsString()).isEqualTo(PAY_BODY);
    assertThat(report.items()).containsExactly(
        new AppliedItem(1001, "a.example", RenewPeriod.P1Y, State.PAID, 501L, new BigDecimal("12.00"), "EUR", null),
        new AppliedItem(1004, "d.example", RenewPeriod.P1Y, State.SKIPPED, null, null, null, "it renews automatically"),
        new AppliedItem(1002, "b.example", RenewPeriod.P1Y, State.PAID, 502L, new BigDecimal("12.00"), "EUR", null),
        new AppliedItem(1003, "c.example", RenewPeriod.P1Y, State.PAID, 503L, new BigDecimal("12.00"), "EUR", null));
    assertThat(report.orderedWithTax()).containsOnlyKeys("EUR");
    assertThat(report.orderedWithTax().get("EUR")).isEqualByComparingTo("36.00");
    assertThat(report.paidWithTax().get("EUR")).isEqualByComparingTo("36.00");
    assertThat(report.stopReason()).isNull();
    assertThat(report.hasUnknown()).isFalse();
    assertThat(events).containsExactly("1/4 1001 paid", "2/4 1004 skipped", "3/4 1002 paid", "4/4 1003 paid");
  }

  @Test
  void apply_orderAndPay_journalsEachStepLineByLine() throws IOException {
    RenewalPlan plan = plan(ready(1001, "a.example", "12.00"));
    stubPaypal();
    stubOrder(1001, 501, "11.90");
    stubPay(501);

    client.renewals().apply(plan, paying());

    assertThat(journalLines()).containsExactly(
        "{\"journal\":1,\"plan\":\"" + Journal.fingerprint(plan) + "\",\"createdAt\":\"" + NOW + "\"}",
        line(1001, "sending", NOW, ""),
        line(1001, "ordered", NOW, ",\"orderId\":501,\"priceWithTax\":11.90,\"currency\":\"EUR\""),
        line(1001, "paying", NOW, ",\"orderId\":501"),
        line(1001, "paid", NOW, ",\"orderId\":501"));
    assertThat(Files.readString(journal)).doesNotContain("pw-77").doesNotContain("https://");
  }

  @Test
  void apply_eachLine_syncedBeforeTheRequestItAnnouncesAndAfterTheAnswerItRecords() {
    stubPaypal();
    stubOrder(1001, 501, "12.00");
    stubPay(501);
    List<String> seen = new ArrayList<>();
    // Each line, as it is written: its state and the orders and payments the server had received by then.
    UnaryOperator<Journal.Sink> observe = sink -> line -> {
      String text = new String(line, StandardCharsets.UTF_8);
      String state = text.contains("\"journal\"") ? "header" : text.replaceAll(".*\"state\":\"([a-zA-Z]+)\".*\\n", "$1");
      seen.add(state + " orders=" + wm.arrivals("POST", renewUrl(1001), 0) + " payments=" + wm.arrivals("POST", payUrl(501), 0));
      sink.write(line);
    };

    try (Engine engine = engine()) {
      new Applier(context(engine), observe).apply(plan(ready(1001, "a.example", "12.00")), paying());
    }

    assertThat(seen).containsExactly(
        "header orders=0 payments=0",
        "sending orders=0 payments=0",
        "ordered orders=1 payments=0",
        "paying orders=1 payments=0",
        "paid orders=1 payments=1");
  }

  // --- Resuming. ---

  @Test
  void apply_replayedTwice_ordersNothingNewAndMakesNoRequest() throws IOException {
    stubPaypal();
    stubOrder(1001, 501, "12.00");
    stubOrder(1002, 502, "12.00");
    stubOrder(1003, 503, "12.00");
    stubPay(501);
    stubPay(502);
    stubPay(503);
    ApplyReport first = client.renewals().apply(threeDomains(), paying());
    List<String> linesAfterFirst = journalLines();

    for (int run = 2; run <= 3; run++) {
      wm.resetRequests();
      ApplyReport again = client.renewals().apply(threeDomains(), paying());

      assertThat(wm.signedRequests()).as("run %d", run).isEmpty();
      assertThat(again).isEqualTo(first);
    }
    assertThat(journalLines()).isEqualTo(linesAfterFirst);
  }

  @Test
  void apply_orderedButUnpaidInJournal_readsTheStatusThenPays() throws IOException {
    RenewalPlan plan = plan(ready(1001, "a.example", "12.00"));
    writeJournal(plan, line(1001, "sending", EARLIER, ""),
        line(1001, "ordered", EARLIER, ",\"orderId\":501,\"priceWithTax\":12.00,\"currency\":\"EUR\""));
    stubPaypal();
    stubStatus(501, "notPaid");
    stubPay(501);

    ApplyReport report = client.renewals().apply(plan, paying());

    assertThat(signedUrls()).containsExactly("GET /1.0/me/payment/method?status=VALID", "GET /1.0/me/payment/method/11",
        "GET /1.0/me/order/501/status", "POST " + payUrl(501));
    assertThat(report.items().get(0).state()).isEqualTo(State.PAID);
    assertThat(report.items().get(0).orderId()).isEqualTo(501L);
    assertThat(journalLines()).endsWith(line(1001, "paying", NOW, ",\"orderId\":501"), line(1001, "paid", NOW, ",\"orderId\":501"));
  }

  @Test
  void apply_orderedInJournalAndAlreadyDelivered_journalsPaidWithoutPaying() throws IOException {
    RenewalPlan plan = plan(ready(1001, "a.example", "12.00"));
    writeJournal(plan, line(1001, "sending", EARLIER, ""),
        line(1001, "ordered", EARLIER, ",\"orderId\":501,\"priceWithTax\":12.00,\"currency\":\"EUR\""));
    stubPaypal();
    stubStatus(501, "delivered");

    ApplyReport report = client.renewals().apply(plan, paying());

    assertThat(wm.count("POST", payUrl(501))).isZero();
    assertThat(report.items().get(0).state()).isEqualTo(State.PAID);
    assertThat(report.paidWithTax().get("EUR")).isEqualByComparingTo("12.00");
    assertThat(lastLine()).isEqualTo(line(1001, "paid", NOW, ",\"orderId\":501,\"status\":\"delivered\""));
  }

  @Test
  void apply_orderedInJournalWithoutPayment_reportsOrderedWithoutAnyRequest() throws IOException {
    RenewalPlan plan = plan(ready(1001, "a.example", "12.00"));
    writeJournal(plan, line(1001, "sending", EARLIER, ""),
        line(1001, "ordered", EARLIER, ",\"orderId\":501,\"priceWithTax\":12.00,\"currency\":\"EUR\""));

    ApplyReport report = client.renewals().apply(plan, options());

    assertThat(wm.signedRequests()).isEmpty();
    assertThat(report.items()).containsExactly(
        new AppliedItem(1001, "a.example", RenewPeriod.P1Y, State.ORDERED, 501L, new BigDecimal("12.00"), "EUR", null));
    assertThat(report.orderedWithTax().get("EUR")).isEqualByComparingTo("12.00");
    assertThat(report.paidWithTax()).isEmpty();
  }

  // --- Crash between sending and the answer. ---

  @Test
  void apply_journalEndsInSending_adoptsTheOrderWhoseDetailNamesTheServiceAndOrdersNothing() throws IOException {
    RenewalPlan plan = plan(ready(1001, "a.example", "12.00"));
    writeJournal(plan, line(1001, "sending", EARLIER, ""));
    stubPaypal();
    wm.stubFor(get(urlEqualTo(ORDERS_SINCE_EARLIER)).willReturn(okJson("[502, 501]")));
    stubOrderWithDetails(501, "9.99", Map.of(71L, "other.example"));
    stubOrderWithDetails(502, "11.50", Map.of(81L, "dns.a.example", 82L, "A.Example"));
    stubStatus(502, "notPaid");
    stubPay(502);

    ApplyReport report = client.renewals().apply(plan, paying());

    assertThat(wm.count("POST", renewUrl(1001))).isZero();
    assertThat(signedUrls()).containsExactly("GET /1.0/me/payment/method?status=VALID", "GET /1.0/me/payment/method/11",
        "GET " + ORDERS_SINCE_EARLIER,
        "GET /1.0/me/order/501/details", "GET /1.0/me/order/501/details/71",
        "GET /1.0/me/order/502/details", "GET /1.0/me/order/502/details/81", "GET /1.0/me/order/502/details/82",
        "GET /1.0/me/order/502",
        "GET /1.0/me/order/502/status", "POST " + payUrl(502));
    assertThat(report.items()).containsExactly(
        new AppliedItem(1001, "a.example", RenewPeriod.P1Y, State.PAID, 502L, new BigDecimal("11.50"), "EUR", null));
    assertThat(journalLines().subList(2, 5)).containsExactly(
        line(1001, "ordered", NOW, ",\"orderId\":502,\"priceWithTax\":11.50,\"currency\":\"EUR\",\"reconciled\":true"),
        line(1001, "paying", NOW, ",\"orderId\":502"),
        line(1001, "paid", NOW, ",\"orderId\":502"));
  }

  @Test
  void apply_sendingAndAnOrderAlreadyClaimed_skipsTheClaimedOrder() throws IOException {
    RenewalPlan plan = plan(ready(1001, "a.example", "12.00"), ready(1002, "b.example", "12.00"));
    // Order 501 renews b.example and a.example both; it is b's: a's lost order is not it.
    writeJournal(plan, line(1002, "sending", EARLIER, ""),
        line(1002, "ordered", EARLIER, ",\"orderId\":501,\"priceWithTax\":12.00,\"currency\":\"EUR\""),
        line(1001, "sending", EARLIER, ""));
    wm.stubFor(get(urlEqualTo(ORDERS_SINCE_EARLIER)).willReturn(okJson("[501]")));

    ApplyReport report = client.renewals().apply(plan, options());

    assertThat(signedUrls()).containsExactly("GET " + ORDERS_SINCE_EARLIER);
    assertThat(states(report)).containsExactly(State.UNKNOWN, State.ORDERED);
    assertThat(report.items().get(0).orderId()).isNull();
    assertThat(report.items().get(0).message()).contains("reconciling found no order for a.example");
  }

  // --- Lost answers. ---

  @ParameterizedTest
  @ValueSource(strings = {"reset", "500", "unreadable", "noOrderId"})
  void apply_orderAnswerLost_unknownJournaledAndSentOnce(String fault) throws IOException {
    RenewalPlan plan = plan(ready(1001, "a.example", "12.00"));
    var answer = switch (fault) {
      case "reset" -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
      case "500" -> aResponse().withStatus(500).withHeader("Content-Type", WireMockOvh.JSON)
          .withBody("{\"class\":\"Server::InternalServerError\",\"message\":\"Internal server error\"}");
      case "unreadable" -> aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html>proxy</html>");
      default -> okJson("{\"priceWithTax\":{\"value\":12.00,\"currencyCode\":\"EUR\"}}");
    };
    wm.stubFor(post(urlEqualTo(renewUrl(1001))).willReturn(answer));

    ApplyReport report = client.renewals().apply(plan, options());

    assertThat(wm.count("POST", renewUrl(1001))).isEqualTo(1);
    AppliedItem item = report.items().get(0);
    assertThat(item.state()).isEqualTo(State.UNKNOWN);
    assertThat(item.orderId()).isNull();
    assertThat(item.message()).contains("was sent and no usable answer came back: it may exist");
    assertThat(report.hasUnknown()).isTrue();
    assertThat(report.orderedWithTax()).isEmpty();
    List<String> lines = journalLines();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).isEqualTo(line(1001, "sending", NOW, ""));
    assertThat(lines.get(2)).startsWith(start(1001, "unknown", NOW, ",\"error\":\"the renewal order of service 1001 (a.example) for P1Y"));
  }

  @Test
  void apply_rerunAfterLostOrderFindingNothing_staysUnknownAndSendsNoOrder() throws IOException {
    RenewalPlan plan = plan(ready(1001, "a.example", "12.00"));
    wm.stubFor(post(urlEqualTo(renewUrl(1001))).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    client.renewals().apply(plan, options());
    wm.resetRequests();
    wm.stubFor(get(urlEqualTo(ORDERS_SINCE_NOW)).willReturn(okJson("[]")));

    ApplyReport report = client.renewals().apply(plan, options());

    assertThat(signedUrls()).containsExactly("GET " + ORDERS_SINCE_NOW);
    assertThat(report.items().get(0).state()).isEqualTo(State.UNKNOWN);
    assertThat(report.items().get(0).message())
        .contains("reconciling found no order for a.example among the 0 unclaimed orders created since 2023-11-14T22:13:02Z")
        .contains("reorderUnknown");
    assertThat(journalLines()).hasSize(3);
  }

  @Test
  void apply_rerunAfterLostOrderFindingIt_adoptsItWithoutOrdering() throws IOException {
    RenewalPlan plan = plan(ready(1001, "a.example", "12.00"));
    wm.stubFor(post(urlEqualTo(renewUrl(1001))).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    client.renewals().apply(plan, options());
    wm.resetRequests();
    wm.stubFor(get(urlEqualTo(ORDERS_SINCE_NOW)).willReturn(okJson("[601]")));
    stubOrderWithDetails(601, "12.00", Map.of(9L, "a.example"));

    ApplyReport report = client.renewals().apply(plan, options());

    assertThat(wm.count("POST", renewUrl(1001))).isZero();
    assertThat(report.items()).containsExactly(
        new AppliedItem(1001, "a.example", RenewPeriod.P1Y, State.ORDERED, 601L, new BigDecimal("12.00"), "EUR", null));
  }

  @Test
  void apply_unknownWithReorderUnknown_ordersOnceMore() throws IOException {
    RenewalPlan plan = plan(ready(1001, "a.example", "12.00"));
    writeJournal(plan, line(1001, "sending", EARLIER, ""), line(1001, "unknown", EARLIER, ",\"error\":\"lost\""));
    wm.stubFor(get(urlEqualTo(ORDERS_SINCE_EARLIER)).willReturn(okJson("[]")));
    stubOrder(1001, 777, "12.00");

    ApplyReport report = client.renewals().apply(plan, options().reorderUnknown(true));

    assertThat(signedUrls()).containsExactly("GET " + ORDERS_SINCE_EARLIER, "POST " + renewUrl(1001));
    assertThat(report.items().get(0).state()).isEqualTo(State.ORDERED);
    assertThat(report.items().get(0).orderId()).isEqualTo(777L);
    assertThat(journalLines()).endsWith(line(1001, "sending", NOW, ""),
        line(1001, "ordered", NOW, ",\"orderId\":777,\"priceWithTax\":12.00,\"currency\":\"EUR\""));
  }

  @Test
  void apply_reorderUnknownButReconcilingFailed_ordersNothing() throws IOException {
    RenewalPlan plan = plan(ready(1001, "a.example", "12.00"));
    writeJournal(plan, line(1001, "sending", EARLIER, ""), line(1001, "unknown", EARLIER, ",\"error\":\"lost\""));
    wm.stubFor(get(urlEqualTo(ORDERS_SINCE_EARLIER)).willReturn(aResponse().withStatus(403).withHeader("Content-Type", WireMockOvh.JSON)
        .withBody("{\"errorCode\":\"NOT_GRANTED_CALL\",\"message\":\"This call has not been granted\"}")));

    ApplyReport report = client.renewals().apply(plan, options().reorderUnknown(true));

    assertThat(wm.count("POST", renewUrl(1001))).isZero();
    assertThat(report.items().get(0).state()).isEqualTo(State.UNKNOWN);
    assertThat(report.items().get(0).message()).contains("reconciling could not read the account's orders")
        .contains("not ordered again although asked to");
  }

  @Test
  void apply_orderRefused_refusedJournaledWithQueryIdAndOrderedAgainNextRun() throws IOException {
    RenewalPlan plan = plan(ready(1001, "a.example", "12.00"));
    wm.stubFor(post(urlEqualTo(renewUrl(1001))).willReturn(aResponse().withStatus(409).withHeader("Content-Type", WireMockOvh.JSON)
        .withHeader("X-Ovh-QueryId", "EU.q-409").withBody("{\"class\":\"Client::Conflict\",\"message\":\"A renewal is pending\"}")));

    ApplyReport first = client.renewals().apply(plan, options());

    assertThat(first.items().get(0).state()).isEqualTo(State.REFUSED);
    assertThat(first.items().get(0).message()).contains("A renewal is pending").contains("EU.q-409");
    assertThat(first.hasRefused()).isTrue();
    assertThat(journalLines().get(2)).startsWith(start(1001, "refused", NOW, ",\"error\":\""))
        .endsWith(",\"queryId\":\"EU.q-409\"}");

    stubOrder(1001, 501, "12.00");
    ApplyReport second = client.renewals().apply(plan, options());

    assertThat(wm.count("POST", renewUrl(1001))).isEqualTo(2);
    assertThat(second.items().get(0).state()).isEqualTo(State.ORDERED);
  }

  // --- Payments. ---

  @Test
  void apply_paymentRefused_orderedWithTheReasonAndPaidNextRun() throws IOException {
    RenewalPlan plan = plan(ready(1001, "a.example", "12.00"));
    stubPaypal();
    stubOrder(1001, 501, "12.00");
    wm.stubFor(post(urlEqualTo(payUrl(501))).willReturn(aResponse().withStatus(400).withHeader("Content-Type", WireMockOvh.JSON)
        .withHeader("X-Ovh-QueryId", "EU.q-pay").withBody("{\"class\":\"Client::BadRequest\",\"message\":\"This order can't be paid with paypal\"}")));

    ApplyReport first = client.renewals().apply(plan, paying());

    assertThat(first.items().get(0).state()).isEqualTo(State.ORDERED);
    assertThat(first.items().get(0).orderId()).isEqualTo(501L);
    assertThat(first.items().get(0).message()).contains("the payment was refused").contains("can't be paid with paypal");
    assertThat(lastLine()).startsWith(start(1001, "payRefused", NOW, ",\"orderId\":501,\"error\":\"")).contains("\"queryId\":\"EU.q-pay\"");

    wm.resetRequests();
    stubStatus(501, "notPaid");
    stubPay(501);
    ApplyReport second = client.renewals().apply(plan, paying());

    assertThat(signedUrls()).containsExactly("GET /1.0/me/payment/method?status=VALID", "GET /1.0/me/payment/method/11",
        "GET /1.0/me/order/501/status", "POST " + payUrl(501));
    assertThat(second.items().get(0).state()).isEqualTo(State.PAID);
  }

  @Test
  void apply_paymentAnswerLost_unknownWithOrderIdAndNeverPaidAgain() throws IOException {
    RenewalPlan plan = plan(ready(1001, "a.example", "12.00"));
    stubPaypal();
    stubOrder(1001, 501, "12.00");
    wm.stubFor(post(urlEqualTo(payUrl(501))).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    ApplyReport first = client.renewals().apply(plan, paying());

    assertThat(first.items().get(0).state()).isEqualTo(State.UNKNOWN);
    assertThat(first.items().get(0).orderId()).isEqualTo(501L);
    assertThat(first.items().get(0).message()).contains("the payment of order 501").contains("it may have been made");
    assertThat(first.orderedWithTax().get("EUR")).isEqualByComparingTo("12.00");
    assertThat(lastLine()).startsWith(start(1001, "payUnknown", NOW, ",\"orderId\":501,\"error\":\"the payment of order 501"));

    wm.resetRequests();
    stubStatus(501, "notPaid");
    ApplyReport second = client.renewals().apply(plan, paying());

    assertThat(wm.count("POST", payUrl(501))).isZero();
    assertThat(second.items().get(0).state()).isEqualTo(State.UNKNOWN);
    assertThat(second.items().get(0).message()).contains("still shows notPaid. Not paid again");

    stubStatus(501, "delivering");
    ApplyReport third = client.renewals().apply(plan, paying());

    assertThat(wm.count("POST", payUrl(501))).isZero();
    assertThat(third.items().get(0).state()).isEqualTo(State.PAID);
  }

  @Test
  void apply_journalEndsInPaying_readsTheStatusAndNeverPays() throws IOException {
    RenewalPlan plan = plan(ready(1001, "a.example", "12.00"));
    writeJournal(plan, line(1001, "sending", EARLIER, ""),
        line(1001, "ordered", EARLIER, ",\"orderId\":501,\"priceWithTax\":12.00,\"currency\":\"EUR\""),
        line(1001, "paying", EARLIER, ",\"orderId\":501"));
    stubStatus(501, "notPaid");

    ApplyReport report = client.renewals().apply(plan, options());

    assertThat(signedUrls()).containsExactly("GET /1.0/me/order/501/status");
    assertThat(report.items().get(0).state()).isEqualTo(State.UNKNOWN);
    assertThat(report.items().get(0).orderId()).isEqualTo(501L);
  }

  @Test
  void apply_unknownPaymentMeanId_refusedBeforeAnyOrder() throws IOException {
    stubPaypal();
    RenewalPlan plan = threeDomains();

    assertThatThrownBy(() -> client.renewals().apply(plan, options().payWith(PaymentMean.PAYPAL, 999L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("payment mean paypal:999 is not among the account's valid registered paypal means (it has [1234])")
        .hasMessageContaining("nothing was ordered");

    assertThat(signedUrls()).containsExactly("GET /1.0/me/payment/method?status=VALID", "GET /1.0/me/payment/method/11");
    assertThat(journalLines()).hasSize(1);
  }

  @Test
  void apply_meanThatNeedsAnIdWithout_refusedBeforeAnyRequest() {
    assertThatThrownBy(() -> client.renewals().apply(threeDomains(), options().payWith(PaymentMean.PAYPAL, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("paymentMeanId is mandatory");

    assertThat(wm.signedRequests()).isEmpty();
    assertThat(journal).doesNotExist();
  }

  // --- Budget. ---

  @Test
  void apply_budgetFitsTwoOfThree_thirdNotOrderedWithTheReason() {
    stubOrder(1001, 501, "12.00");
    stubOrder(1002, 502, "12.00");
    stubOrder(1003, 503, "12.00");

    ApplyReport report = client.renewals().apply(threeDomains(), options().maxTotal("EUR", new BigDecimal("30.00")));

    assertThat(signedUrls()).containsExactly("POST " + renewUrl(1001), "POST " + renewUrl(1002));
    assertThat(states(report)).containsExactly(State.ORDERED, State.SKIPPED, State.ORDERED, State.NOT_ORDERED);
    assertThat(report.stopReason()).isEqualTo("budget: ordering the renewal of service 1003 (c.example) for P1Y at 12.00 EUR with tax "
        + "would take the EUR total to 36.00 EUR, above the maximum of 30.00 EUR (24.00 EUR ordered or possibly ordered so far, this "
        + "journal's earlier runs included): it and the items after it were not ordered");
    assertThat(report.items().get(3).message()).isEqualTo(report.stopReason());
    assertThat(report.items().get(3).priceWithTax()).isEqualByComparingTo("12.00");
    assertThat(report.orderedWithTax().get("EUR")).isEqualByComparingTo("24.00");
  }

  @Test
  void apply_budgetAcrossRuns_countsEarlierOrdersAndUnknownOutcomes() throws IOException {
    RenewalPlan plan = threeDomains();
    // Run 1: a.example ordered at its real price; b.example's answer lost.
    writeJournal(plan, line(1001, "sending", EARLIER, ""),
        line(1001, "ordered", EARLIER, ",\"orderId\":501,\"priceWithTax\":13.00,\"currency\":\"EUR\""),
        line(1002, "sending", EARLIER, ""), line(1002, "unknown", EARLIER, ",\"error\":\"lost\""));
    wm.stubFor(get(urlEqualTo(ORDERS_SINCE_EARLIER)).willReturn(okJson("[]")));

    ApplyReport report = client.renewals().apply(plan, options().maxTotal("EUR", new BigDecimal("36.99")));

    assertThat(wm.count("POST", renewUrl(1003))).isZero();
    assertThat(states(report)).containsExactly(State.ORDERED, State.SKIPPED, State.UNKNOWN, State.NOT_ORDERED);
    assertThat(report.stopReason()).contains("take the EUR total to 37.00 EUR, above the maximum of 36.99 EUR (25.00 EUR ordered");
  }

  @Test
  void apply_budgetWithARefusal_releasesTheRefusedQuote() {
    wm.stubFor(post(urlEqualTo(renewUrl(1001))).willReturn(aResponse().withStatus(409).withHeader("Content-Type", WireMockOvh.JSON)
        .withBody("{\"class\":\"Client::Conflict\",\"message\":\"pending\"}")));
    stubOrder(1002, 502, "12.00");
    stubOrder(1003, 503, "12.00");

    ApplyReport report = client.renewals().apply(threeDomains(), options().maxTotal("EUR", new BigDecimal("24.00")));

    assertThat(states(report)).containsExactly(State.REFUSED, State.SKIPPED, State.ORDERED, State.ORDERED);
    assertThat(report.stopReason()).isNull();
  }

  // --- The journal itself. ---

  @Test
  void apply_journalOfAnotherPlan_refusedWithoutAnyRequest() throws IOException {
    writeJournal(plan(ready(1001, "a.example", "9.99")));

    assertThatThrownBy(() -> client.renewals().apply(threeDomains(), paying()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was written for another plan")
        .hasMessageContaining(Journal.fingerprint(plan(ready(1001, "a.example", "9.99"))))
        .hasMessageContaining(Journal.fingerprint(threeDomains()));

    assertThat(wm.received()).isEmpty();
  }

  @Test
  void apply_tornLastLine_ignoredAndTheItemOrdered() throws IOException {
    RenewalPlan plan = plan(ready(1001, "a.example", "12.00"));
    writeJournal(plan);
    Files.writeString(journal, "{\"serviceId\":1001,\"period\":\"P1Y\",\"state\":\"send", java.nio.file.StandardOpenOption.APPEND);
    stubOrder(1001, 501, "12.00");

    ApplyReport report = client.renewals().apply(plan, options());

    assertThat(signedUrls()).containsExactly("POST " + renewUrl(1001));
    assertThat(report.items().get(0).state()).isEqualTo(State.ORDERED);
    assertThat(journalLines()).hasSize(3).element(1).isEqualTo(line(1001, "sending", NOW, ""));
  }

  @Test
  void apply_malformedMiddleLine_failsWithTheLineNumberAndNoRequest() throws IOException {
    RenewalPlan plan = plan(ready(1001, "a.example", "12.00"));
    writeJournal(plan, "{\"serviceId\":1001,\"period\":\"P1Y\",\"state\":\"ordered\",\"at\":\"" + EARLIER + "\"}",
        line(1001, "paid", EARLIER, ",\"orderId\":501"));

    assertThatThrownBy(() -> client.renewals().apply(plan, options()))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining(journal + " is malformed at line 2: \"orderId\" is missing");

    assertThat(wm.received()).isEmpty();
  }

  @Test
  void apply_journalWriteFailsBeforeTheSecondOrder_stopsAndDoesNotSendIt() throws IOException {
    stubOrder(1001, 501, "12.00");
    stubOrder(1002, 502, "12.00");
    stubOrder(1003, 503, "12.00");
    int[] writes = {0};
    // Header, sending and ordered of a.example pass; b.example's sending fails.
    UnaryOperator<Journal.Sink> diskFull = sink -> line -> {
      if (++writes[0] == 4) {
        throw new IOException("No space left on device");
      }
      sink.write(line);
    };

    try (Engine engine = engine()) {
      Applier applier = new Applier(context(engine), diskFull);
      assertThatThrownBy(() -> applier.apply(threeDomains(), options()))
          .isInstanceOf(JournalException.class)
          .hasMessageContaining("cannot write to the journal " + journal + " (No space left on device)")
          .hasMessageContaining("stopped ordering")
          .hasMessageContaining("ordered [1001 (order 501)]");
    }

    assertThat(signedUrls()).containsExactly("POST " + renewUrl(1001));
    assertThat(journalLines()).hasSize(3);
  }

  @Test
  void apply_whileAnotherApplyHoldsTheJournal_failsClearlyWithoutAnyRequest() {
    RenewalPlan plan = threeDomains();
    try (Journal held = Journal.open(journal, Journal.fingerprint(plan), OffsetDateTime::now, UnaryOperator.identity())) {
      assertThatThrownBy(() -> client.renewals().apply(plan, options()))
          .isInstanceOf(JournalException.class)
          .hasMessageContaining("the journal " + journal + " is in use by another apply");
    }

    assertThat(wm.received()).isEmpty();
  }

  @Test
  void apply_duplicateReadyService_refusedBeforeAnyRequest() {
    RenewalPlan plan = plan(ready(1001, "a.example", "12.00"), ready(1001, "a.example", "12.00"));

    assertThatThrownBy(() -> client.renewals().apply(plan, options()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lists service 1001 as ready more than once");

    assertThat(wm.received()).isEmpty();
  }

  // --- An applier on its own engine, to watch its journal writes. ---

  private static Engine engine() {
    wm.stubTime();
    return new Engine(new EngineSettings(wm.endpoint(),
        Credentials.given(WireMockOvh.APPLICATION_KEY, WireMockOvh.APPLICATION_SECRET, WireMockOvh.CONSUMER_KEY, null, null, null),
        new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60)), RetryPolicy.none(), delay -> { },
        Clock.fixed(Instant.ofEpochSecond(WireMockOvh.LOCAL_EPOCH_SECONDS), ZoneOffset.UTC), 0, 1 << 24, null, 8));
  }

  private static FleetContext context(Engine engine) {
    return new FleetContext(engine.executor(), engine.api(ServicesApi.class), engine.api(ServiceApi.class), engine.api(OrderApi.class),
        engine.api(PaymentApi.class), engine::serverNow, new BoundedRunner(2));
  }
}
