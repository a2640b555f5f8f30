package io.github.ovhrenewal.core;

import io.github.ovhrenewal.core.exception.BudgetExceededException;
import io.github.ovhrenewal.core.exception.OrderOutcomeUnknownException;
import io.github.ovhrenewal.core.exception.OvhServerException;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.ovhrenewal.core.WireMockOvh.fixture;
import static io.github.ovhrenewal.core.WireMockOvh.okJson;
import static io.github.ovhrenewal.core.WireMockOvh.OPTIONS_URL;
import static io.github.ovhrenewal.core.WireMockOvh.RENEW_URL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.ovhrenewal.api.model.RenewOrder;
import io.github.ovhrenewal.api.model.RenewPeriod;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code maxPrice} refuses to order when the quote with tax is above it, before anything is ordered. */
class BudgetGuardTest {
  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension();

  private static final String QUOTE_2_39 = "{\"date\":\"2024-03-01T10:15:30+01:00\",\"expirationDate\":\"2024-03-15T10:15:30+01:00\","
      + "\"orderId\":0,\"password\":null,\"pdfUrl\":null,\"url\":null,\"retractionDate\":null,"
      + "\"priceWithTax\":{\"value\":2.39,\"text\":\"2.39 \\u20ac\",\"currencyCode\":\"EUR\"},"
      + "\"priceWithoutTax\":{\"value\":1.99,\"text\":\"1.99 \\u20ac\",\"currencyCode\":\"EUR\"},"
      + "\"tax\":{\"value\":0.40,\"text\":\"0.40 \\u20ac\",\"currencyCode\":\"EUR\"}}";

  private RenewalClient client;
  private RenewalChoice choice;

  @BeforeEach
  void setUp() {
    client = wm.client();
    choice = wm.guideChoice(client);
  }

  private static void stubQuote(String body) {
    wm.stubFor(post(urlEqualTo(RENEW_URL)).withRequestBody(containing("\"dryRun\":true")).willReturn(okJson(body)));
  }

  private static void stubOrder() {
    wm.stubFor(post(urlEqualTo(RENEW_URL)).withRequestBody(containing("\"dryRun\":false"))
        .willReturn(okJson(fixture("order-124.json"))));
  }

  private static List<LoggedRequest> orders() {
    return wm.findAll(postRequestedFor(urlEqualTo(RENEW_URL)).withRequestBody(containing("\"dryRun\":false")));
  }

  private static List<LoggedRequest> quotes() {
    return wm.findAll(postRequestedFor(urlEqualTo(RENEW_URL)).withRequestBody(containing("\"dryRun\":true")));
  }

  @Test
  void order_quoteAboveMaxPrice_throwsBudgetExceededAndSendsNoOrder() {
    stubQuote(QUOTE_2_39);
    stubOrder();

    BudgetExceededException e = catchThrowableOfType(BudgetExceededException.class,
        () -> choice.maxPrice(new BigDecimal("2.00")).order());

    assertThat(e).isNotNull();
    assertThat(e.maxPrice()).isEqualByComparingTo("2.00");
    assertThat(e.quote().priceWithTax().value()).isEqualByComparingTo("2.39");
    assertThat(e.getMessage()).contains("2.39").contains("2.00").contains("service 12345").contains("nothing was ordered");
    assertThat(quotes()).hasSize(1);
    assertThat(orders()).isEmpty();
  }

  @Test
  void order_serverSendsWholeAmounts_messagePrintsCurrencyDigitsForQuoteAndBudget() {
    stubQuote("{\"priceWithTax\":{\"value\":18.0,\"text\":\"18 \\u20ac\",\"currencyCode\":\"EUR\"},"
        + "\"priceWithoutTax\":{\"value\":15.0,\"currencyCode\":\"EUR\"},\"tax\":{\"value\":3.0,\"currencyCode\":\"EUR\"}}");
    stubOrder();

    BudgetExceededException e = catchThrowableOfType(BudgetExceededException.class,
        () -> choice.maxPrice(new BigDecimal("15")).order());

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).isEqualTo("refusing to order the renewal of service 12345 for P1Y: the quote is 18.00 EUR with tax,"
        + " above the budget of 15.00 EUR; nothing was ordered");
    assertThat(orders()).isEmpty();
  }

  @Test
  void order_lostAnswerAfterQuoteInWholeAmounts_messagePrintsCurrencyDigits() {
    wm.stubFor(get(urlEqualTo(OPTIONS_URL)).willReturn(okJson(
        "[{\"renewPeriod\":\"P1Y\",\"strategies\":[{\"services\":[12345],\"price\":{\"value\":18.0,\"currencyCode\":\"EUR\"}}]}]")));
    stubQuote("{\"priceWithTax\":{\"value\":21.6,\"currencyCode\":\"EUR\"}}");
    wm.stubFor(post(urlEqualTo(RENEW_URL)).withRequestBody(containing("\"dryRun\":false")).willReturn(aResponse().withStatus(502)));
    RenewalChoice budgeted = client.renewals().forService(12345).choose(RenewPeriod.P1Y).maxPrice(new BigDecimal("30"));

    OrderOutcomeUnknownException e = catchThrowableOfType(OrderOutcomeUnknownException.class, budgeted::order);

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("(services [12345], 18.00 EUR without tax, 21.60 EUR with tax)");
    assertThat(budgeted).hasToString("RenewalChoice[serviceId=12345, period=P1Y, services=[12345], price=18.00 EUR]");
    assertThat(orders()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.39", "2.390", "2.4", "1000"})
  void order_quoteWithinMaxPrice_ordersOnceAfterOneQuote(String maxPrice) {
    stubQuote(QUOTE_2_39);
    stubOrder();

    RenewOrder order = choice.maxPrice(new BigDecimal(maxPrice)).order();

    assertThat(order.orderId()).isEqualTo(124L);
    List<LoggedRequest> posts = wm.findAll(postRequestedFor(urlEqualTo(RENEW_URL)));
    assertThat(posts).hasSize(2);
    assertThat(posts.get(0).getBodyAsString()).as("the quote comes first").contains("\"dryRun\":true");
    assertThat(posts.get(1).getBodyAsString()).contains("\"dryRun\":false");
  }

  @Test
  void order_zeroMaxPrice_throwsBudgetExceededAndSendsNoOrder() {
    stubQuote(QUOTE_2_39);
    stubOrder();

    assertThatThrownBy(() -> choice.maxPrice(BigDecimal.ZERO).order()).isInstanceOf(BudgetExceededException.class);
    assertThat(orders()).isEmpty();
  }

  @Test
  void order_quoteWithoutPriceWithTax_throwsBudgetExceededAndSendsNoOrder() {
    stubQuote("{\"orderId\":0,\"priceWithoutTax\":{\"value\":1.99,\"currencyCode\":\"EUR\"}}");
    stubOrder();

    BudgetExceededException e = catchThrowableOfType(BudgetExceededException.class,
        () -> choice.maxPrice(new BigDecimal("100")).order());

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("no price with tax").contains("100");
    assertThat(orders()).isEmpty();
  }

  @Test
  void order_quoteFails_throwsAndSendsNoOrder() {
    wm.stubFor(post(urlEqualTo(RENEW_URL)).withRequestBody(containing("\"dryRun\":true")).willReturn(aResponse().withStatus(503)));
    stubOrder();

    assertThatThrownBy(() -> choice.maxPrice(new BigDecimal("100")).order()).isInstanceOf(OvhServerException.class);
    assertThat(orders()).isEmpty();
  }

  @Test
  void maxPrice_negativeOrNull_rejectedBeforeAnythingIsSent() {
    stubQuote(QUOTE_2_39);
    stubOrder();

    assertThatThrownBy(() -> choice.maxPrice(new BigDecimal("-0.01")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxPrice must be zero or positive, got -0.01");
    assertThatThrownBy(() -> choice.maxPrice(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxPrice");
    assertThat(wm.findAll(postRequestedFor(urlEqualTo(RENEW_URL)))).isEmpty();
    assertThat(choice.maxPrice()).isNull();
  }

  @Test
  void maxPrice_set_keptOnANewChoiceLeavingTheFirstWithout() {
    RenewalChoice budgeted = choice.maxPrice(new BigDecimal("30.00"));

    assertThat(budgeted.maxPrice()).isEqualTo(new BigDecimal("30.00"));
    assertThat(budgeted.serviceId()).isEqualTo(12345L);
    assertThat(budgeted.period()).isEqualTo(RenewPeriod.P1Y);
    assertThat(budgeted.services()).containsExactly(12345L);
    assertThat(choice.maxPrice()).isNull();
  }

  @Test
  void order_withoutMaxPrice_sendsOnlyTheOrder() {
    stubQuote(QUOTE_2_39);
    stubOrder();

    assertThat(choice.order().orderId()).isEqualTo(124L);
    assertThat(quotes()).isEmpty();
    assertThat(orders()).hasSize(1);
  }
}
