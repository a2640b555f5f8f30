package io.github.ovhrenewal.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.ovhrenewal.core.WireMockOvh.JSON;
import static io.github.ovhrenewal.core.WireMockOvh.SERVER_EPOCH_SECONDS;
import static io.github.ovhrenewal.core.WireMockOvh.TIME_URL;
import static io.github.ovhrenewal.core.WireMockOvh.assertSigned;
import static io.github.ovhrenewal.core.WireMockOvh.assertSignedWithoutBody;
import static io.github.ovhrenewal.core.WireMockOvh.fixture;
import static io.github.ovhrenewal.core.WireMockOvh.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.ovhrenewal.api.model.LifecycleAction;
import io.github.ovhrenewal.api.model.LifecycleState;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.api.model.ServiceRenewMode;
import io.github.ovhrenewal.core.config.RetryPolicy;
import io.github.ovhrenewal.core.fleet.PlanItem;
import io.github.ovhrenewal.core.fleet.PlanItem.SkipReason;
import io.github.ovhrenewal.core.fleet.PlanItem.Status;
import io.github.ovhrenewal.core.fleet.PlanOptions;
import io.github.ovhrenewal.core.fleet.PlanTotal;
import io.github.ovhrenewal.core.fleet.RenewalPlan;
import io.github.ovhrenewal.core.fleet.ServiceSummary;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code client.renewals().plan(...)}: one offers read and one dry run per service to price, none
 * for a service skipped, each skip reason, failures kept to their service, totals per currency,
 * the bound on requests in flight and the progress events.
 */
class FleetPlanTest {
  private static final InFlight IN_FLIGHT = new InFlight();

  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension(options -> options.extensions(IN_FLIGHT));

  private static final LocalDate EXPIRATION = LocalDate.parse("2027-01-31");

  // --- Services and answers. ---

  private static ServiceSummary service(long id, ServiceRenewMode mode, RenewPeriod period, LifecycleAction... pending) {
    return new ServiceSummary(id, null, "/domain/d" + id + ".com", "d" + id + ".com", null, "domain", EXPIRATION, mode, period,
        List.of(ServiceRenewMode.MANUAL, ServiceRenewMode.AUTOMATIC), LifecycleState.ACTIVE, Arrays.asList(pending));
  }

  private static ServiceSummary manual(long id) {
    return service(id, ServiceRenewMode.MANUAL, RenewPeriod.P1Y);
  }

  private static String offersUrl(long id) {
    return "/1.0/service/" + id + "/renew?includeOptions=false";
  }

  private static String renewUrl(long id) {
    return "/1.0/service/" + id + "/renew";
  }

  private static String price(String value, String currency) {
    return "{\"value\":" + value + ",\"currencyCode\":\"" + currency + "\",\"text\":\"" + value + " " + currency + "\"}";
  }

  /** The offers of a service: for each period, the service alone and the service with another. */
  private static void stubOffers(long id, String currency, String... periods) {
    StringBuilder offers = new StringBuilder("[");
    for (String period : periods) {
      offers.append(offers.length() > 1 ? "," : "").append("{\"renewPeriod\":\"").append(period).append("\",\"strategies\":[")
          .append("{\"services\":[99,").append(id).append("],\"price\":").append(price("50.00", currency)).append("},")
          .append("{\"services\":[").append(id).append("],\"price\":").append(price("10.00", currency)).append("}]}");
    }
    wm.stubFor(get(urlEqualTo(offersUrl(id))).willReturn(okJson(offers.append("]").toString())));
  }

  private static void stubQuote(long id, String withoutTax, String tax, String withTax, String currency) {
    wm.stubFor(post(urlEqualTo(renewUrl(id))).willReturn(okJson("{\"orderId\":null,\"priceWithoutTax\":" + price(withoutTax, currency)
        + ",\"tax\":" + price(tax, currency) + ",\"priceWithTax\":" + price(withTax, currency) + ",\"url\":null}")));
  }

  private static void stubPriced(long id, String currency) {
    stubOffers(id, currency, "P1M", "P1Y");
    stubQuote(id, "10.00", "2.00", "12.00", currency);
  }

  private static PlanItem ready(long id, String period, String currency) {
    return new PlanItem(id, "d" + id + ".com", "/domain/d" + id + ".com", EXPIRATION, RenewPeriod.fromWire(period), Status.READY, null, null,
        new BigDecimal("10.00"), new BigDecimal("2.00"), new BigDecimal("12.00"), currency);
  }

  private static String dryRunBody(long id, String period) {
    return "{\"dryRun\":true,\"duration\":\"" + period + "\",\"services\":[" + id + "]}";
  }

  private static List<String> sent() {
    return wm.received().stream().filter(r -> !r.getUrl().equals(TIME_URL))
        .map(r -> r.getMethod().getName() + " " + r.getUrl() + (r.getBody().length == 0 ? "" : " " + r.getBodyAsString()))
        .toList();
  }

  // --- What is sent. ---

  @Test
  void plan_manualServices_sendsOneOffersReadAndOneDryRunEachAndPricesThem() {
    stubPriced(1001, "EUR");
    stubPriced(1002, "EUR");
    RenewalClient client = wm.client();

    RenewalPlan plan = client.renewals().plan(List.of(manual(1001), manual(1002)), PlanOptions.defaults());

    assertThat(plan.version()).isEqualTo(RenewalPlan.VERSION);
    assertThat(plan.items()).containsExactly(ready(1001, "P1Y", "EUR"), ready(1002, "P1Y", "EUR"));
    assertThat(plan.totals()).containsExactly(
        new PlanTotal("EUR", 2, new BigDecimal("20.00"), new BigDecimal("4.00"), new BigDecimal("24.00")));
    assertThat(sent()).containsExactlyInAnyOrder(
        "GET " + offersUrl(1001), "POST " + renewUrl(1001) + " " + dryRunBody(1001, "P1Y"),
        "GET " + offersUrl(1002), "POST " + renewUrl(1002) + " " + dryRunBody(1002, "P1Y"));
    for (long id : List.of(1001L, 1002L)) {
      assertSignedWithoutBody(wm.requests("GET", offersUrl(id)).get(0));
      LoggedRequest dryRun = wm.requests("POST", renewUrl(id)).get(0);
      assertSigned(dryRun);
      assertThat(dryRun.getHeader("Content-Type")).startsWith("application/json");
      // Each service's offers are read before its dry run.
      List<String> own = sent().stream().filter(s -> s.contains("/service/" + id + "/")).toList();
      assertThat(own.get(0)).startsWith("GET ");
    }
  }

  @Test
  void plan_createdAt_isTheServersTime() {
    RenewalClient client = wm.client();

    RenewalPlan plan = client.renewals().plan(List.of(), PlanOptions.defaults());

    assertThat(plan.createdAt()).isEqualTo(OffsetDateTime.ofInstant(Instant.ofEpochSecond(SERVER_EPOCH_SECONDS), ZoneOffset.UTC));
    assertThat(plan.items()).isEmpty();
    assertThat(plan.totals()).isEmpty();
    assertThat(sent()).isEmpty();
  }

  @Test
  void plan_periodGiven_pricesThatPeriodInsteadOfTheCurrentOne() {
    stubPriced(1001, "EUR");
    RenewalClient client = wm.client();

    RenewalPlan plan = client.renewals().plan(List.of(manual(1001)), PlanOptions.defaults().period(RenewPeriod.P1M));

    assertThat(plan.items().get(0).period()).isEqualTo(RenewPeriod.P1M);
    assertThat(sent()).containsExactly("GET " + offersUrl(1001), "POST " + renewUrl(1001) + " " + dryRunBody(1001, "P1M"));
  }

  @Test
  void plan_periodOfferedAsTwelveMonths_sendsAndKeepsTheServersText() {
    stubOffers(1001, "EUR", "P12M");
    stubQuote(1001, "10.00", "2.00", "12.00", "EUR");
    RenewalClient client = wm.client();

    RenewalPlan plan = client.renewals().plan(List.of(manual(1001)), PlanOptions.defaults());

    assertThat(plan.items().get(0).period()).hasToString("P12M");
    wm.verify(postRequestedFor(urlEqualTo(renewUrl(1001))).withRequestBody(equalToJson(dryRunBody(1001, "P12M"))));
  }

  // --- Skipped. ---

  @Test
  void plan_automaticRenewal_skippedWithoutAnyRequest() {
    RenewalClient client = wm.client();

    RenewalPlan plan = client.renewals().plan(List.of(service(1001, ServiceRenewMode.AUTOMATIC, RenewPeriod.P1Y)), PlanOptions.defaults());

    PlanItem item = plan.items().get(0);
    assertThat(item.status()).isEqualTo(Status.SKIPPED);
    assertThat(item.skipReason()).isEqualTo(SkipReason.AUTOMATIC_RENEWAL);
    assertThat(item.reason()).isEqualTo("it renews automatically; the includeAutomatic option includes it");
    assertThat(item.period()).isEqualTo(RenewPeriod.P1Y);
    assertThat(item.priceWithTax()).isNull();
    assertThat(plan.totals()).isEmpty();
    assertThat(sent()).isEmpty();
  }

  @Test
  void plan_automaticRenewalIncluded_pricesIt() {
    stubPriced(1001, "EUR");
    RenewalClient client = wm.client();

    RenewalPlan plan = client.renewals().plan(List.of(service(1001, ServiceRenewMode.AUTOMATIC, RenewPeriod.P1Y)),
        PlanOptions.defaults().includeAutomatic(true));

    assertThat(plan.items()).containsExactly(ready(1001, "P1Y", "EUR"));
    assertThat(sent()).hasSize(2);
  }

  @Test
  void plan_terminationPending_skippedWithoutAnyRequestEvenWithAutomaticIncluded() {
    RenewalClient client = wm.client();
    List<ServiceSummary> services = List.of(
        service(1001, ServiceRenewMode.MANUAL, RenewPeriod.P1Y, LifecycleAction.TERMINATE_AT_EXPIRATION_DATE),
        service(1002, ServiceRenewMode.AUTOMATIC, RenewPeriod.P1Y, LifecycleAction.EARLY_RENEWAL, LifecycleAction.DELETE_AT_EXPIRATION));

    RenewalPlan plan = client.renewals().plan(services, PlanOptions.defaults().includeAutomatic(true));

    assertThat(plan.items()).extracting(PlanItem::skipReason).containsExactly(SkipReason.TERMINATION_PENDING, SkipReason.TERMINATION_PENDING);
    assertThat(plan.items().get(0).reason())
        .isEqualTo("its termination is pending ([terminateAtExpirationDate]): renewing would pay for a service that is going away");
    assertThat(sent()).isEmpty();
  }

  @Test
  void plan_noPeriodGivenNorCurrent_skippedWithoutAnyRequest() {
    RenewalClient client = wm.client();

    RenewalPlan plan = client.renewals().plan(List.of(service(1001, ServiceRenewMode.MANUAL, null)), PlanOptions.defaults());

    PlanItem item = plan.items().get(0);
    assertThat(item.skipReason()).isEqualTo(SkipReason.NO_PERIOD);
    assertThat(item.period()).isNull();
    assertThat(item.reason()).isEqualTo("no period was given and the service has no current renewal period");
    assertThat(sent()).isEmpty();
  }

  @Test
  void plan_periodNotOffered_skippedNamingTheOfferedPeriodsWithoutDryRun() {
    stubOffers(1001, "EUR", "P1M", "P3M");
    RenewalClient client = wm.client();

    RenewalPlan plan = client.renewals().plan(List.of(manual(1001)), PlanOptions.defaults());

    PlanItem item = plan.items().get(0);
    assertThat(item.skipReason()).isEqualTo(SkipReason.PERIOD_NOT_OFFERED);
    assertThat(item.period()).isEqualTo(RenewPeriod.P1Y);
    assertThat(item.reason()).isEqualTo("renew period P1Y is not offered for service 1001; offered periods: [P1M, P3M]");
    assertThat(sent()).containsExactly("GET " + offersUrl(1001));
  }

  @Test
  void plan_noStrategyRenewingItAlone_skippedNotRenewableAloneWithoutDryRun() {
    wm.stubFor(get(urlEqualTo(offersUrl(12345))).willReturn(okJson(fixture("renew-descriptions-no-solo.json"))));
    RenewalClient client = wm.client();

    RenewalPlan plan = client.renewals().plan(List.of(manual(12345)), PlanOptions.defaults());

    PlanItem item = plan.items().get(0);
    assertThat(item.skipReason()).isEqualTo(SkipReason.NOT_RENEWABLE_ALONE);
    assertThat(item.reason()).isEqualTo("no strategy renews service 12345 alone for P1Y; offered strategies: [[67890, 12345] at 37.87 EUR]");
    assertThat(sent()).containsExactly("GET " + offersUrl(12345));
  }

  // --- Failures stay with their service. ---

  @Test
  void plan_dryRunServerErrorOnOneOfThree_thatOneSkippedWithQueryIdOthersReady() {
    stubPriced(1001, "EUR");
    stubOffers(1002, "EUR", "P1Y");
    wm.stubFor(post(urlEqualTo(renewUrl(1002))).willReturn(aResponse().withStatus(500).withHeader("Content-Type", JSON)
        .withHeader("X-Ovh-QueryId", "EU.ext-9.dryrun-failed").withBody("{\"class\":\"Server::InternalServerError\",\"message\":\"Internal server error\"}")));
    stubPriced(1003, "EUR");
    RenewalClient client = wm.client(b -> b.retryPolicy(RetryPolicy.none()));

    RenewalPlan plan = client.renewals().plan(List.of(manual(1001), manual(1002), manual(1003)), PlanOptions.defaults());

    assertThat(plan.items()).extracting(PlanItem::serviceId).containsExactly(1001L, 1002L, 1003L);
    assertThat(plan.items().get(0)).isEqualTo(ready(1001, "P1Y", "EUR"));
    assertThat(plan.items().get(2)).isEqualTo(ready(1003, "P1Y", "EUR"));
    PlanItem failed = plan.items().get(1);
    assertThat(failed.status()).isEqualTo(Status.SKIPPED);
    assertThat(failed.skipReason()).isEqualTo(SkipReason.PRICING_FAILED);
    assertThat(failed.period()).isEqualTo(RenewPeriod.P1Y);
    assertThat(failed.reason()).startsWith("the dry run failed: POST ").contains("HTTP 500").contains("EU.ext-9.dryrun-failed");
    assertThat(plan.totals()).containsExactly(
        new PlanTotal("EUR", 2, new BigDecimal("20.00"), new BigDecimal("4.00"), new BigDecimal("24.00")));
    assertThat(wm.count("POST", renewUrl(1002))).isEqualTo(1);
  }

  @Test
  void plan_offersNotFoundForOne_thatOneSkippedWithQueryIdWithoutDryRun() {
    stubPriced(1001, "EUR");
    wm.stubFor(get(urlEqualTo(offersUrl(1002))).willReturn(aResponse().withStatus(404).withHeader("Content-Type", JSON)
        .withHeader("X-Ovh-QueryId", "EU.ext-9.offers-404").withBody("{\"class\":\"Client::NotFound\",\"message\":\"The requested object (serviceId = 1002) does not exist\"}")));
    RenewalClient client = wm.client();

    RenewalPlan plan = client.renewals().plan(List.of(manual(1001), manual(1002)), PlanOptions.defaults());

    assertThat(plan.items().get(0).ready()).isTrue();
    PlanItem failed = plan.items().get(1);
    assertThat(failed.skipReason()).isEqualTo(SkipReason.PRICING_FAILED);
    assertThat(failed.reason()).startsWith("reading its offers failed: GET ").contains("HTTP 404").contains("[queryId: EU.ext-9.offers-404]");
    assertThat(wm.count("POST", renewUrl(1002))).isZero();
  }

  @Test
  void plan_hugeErrorMessage_reasonBoundedAndKeepsTheQueryId() {
    wm.stubFor(get(urlEqualTo(offersUrl(1001))).willReturn(aResponse().withStatus(400).withHeader("Content-Type", JSON)
        .withHeader("X-Ovh-QueryId", "EU.ext-9.long").withBody("{\"class\":\"Client::BadRequest\",\"message\":\"" + "x".repeat(50_000) + "\"}")));
    RenewalClient client = wm.client();

    RenewalPlan plan = client.renewals().plan(List.of(manual(1001)), PlanOptions.defaults());

    assertThat(plan.items().get(0).reason()).hasSizeLessThan(400).endsWith("[queryId: EU.ext-9.long]");
  }

  @Test
  void plan_quoteWithoutPriceWithTax_skippedPricingFailed() {
    stubOffers(1001, "EUR", "P1Y");
    wm.stubFor(post(urlEqualTo(renewUrl(1001))).willReturn(okJson("{\"priceWithoutTax\":" + price("10.00", "EUR") + ",\"tax\":"
        + price("2.00", "EUR") + "}")));
    RenewalClient client = wm.client();

    RenewalPlan plan = client.renewals().plan(List.of(manual(1001)), PlanOptions.defaults());

    PlanItem item = plan.items().get(0);
    assertThat(item.skipReason()).isEqualTo(SkipReason.PRICING_FAILED);
    assertThat(item.reason()).isEqualTo("the dry run for P1Y answered no price with tax");
  }

  @Test
  void plan_quoteNotAddingUp_skippedPricingFailed() {
    stubOffers(1001, "EUR", "P1Y");
    stubQuote(1001, "10.00", "2.00", "12.01", "EUR");
    RenewalClient client = wm.client();

    RenewalPlan plan = client.renewals().plan(List.of(manual(1001)), PlanOptions.defaults());

    assertThat(plan.items().get(0).reason())
        .isEqualTo("the dry run for P1Y answered amounts that do not add up: 10.00 without tax + 2.00 tax is not 12.01 with tax");
  }

  @Test
  void plan_quoteNegative_skippedPricingFailed() {
    stubOffers(1001, "EUR", "P1Y");
    stubQuote(1001, "-10.00", "0", "-10.00", "EUR");
    RenewalClient client = wm.client();

    RenewalPlan plan = client.renewals().plan(List.of(manual(1001)), PlanOptions.defaults());

    assertThat(plan.items().get(0).skipReason()).isEqualTo(SkipReason.PRICING_FAILED);
    assertThat(plan.items().get(0).reason()).startsWith("the dry run for P1Y answered a negative amount");
  }

  @Test
  void plan_quoteInTwoCurrencies_skippedPricingFailed() {
    stubOffers(1001, "EUR", "P1Y");
    wm.stubFor(post(urlEqualTo(renewUrl(1001))).willReturn(okJson("{\"priceWithoutTax\":" + price("10.00", "USD") + ",\"tax\":"
        + price("2.00", "EUR") + ",\"priceWithTax\":" + price("12.00", "EUR") + "}")));
    RenewalClient client = wm.client();

    RenewalPlan plan = client.renewals().plan(List.of(manual(1001)), PlanOptions.defaults());

    assertThat(plan.items().get(0).reason()).isEqualTo(
        "the dry run for P1Y answered prices in different currencies: 10.00 USD without tax, 2.00 EUR tax, 12.00 EUR with tax");
  }

  // --- Totals, bound, progress. ---

  @Test
  void plan_twoCurrencies_oneTotalEachInOrderOfFirstAppearance() {
    stubPriced(1001, "USD");
    stubPriced(1002, "EUR");
    stubPriced(1003, "USD");
    stubOffers(1004, "EUR", "P1Y");
    stubQuote(1004, "0.125", "0.025", "0.150", "EUR");
    RenewalClient client = wm.client();

    RenewalPlan plan = client.renewals().plan(
        List.of(manual(1001), manual(1002), manual(1003), manual(1004), service(1005, ServiceRenewMode.AUTOMATIC, RenewPeriod.P1Y)),
        PlanOptions.defaults());

    assertThat(plan.totals()).containsExactly(
        new PlanTotal("USD", 2, new BigDecimal("20.00"), new BigDecimal("4.00"), new BigDecimal("24.00")),
        new PlanTotal("EUR", 2, new BigDecimal("10.125"), new BigDecimal("2.025"), new BigDecimal("12.150")));
    assertThat(plan.ready()).extracting(PlanItem::serviceId).containsExactly(1001L, 1002L, 1003L, 1004L);
  }

  @Test
  void plan_concurrencyThree_neverMoreThanThreeRequestsInFlight() {
    int services = 12;
    List<ServiceSummary> due = new ArrayList<>();
    for (long id = 2001; id < 2001 + services; id++) {
      stubPriced(id, "EUR");
      due.add(manual(id));
    }
    RenewalClient client = wm.client(b -> b.concurrency(3));
    IN_FLIGHT.watch("/1.0/service/", 3);
    RenewalPlan plan;
    try {
      plan = client.renewals().plan(due, PlanOptions.defaults());
    } finally {
      IN_FLIGHT.unwatch();
    }

    assertThat(plan.ready()).hasSize(services);
    // The bound is reached (the server held the first requests until three were in) and never passed.
    assertThat(IN_FLIGHT.max()).isEqualTo(3);
    assertThat(sent()).hasSize(2 * services);
  }

  @Test
  void plan_listener_toldOnceOfEachItemInOrderOfCompletion() {
    stubPriced(1001, "EUR");
    stubOffers(1002, "EUR", "P3M");
    RenewalClient client = wm.client(b -> b.concurrency(4));
    List<String> events = new ArrayList<>();
    List<ServiceSummary> services = List.of(manual(1001), manual(1002), service(1003, ServiceRenewMode.AUTOMATIC, RenewPeriod.P1Y),
        service(1004, ServiceRenewMode.MANUAL, null), manual(1001));

    RenewalPlan plan = client.renewals().plan(services, PlanOptions.defaults()
        .listener((done, total, item) -> events.add(done + "/" + total + " " + item.serviceId() + " " + item.status())));

    assertThat(plan.items()).hasSize(4);
    assertThat(events).hasSize(4);
    assertThat(events.stream().map(e -> e.substring(0, e.indexOf(' '))).toList()).containsExactly("1/4", "2/4", "3/4", "4/4");
    assertThat(events.stream().map(e -> e.substring(e.indexOf(' ') + 1)).toList())
        .containsExactlyInAnyOrder("1001 READY", "1002 SKIPPED", "1003 SKIPPED", "1004 SKIPPED");
  }

  @Test
  void plan_listenerThrows_planStillComplete() {
    stubPriced(1001, "EUR");
    stubPriced(1002, "EUR");
    RenewalClient client = wm.client();

    RenewalPlan plan = client.renewals().plan(List.of(manual(1001), manual(1002)), PlanOptions.defaults()
        .listener((done, total, item) -> {
          throw new IllegalStateException("display broken");
        }));

    assertThat(plan.ready()).hasSize(2);
  }

  // --- Arguments. ---

  @Test
  void plan_sameServiceTwice_plannedAndPricedOnce() {
    stubPriced(1001, "EUR");
    RenewalClient client = wm.client();

    RenewalPlan plan = client.renewals().plan(List.of(manual(1001), manual(1001)), PlanOptions.defaults());

    assertThat(plan.items()).containsExactly(ready(1001, "P1Y", "EUR"));
    assertThat(wm.count("POST", renewUrl(1001))).isEqualTo(1);
  }

  @Test
  void plan_nullService_throwsBeforeAnyRequest() {
    RenewalClient client = wm.client();
    List<ServiceSummary> services = Arrays.asList(manual(1001), null);

    assertThatThrownBy(() -> client.renewals().plan(services, PlanOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("services must not contain null, found one at position 1");
    wm.verify(0, postRequestedFor(anyUrl()));
    assertThat(sent()).isEmpty();
  }

  @Test
  void plan_serviceIdZero_throwsBeforeAnyRequest() {
    RenewalClient client = wm.client();

    assertThatThrownBy(() -> client.renewals().plan(List.of(manual(1001), manual(0)), PlanOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("services must have positive ids, found serviceId 0 at position 1");
    assertThat(sent()).isEmpty();
  }

  @Test
  void plan_nullArguments_throwBeforeAnyRequest() {
    RenewalClient client = wm.client();

    assertThatThrownBy(() -> client.renewals().plan(null, PlanOptions.defaults())).hasMessage("services must not be null");
    assertThatThrownBy(() -> client.renewals().plan(List.of(), null)).hasMessage("options must not be null");
    assertThat(sent()).isEmpty();
  }

  @Test
  void plan_writtenAndReadBack_equalsThePlan() {
    stubPriced(1001, "EUR");
    stubOffers(1002, "EUR", "P3M");
    RenewalClient client = wm.client();
    RenewalPlan plan = client.renewals().plan(List.of(manual(1001), manual(1002)), PlanOptions.defaults());

    assertThat(RenewalPlan.fromJson(plan.toJson(), "plan.json")).isEqualTo(plan);
  }

  /**
   * Counts the requests under a path that the server is handling: from their arrival to the moment
   * their answer starts to go out, so never more than the client has in flight. While started, it
   * holds each request until {@code hold} are in (or 20 s pass), which makes the bound reached
   * whatever the machine's speed, with no sleep.
   */
  static final class InFlight implements ServeEventListener {
    private final Object lock = new Object();
    private String prefix;
    private int hold;
    private boolean released;
    private int current;
    private int max;

    void watch(String prefix, int hold) {
      synchronized (lock) {
        this.prefix = prefix;
        this.hold = hold;
        this.released = false;
        this.current = 0;
        this.max = 0;
      }
    }

    void unwatch() {
      synchronized (lock) {
        prefix = null;
        released = true;
        lock.notifyAll();
      }
    }

    int max() {
      synchronized (lock) {
        return max;
      }
    }

    private boolean counted(ServeEvent event) {
      return prefix != null && event.getRequest().getUrl().startsWith(prefix);
    }

    @Override
    public void beforeMatch(ServeEvent event, Parameters parameters) {
      synchronized (lock) {
        if (!counted(event)) {
          return;
        }
        current++;
        max = Math.max(max, current);
        lock.notifyAll();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!released && current < hold && System.nanoTime() < deadline) {
          try {
            lock.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
        // Once the bound is reached, requests pass freely: the point is made.
        released = true;
      }
    }

    @Override
    public void beforeResponseSent(ServeEvent event, Parameters parameters) {
      synchronized (lock) {
        if (counted(event)) {
          current--;
        }
      }
    }

    @Override
    public String getName() {
      return "in-flight";
    }
  }
}
