package io.github.ovhrenewal.core;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.ovhrenewal.core.WireMockOvh.assertSigned;
import static io.github.ovhrenewal.core.WireMockOvh.assertSignedWithoutBody;
import static io.github.ovhrenewal.core.WireMockOvh.OPTIONS_URL;
import static io.github.ovhrenewal.core.WireMockOvh.OPTIONS_WITH_OPTIONS_URL;
import static io.github.ovhrenewal.core.WireMockOvh.RENEW_URL;
import static io.github.ovhrenewal.core.WireMockOvh.fixture;
import static io.github.ovhrenewal.core.WireMockOvh.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.ovhrenewal.api.model.CurrencyCode;
import io.github.ovhrenewal.api.model.Price;
import io.github.ovhrenewal.api.model.RenewDescription;
import io.github.ovhrenewal.api.model.RenewOrder;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.api.model.RenewService;
import io.github.ovhrenewal.api.model.RenewStrategy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RenewalsTest {
  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension();

  private RenewalClient client;

  @BeforeEach
  void setUp() {
    client = wm.client();
  }

  private static void stubRenewAnswer() {
    wm.stubFor(post(urlEqualTo(RENEW_URL)).willReturn(okJson(fixture("renew-order-guide.json"))));
  }

  @Test
  void options_byId_getsRenewWithIncludeOptionsFalse() {
    wm.stubGuideOffers(OPTIONS_URL);

    client.renewals().forService(12345).options();

    LoggedRequest request = wm.onlySignedRequest();
    assertThat(request.getMethod().value()).isEqualTo("GET");
    assertThat(request.getUrl()).isEqualTo(OPTIONS_URL);
    assertSignedWithoutBody(request);
  }

  @Test
  void options_includeOptionsTrue_sendsLowercaseTrue() {
    wm.stubGuideOffers(OPTIONS_WITH_OPTIONS_URL);

    client.renewals().forService(12345).options(true);

    LoggedRequest request = wm.onlySignedRequest();
    assertThat(request.getUrl()).isEqualTo(OPTIONS_WITH_OPTIONS_URL);
    assertSignedWithoutBody(request);
  }

  @Test
  void options_guideSample_parsesPeriodsStrategiesAndExactPrices() {
    wm.stubGuideOffers(OPTIONS_URL);

    List<RenewDescription> offers = client.renewals().forService(12345).options();

    assertThat(offers).hasSize(1);
    RenewDescription offer = offers.get(0);
    assertThat(offer.renewPeriod()).isEqualTo(RenewPeriod.P1Y);
    assertThat(offer.renewPeriod().toString()).isEqualTo("P1Y");
    assertThat(offer.strategies()).hasSize(2);

    RenewStrategy alone = offer.strategies().get(0);
    assertThat(alone.services()).containsExactly(12345L);
    // isEqualTo on BigDecimal compares the scale too: 1.99, never 1.9899999...
    assertThat(alone.price().value()).isEqualTo(new BigDecimal("1.99"));
    assertThat(alone.price().currencyCode()).isNull();
    assertThat(alone.servicesDetails()).containsExactly(new RenewService(12345L, null, "Domain .ovh"));

    RenewStrategy withHosting = offer.strategies().get(1);
    assertThat(withHosting.services()).containsExactly(67890L, 12345L);
    assertThat(withHosting.price().value()).isEqualTo(new BigDecimal("37.87"));
    assertThat(withHosting.servicesDetails())
        .containsExactly(new RenewService(67890L, null, "Hosting Perso 2014"), new RenewService(12345L, null, "Domain .ovh"));
  }

  @Test
  void options_emptyArray_returnsEmptyList() {
    wm.stubFor(get(urlEqualTo(OPTIONS_URL)).willReturn(okJson("[]")));

    assertThat(client.renewals().forService(12345).options()).isEmpty();
  }

  @Test
  void choose_guideSample_picksStrategyRenewingOnlyThisService() {
    wm.stubGuideOffers(OPTIONS_URL);

    RenewalChoice choice = client.renewals().forService(12345).choose(RenewPeriod.P1Y);

    assertThat(choice.serviceId()).isEqualTo(12345L);
    assertThat(choice.period()).isEqualTo(RenewPeriod.P1Y);
    assertThat(choice.services()).containsExactly(12345L);
    assertThat(choice.price().value()).isEqualTo(new BigDecimal("1.99"));
    // Choosing only reads the offers.
    assertThat(wm.onlySignedRequest().getUrl()).isEqualTo(OPTIONS_URL);
  }

  @Test
  void quote_guideSample_postsDryRunTrueWithExactBody() {
    wm.stubGuideOffers(OPTIONS_URL);
    stubRenewAnswer();

    RenewOrder quote = client.renewals().forService(12345).choose(RenewPeriod.P1Y).quote();

    List<LoggedRequest> requests = wm.signedRequests();
    assertThat(requests).extracting(LoggedRequest::getUrl).containsExactly(OPTIONS_URL, RENEW_URL);
    LoggedRequest post = requests.get(1);
    assertThat(post.getMethod().value()).isEqualTo("POST");
    assertThat(post.getBodyAsString()).isEqualTo("{\"dryRun\":true,\"duration\":\"P1Y\",\"services\":[12345]}");
    assertThat(post.getHeader("Content-Type")).startsWith("application/json");
    assertSigned(post);
    assertThat(quote.priceWithTax().value()).isEqualTo(new BigDecimal("45.44"));
  }

  @Test
  void order_guideSample_postsDryRunFalseAndParsesRenewOrder() {
    wm.stubGuideOffers(OPTIONS_URL);
    stubRenewAnswer();

    RenewOrder order = client.renewals().forService(12345).choose(RenewPeriod.P1Y).order();

    wm.verify(1, postRequestedFor(urlEqualTo(RENEW_URL)));
    LoggedRequest post = wm.signedRequests().get(1);
    assertThat(post.getUrl()).isEqualTo(RENEW_URL);
    assertThat(post.getBodyAsString()).isEqualTo("{\"dryRun\":false,\"duration\":\"P1Y\",\"services\":[12345]}");
    assertThat(post.getHeader("Content-Type")).startsWith("application/json");
    assertSigned(post);

    assertThat(order.orderId()).isEqualTo(123456789L);
    assertThat(order.priceWithTax().value()).isEqualTo(new BigDecimal("45.44"));
    assertThat(order.priceWithTax().text()).isEqualTo("45.44 \u20ac");
    assertThat(order.priceWithTax().currencyCode()).isEqualTo(CurrencyCode.EUR);
    assertThat(order.priceWithoutTax().value()).isEqualTo(new BigDecimal("37.87"));
    assertThat(order.tax().value()).isEqualTo(new BigDecimal("7.57"));
    assertThat(order.date()).isEqualTo(OffsetDateTime.parse("2018-05-15T15:49:06+02:00"));
    assertThat(order.expirationDate()).isEqualTo(OffsetDateTime.parse("2018-05-16T15:49:06+02:00"));
    assertThat(order.retractionDate()).isNull();
    assertThat(order.password()).isEqualTo("aBcD");
    assertThat(order.url()).isEqualTo("https://www.ovh.com/cgi-bin/order/displayOrder.cgi?orderId=123456789&orderPassword=aBcD");
    assertThat(order.pdfUrl()).isEqualTo("https://www.ovh.com/cgi-bin/order/displayOrder.cgi?orderId=123456789&orderPassword=aBcD");
    assertThat(order.toString()).doesNotContain("aBcD");
  }

  @Test
  void order_chooseWithServicesAsGuide_readsOptionsAndSendsServerOrder() {
    wm.stubGuideOffers(OPTIONS_WITH_OPTIONS_URL);
    stubRenewAnswer();

    RenewalChoice choice = client.renewals().forService(12345).choose(RenewPeriod.P1Y, List.of(67890L, 12345L));
    choice.order();

    assertThat(choice.price().value()).isEqualTo(new BigDecimal("37.87"));
    List<LoggedRequest> requests = wm.signedRequests();
    assertThat(requests).extracting(LoggedRequest::getUrl).containsExactly(OPTIONS_WITH_OPTIONS_URL, RENEW_URL);
    assertThat(requests.get(1).getBodyAsString())
        .isEqualTo("{\"dryRun\":false,\"duration\":\"P1Y\",\"services\":[67890,12345]}");
  }

  @Test
  void order_chooseWithServicesInOtherOrder_sendsServerOrder() {
    wm.stubGuideOffers(OPTIONS_WITH_OPTIONS_URL);
    stubRenewAnswer();

    client.renewals().forService(12345).choose(RenewPeriod.P1Y, List.of(12345L, 67890L)).order();

    assertThat(wm.signedRequests().get(1).getBodyAsString())
        .isEqualTo("{\"dryRun\":false,\"duration\":\"P1Y\",\"services\":[67890,12345]}");
  }

  @Test
  void choose_periodNotOffered_throwsNamingPeriodAndOfferedPeriodsAndSendsNoPost() {
    wm.stubGuideOffers(OPTIONS_URL);
    ServiceRenewal renewal = client.renewals().forService(12345);

    assertThatThrownBy(() -> renewal.choose(RenewPeriod.P2Y).order())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("P2Y")
        .hasMessageContaining("[P1Y]")
        .hasMessageContaining("12345");

    wm.verify(0, postRequestedFor(anyUrl()));
  }

  @Test
  void choose_servicesNotOfferedTogether_throwsListingOfferedStrategiesAndSendsNoPost() {
    wm.stubGuideOffers(OPTIONS_WITH_OPTIONS_URL);
    ServiceRenewal renewal = client.renewals().forService(12345);

    assertThatThrownBy(() -> renewal.choose(RenewPeriod.P1Y, List.of(12345L, 11111L)).order())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[12345, 11111]")
        .hasMessageContaining("[67890, 12345] at 37.87");

    wm.verify(0, postRequestedFor(anyUrl()));
  }

  @Test
  void choose_periodOfferedWithoutSoloStrategy_throwsHelpfulMessageAndSendsNoPost() {
    wm.stubFor(get(urlEqualTo(OPTIONS_URL)).willReturn(okJson(fixture("renew-descriptions-no-solo.json"))));
    ServiceRenewal renewal = client.renewals().forService(12345);

    assertThatThrownBy(() -> renewal.choose(RenewPeriod.P1Y).order())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("12345 alone")
        .hasMessageContaining("P1Y")
        .hasMessageContaining("[67890, 12345] at 37.87 EUR")
        .hasMessageContaining("choose(period, services)");

    wm.verify(0, postRequestedFor(anyUrl()));
  }

  @Test
  void order_chooseWithStrategyFromOptions_checksOffersAndSendsIt() {
    wm.stubGuideOffers(OPTIONS_WITH_OPTIONS_URL);
    stubRenewAnswer();
    ServiceRenewal renewal = client.renewals().forService(12345);
    RenewDescription offer = renewal.options(true).get(0);

    RenewalChoice choice = renewal.choose(offer.renewPeriod(), offer.strategies().get(1));
    choice.order();

    assertThat(choice.services()).containsExactly(67890L, 12345L);
    assertThat(wm.signedRequests()).extracting(LoggedRequest::getUrl)
        .containsExactly(OPTIONS_WITH_OPTIONS_URL, RENEW_URL);
    assertThat(wm.signedRequests().get(1).getBodyAsString())
        .isEqualTo("{\"dryRun\":false,\"duration\":\"P1Y\",\"services\":[67890,12345]}");
  }

  @Test
  void order_chooseWithStrategyListingServicesInAnotherOrder_sendsTheOfferedStrategy() {
    wm.stubGuideOffers(OPTIONS_WITH_OPTIONS_URL);
    stubRenewAnswer();
    RenewStrategy reordered = new RenewStrategy(null, null, List.of(12345L, 67890L), List.of());

    RenewalChoice choice = client.renewals().forService(12345).choose(RenewPeriod.P1Y, reordered);
    choice.order();

    assertThat(choice.services()).containsExactly(67890L, 12345L);
    assertThat(choice.price().value()).isEqualTo(new BigDecimal("37.87"));
    assertThat(wm.requests("POST", RENEW_URL)).singleElement()
        .satisfies(post -> assertThat(post.getBodyAsString()).isEqualTo("{\"dryRun\":false,\"duration\":\"P1Y\",\"services\":[67890,12345]}"));
  }

  @Test
  void choose_strategyOfferedForTwelveMonthsAskedAsP1Y_keepsTheServersPeriod() {
    wm.stubFor(get(urlEqualTo(OPTIONS_WITH_OPTIONS_URL))
        .willReturn(okJson(fixture("renew-descriptions-guide.json").replace("\"P1Y\"", "\"P12M\""))));
    RenewStrategy alone = new RenewStrategy(null, null, List.of(12345L), List.of());

    RenewalChoice choice = client.renewals().forService(12345).choose(RenewPeriod.P1Y, alone);

    assertThat(choice.period()).hasToString("P12M");
    assertThat(choice.price().value()).isEqualTo(new BigDecimal("1.99"));
  }

  @Test
  void choose_strategyWithStalePrice_takesTheOfferedStrategy() {
    wm.stubGuideOffers(OPTIONS_WITH_OPTIONS_URL);
    RenewStrategy stale = new RenewStrategy(new Price(CurrencyCode.EUR, null, null, new BigDecimal("0.01")), null,
        List.of(12345L), List.of());

    RenewalChoice choice = client.renewals().forService(12345).choose(RenewPeriod.P1Y, stale);

    assertThat(choice.strategy().price().value()).isEqualTo(new BigDecimal("1.99"));
    assertThat(choice.services()).containsExactly(12345L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"P1000Y", "P2Y", "P10D"})
  void choose_strategyForPeriodNotOffered_throwsNamingPeriodAndOfferedPeriodsAndSendsNoPost(String period) {
    wm.stubGuideOffers(OPTIONS_WITH_OPTIONS_URL);
    stubRenewAnswer();
    ServiceRenewal renewal = client.renewals().forService(12345);
    RenewStrategy offered = renewal.options(true).get(0).strategies().get(0);

    // fromWire: a period a caller cannot parse still reaches choose() when built from server text.
    assertThatThrownBy(() -> renewal.choose(RenewPeriod.fromWire(period), offered).order())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("renew period " + period + " is not offered for service 12345; offered periods: [P1Y]");
    wm.verify(0, postRequestedFor(anyUrl()));
  }

  @Test
  void choose_strategyNotOffered_throwsNamingItAndOfferedStrategiesAndSendsNoPost() {
    wm.stubGuideOffers(OPTIONS_WITH_OPTIONS_URL);
    stubRenewAnswer();
    RenewStrategy forged = new RenewStrategy(null, null, List.of(12345L, 99999L), List.of());

    assertThatThrownBy(() -> client.renewals().forService(12345).choose(RenewPeriod.P1Y, forged).order())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no strategy renews exactly services [12345, 99999] for P1Y from service 12345; "
            + "offered strategies: [[12345] at 1.99, [67890, 12345] at 37.87]");
    wm.verify(0, postRequestedFor(anyUrl()));
  }

  @Test
  void choose_strategyRenewingNothing_throwsBeforeAnyRequest() {
    RenewStrategy empty = new RenewStrategy(null, null, List.of(), List.of());

    assertThatThrownBy(() -> client.renewals().forService(12345).choose(RenewPeriod.P1Y, empty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("strategy renews no service: [] at unknown price; take a strategy from options(true)");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void choose_200000ServicesNotOffered_messageUnderOneKilobyteAndSendsNoPost() {
    wm.stubGuideOffers(OPTIONS_WITH_OPTIONS_URL);
    List<Long> many = LongStream.rangeClosed(1, 200_000).boxed().toList();

    Throwable e = catchThrowable(() -> client.renewals().forService(12345).choose(RenewPeriod.P1Y, many).order());

    assertThat(e).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no strategy renews exactly services 200000 ids, first: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, …] for P1Y");
    assertThat(e.getMessage().getBytes(StandardCharsets.UTF_8)).hasSizeLessThan(1024);
    wm.verify(0, postRequestedFor(anyUrl()));
  }

  @Test
  void choose_200000ServicesOneNotPositive_messageUnderOneKilobyteAndSendsNothing() {
    List<Long> many = new ArrayList<>(LongStream.rangeClosed(1, 200_000).boxed().toList());
    many.set(199_999, 0L);

    Throwable e = catchThrowable(() -> client.renewals().forService(12345).choose(RenewPeriod.P1Y, many));

    assertThat(e).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("services must be positive service ids, got 200000 ids, first: [1, 2, 3,");
    assertThat(e.getMessage().getBytes(StandardCharsets.UTF_8)).hasSizeLessThan(1024);
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void choose_manyOfferedStrategies_messageBounded() {
    StringBuilder offers = new StringBuilder("[{\"renewPeriod\":\"P1Y\",\"strategies\":[");
    for (int i = 1; i <= 5_000; i++) {
      offers.append(i == 1 ? "" : ",").append("{\"services\":[12345,").append(100_000 + i).append("]}");
    }
    wm.stubFor(get(urlEqualTo(OPTIONS_URL)).willReturn(okJson(offers.append("]}]").toString())));

    Throwable e = catchThrowable(() -> client.renewals().forService(12345).choose(RenewPeriod.P1Y));

    assertThat(e).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offered strategies: 5000 strategies, first: [[12345, 100001] at unknown price,");
    assertThat(e.getMessage()).hasSizeLessThan(1024);
  }

  @Test
  void order_periodOfferedAsTwelveMonths_matchesP1YAndSendsServerText() {
    String offers = fixture("renew-descriptions-guide.json").replace("\"P1Y\"", "\"P12M\"");
    wm.stubFor(get(urlEqualTo(OPTIONS_URL)).willReturn(okJson(offers)));
    stubRenewAnswer();

    RenewalChoice choice = client.renewals().forService(12345).choose(RenewPeriod.P1Y);
    choice.order();

    assertThat(choice.period().toString()).isEqualTo("P12M");
    assertThat(wm.signedRequests().get(1).getBodyAsString())
        .isEqualTo("{\"dryRun\":false,\"duration\":\"P12M\",\"services\":[12345]}");
  }

  @Test
  void forService_byRouteAndName_resolvesIdOnceAcrossOptionsAndChoose() {
    wm.stubFor(get(urlEqualTo("/1.0/vps/vps112233.ovh.net/serviceInfos")).willReturn(okJson(fixture("service-infos-vps.json"))));
    wm.stubGuideOffers(OPTIONS_URL);
    stubRenewAnswer();

    ServiceRenewal renewal = client.renewals().forService("/vps", "vps112233.ovh.net");
    renewal.options();
    RenewOrder order = renewal.choose(RenewPeriod.P1Y).order();

    assertThat(renewal.serviceId()).isEqualTo(12345L);
    assertThat(order.orderId()).isEqualTo(123456789L);
    wm.verify(1, getRequestedFor(urlEqualTo("/1.0/vps/vps112233.ovh.net/serviceInfos")));
    assertThat(wm.signedRequests()).extracting(LoggedRequest::getUrl).containsExactly(
        "/1.0/vps/vps112233.ovh.net/serviceInfos", OPTIONS_URL, RENEW_URL);  // choose() reuses the offers options() read
    assertThat(wm.signedRequests().get(2).getBodyAsString())
        .isEqualTo("{\"dryRun\":false,\"duration\":\"P1Y\",\"services\":[12345]}");
  }

  @Test
  void toString_byIdAndByRoute_namesTheServiceAsGiven() {
    assertThat(client.renewals().forService(12345)).hasToString("ServiceRenewal[serviceId=12345]");
    assertThat(client.renewals().forService("/vps", "vps112233.ovh.net")).hasToString("ServiceRenewal[/vps/vps112233.ovh.net]");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void forService_byRoute_sendsNothingUntilUsed() {
    client.renewals().forService("hosting/web", "example.ovh");

    assertThat(wm.getAllServeEvents()).isEmpty();
  }
}
