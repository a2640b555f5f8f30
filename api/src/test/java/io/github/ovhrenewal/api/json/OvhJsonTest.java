package io.github.ovhrenewal.api.json;

import static io.github.ovhrenewal.api.Fixtures.adapter;
import static io.github.ovhrenewal.api.Fixtures.parse;
import static io.github.ovhrenewal.api.Fixtures.parseList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import io.github.ovhrenewal.api.model.CurrencyCode;
import io.github.ovhrenewal.api.model.OrderStatus;
import io.github.ovhrenewal.api.model.PaymentMean;
import io.github.ovhrenewal.api.model.Price;
import io.github.ovhrenewal.api.model.RegisteredPaymentMean;
import io.github.ovhrenewal.api.model.RenewDescription;
import io.github.ovhrenewal.api.model.RenewMode;
import io.github.ovhrenewal.api.model.Order;
import io.github.ovhrenewal.api.model.RenewOrder;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.api.model.RenewService;
import io.github.ovhrenewal.api.model.ServiceDetails;
import io.github.ovhrenewal.api.model.ServiceInfos;
import io.github.ovhrenewal.api.model.ServiceRenew;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OvhJsonTest {

  @Test
  void moshi_calledTwice_returnsSameInstance() {
    assertThat(OvhJson.moshi()).isSameAs(OvhJson.moshi());
  }

  // --- money ---------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"0.1", "45.44", "1234567890.123456789", "0.30000000000000004", "100.00", "-7.57"})
  void bigDecimal_numberADoubleWouldCorrupt_keepsExactText(String literal) throws Exception {
    BigDecimal value = adapter(BigDecimal.class).fromJson(literal);

    assertThat(value).isEqualTo(new BigDecimal(literal));
    assertThat(value.toPlainString()).isEqualTo(literal);
  }

  @Test
  void bigDecimal_exponentNotation_readsExactValue() throws Exception {
    BigDecimal value = adapter(BigDecimal.class).fromJson("1e2");

    assertThat(value).isEqualByComparingTo("100");
  }

  @Test
  void bigDecimal_exponentBeyondBigDecimal_throwsJsonDataException() {
    assertThatThrownBy(() -> parse(Price.class, "{\"value\":1e99999999999}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.value");
  }

  @Test
  void bigDecimal_quotedNumber_readsIt() throws Exception {
    assertThat(adapter(BigDecimal.class).fromJson("\"45.44\"")).isEqualTo(new BigDecimal("45.44"));
  }

  @Test
  void bigDecimal_null_readsNull() throws Exception {
    assertThat(adapter(BigDecimal.class).fromJson("null")).isNull();
  }

  @Test
  void priceValue_manyDigits_staysExact() {
    Price price = parse(Price.class, "{\"value\":1234567890.123456789,\"currencyCode\":\"EUR\",\"text\":\"x\"}");

    assertThat(price.value()).isEqualTo(new BigDecimal("1234567890.123456789"));
    assertThat(price.value().scale()).isEqualTo(9);
  }

  @Test
  void priceValue_text_throwsJsonDataExceptionNamingTextAndPath() {
    assertThatThrownBy(() -> parse(Price.class, "{\"value\":\"abc\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("'abc'")
        .hasMessageContaining("$.value");
  }

  @Test
  void priceValue_boolean_throwsJsonDataException() {
    assertThatThrownBy(() -> parse(Price.class, "{\"value\":true}")).isInstanceOf(JsonDataException.class);
  }

  @Test
  void bigDecimalToJson_exponentValue_writesPlainDigits() {
    assertThat(adapter(BigDecimal.class).toJson(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(adapter(BigDecimal.class).toJson(new BigDecimal("45.440"))).isEqualTo("45.440");
  }

  // --- dates ---------------------------------------------------------------------------------

  @Test
  void offsetDateTime_withOffset_keepsOffset() throws Exception {
    OffsetDateTime value = adapter(OffsetDateTime.class).fromJson("\"2018-05-16T15:49:06+02:00\"");

    assertThat(value).isEqualTo(OffsetDateTime.of(2018, 5, 16, 15, 49, 6, 0, ZoneOffset.ofHours(2)));
    assertThat(value.getOffset()).isEqualTo(ZoneOffset.ofHours(2));
  }

  @Test
  void offsetDateTime_withoutOffset_throwsJsonDataException() {
    assertThatThrownBy(() -> parse(RenewOrder.class, "{\"orderId\":1,\"date\":\"2018-05-16T15:49:06\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("2018-05-16T15:49:06")
        .hasMessageContaining("$.date");
  }

  @Test
  void offsetDateTime_toJson_writesIsoWithOffset() {
    OffsetDateTime value = OffsetDateTime.of(2018, 5, 16, 15, 49, 6, 0, ZoneOffset.ofHours(2));

    assertThat(adapter(OffsetDateTime.class).toJson(value)).isEqualTo("\"2018-05-16T15:49:06+02:00\"");
  }

  @Test
  void localDate_date_readsIt() throws Exception {
    assertThat(adapter(LocalDate.class).fromJson("\"2024-01-31\"")).isEqualTo(LocalDate.of(2024, 1, 31));
  }

  @Test
  void localDate_receivesDatetime_keepsItsDate() {
    ServiceInfos infos = parse(ServiceInfos.class, "{\"serviceId\":1,\"expiration\":\"2024-01-31T23:30:00+02:00\"}");

    assertThat(infos.expiration()).isEqualTo(LocalDate.of(2024, 1, 31));
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "2024-13-01", "2024-01-31T23:30:00", "31/01/2024", ""})
  void localDate_malformed_throwsJsonDataException(String text) {
    assertThatThrownBy(() -> parse(ServiceDetails.class, "{\"creationDate\":\"" + text + "\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.creationDate");
  }

  // --- periods and open enums ----------------------------------------------------------------

  @Test
  void renewPeriod_oddServerText_keepsIt() {
    ServiceRenew renew = parse(ServiceRenew.class, "{\"interval\":\"monthly\",\"possibleIntervals\":[\"P10D\",\"P1Y\"]}");

    assertThat(renew.interval()).hasToString("monthly");
    assertThat(renew.possibleIntervals()).extracting(RenewPeriod::toString).containsExactly("P10D", "P1Y");
    assertThat(renew.possibleIntervals().get(1)).isEqualTo(RenewPeriod.P1Y);
  }

  @ParameterizedTest
  @ValueSource(strings = {"P1000Y", "P2147483647M", "P0M", "P121M"})
  void renewPeriod_outsideWhatCallersMayAsk_parsesAndWritesBackExactly(String text) throws Exception {
    // Callers' periods are bounded (RenewPeriod.parse); an answer never fails on one.
    RenewDescription offer = parse(RenewDescription.class, "{\"renewPeriod\":\"" + text + "\",\"strategies\":[]}");

    assertThat(offer.renewPeriod()).hasToString(text);
    assertThat(adapter(RenewPeriod.class).toJson(offer.renewPeriod())).isEqualTo("\"" + text + "\"");
  }

  @Test
  void renewPeriod_blank_throwsJsonDataException() {
    assertThatThrownBy(() -> parse(ServiceRenew.class, "{\"interval\":\" \"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.interval");
  }

  @Test
  void renewPeriod_toJson_writesText() {
    assertThat(adapter(RenewPeriod.class).toJson(RenewPeriod.parse("P12M"))).isEqualTo("\"P12M\"");
  }

  @Test
  void openEnum_bareString_readsConstant() throws Exception {
    assertThat(adapter(OrderStatus.class).fromJson("\"notPaid\"")).isSameAs(OrderStatus.NOT_PAID);
  }

  @Test
  void openEnum_unknownRenewMode_keepsTextAndIsNotKnown() {
    ServiceRenew renew = parse(ServiceRenew.class, "{\"mode\":\"automaticV2099\"}");

    assertThat(renew.mode().value()).isEqualTo("automaticV2099");
    assertThat(renew.mode().isKnown()).isFalse();
    assertThat(renew.mode()).isEqualTo(RenewMode.of("automaticV2099"));
  }

  @Test
  void openEnum_unknownOrderStatus_keepsTextAndIsNotKnown() throws Exception {
    OrderStatus status = adapter(OrderStatus.class).fromJson("\"somethingNew\"");

    assertThat(status.value()).isEqualTo("somethingNew");
    assertThat(status.isKnown()).isFalse();
  }

  @Test
  void openEnum_unknownPaymentMean_keepsTextAndIsNotKnown() {
    RegisteredPaymentMean mean = parse(RegisteredPaymentMean.class, "{\"paymentMean\":\"bitcoin\"}");

    assertThat(mean.paymentMean().value()).isEqualTo("bitcoin");
    assertThat(mean.paymentMean().isKnown()).isFalse();
    assertThat(mean.paymentMean().requiresId()).isFalse();
  }

  @Test
  void openEnum_blank_throwsJsonDataExceptionNamingTypeAndPath() {
    assertThatThrownBy(() -> parse(RegisteredPaymentMean.class, "{\"paymentMean\":\"\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("PaymentMean")
        .hasMessageContaining("$.paymentMean");
  }

  @Test
  void openEnum_number_keepsItsText() {
    // A number token reads as its text: an odd value, but kept rather than failing the response.
    Price price = parse(Price.class, "{\"currencyCode\":978}");

    assertThat(price.currencyCode()).isEqualTo(CurrencyCode.of("978"));
  }

  @Test
  void openEnum_object_throwsJsonDataException() {
    assertThatThrownBy(() -> parse(Price.class, "{\"currencyCode\":{}}")).isInstanceOf(JsonDataException.class);
  }

  @Test
  void openEnum_toJson_writesWireText() {
    assertThat(adapter(PaymentMean.class).toJson(PaymentMean.CREDIT_CARD)).isEqualTo("\"creditCard\"");
    assertThat(adapter(PaymentMean.class).toJson(PaymentMean.of("bitcoin"))).isEqualTo("\"bitcoin\"");
  }

  // --- required primitives -------------------------------------------------------------------

  @Test
  void renewOrder_orderIdAbsent_parsesAsNullForADryRun() {
    // A dry run (quote) creates no order: its answer may carry no order id and must still parse.
    RenewOrder quote = parse(RenewOrder.class, "{\"password\":\"x\",\"priceWithTax\":{\"value\":2.39}}");

    assertThat(quote.orderId()).isNull();
    assertThat(quote.priceWithTax().value()).isEqualByComparingTo("2.39");
  }

  @Test
  void renewOrder_orderIdNull_parsesAsNull() {
    assertThat(parse(RenewOrder.class, "{\"orderId\":null}").orderId()).isNull();
  }

  @Test
  void order_orderIdAbsent_throwsJsonDataExceptionNamingIt() {
    // billing.Order always names a real order: its id is required.
    assertThatThrownBy(() -> parse(Order.class, "{\"password\":\"x\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Required value 'orderId' missing at $");
  }

  @Test
  void serviceInfos_serviceIdAbsent_throwsJsonDataExceptionNamingIt() {
    assertThatThrownBy(() -> parse(ServiceInfos.class, "{\"domain\":\"vps112233.ovh.net\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("serviceId");
  }

  @Test
  void renewServiceList_serviceIdAbsent_throwsJsonDataException() {
    assertThatThrownBy(() -> parseList(RenewService.class, "[{\"serviceType\":\"Domain .ovh\"}]"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("serviceId");
  }

  @Test
  void serviceInfos_serviceIdFraction_throwsJsonDataException() {
    assertThatThrownBy(() -> parse(ServiceInfos.class, "{\"serviceId\":1.5}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.serviceId");
  }

  @Test
  void serviceInfos_serviceIdBeyondInt_readsLong() {
    assertThat(parse(ServiceInfos.class, "{\"serviceId\":9007199254740993}").serviceId()).isEqualTo(9007199254740993L);
  }

  // --- whole documents -----------------------------------------------------------------------

  @Test
  void fromJson_trailingValue_throwsJsonEncodingException() {
    // A second top-level value is a syntax error for a strict reader, reported before "not fully consumed".
    assertThatThrownBy(() -> adapter(OrderStatus.class).fromJson("\"notPaid\" \"delivered\""))
        .isInstanceOf(JsonEncodingException.class);
  }

  @Test
  void fromJson_duplicateKey_lastValueWins() {
    // Moshi's record adapter does not reject duplicate keys; the later value overwrites the earlier.
    assertThat(parse(RenewOrder.class, "{\"orderId\":1,\"orderId\":2}").orderId()).isEqualTo(2L);
  }

  @Test
  void fromJson_nestingTooDeep_throwsJsonDataException() {
    String deep = "[".repeat(300) + "]".repeat(300);

    assertThatThrownBy(() -> parseList(RenewService.class, deep)).isInstanceOf(JsonDataException.class);
  }

  @Test
  void fromJson_unknownFields_areIgnored() {
    RenewOrder order = parse(RenewOrder.class, "{\"orderId\":7,\"newField\":{\"a\":[1,2]}}");

    assertThat(order.orderId()).isEqualTo(7L);
  }
}
