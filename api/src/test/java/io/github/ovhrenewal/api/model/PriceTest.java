package io.github.ovhrenewal.api.model;

import static io.github.ovhrenewal.api.Fixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PriceTest {

  @ParameterizedTest
  @ValueSource(strings = {"0.1", "0.2", "1234567890.123456789", "99999999999999999.99"})
  void fromJson_valueADoubleWouldCorrupt_staysExact(String literal) {
    Price price = parse(Price.class, "{\"currencyCode\":\"EUR\",\"text\":\"t\",\"value\":" + literal + "}");

    assertThat(price.value()).isEqualTo(new BigDecimal(literal));
  }

  @Test
  void fromJson_tenthsAddedTogether_sumExactly() {
    BigDecimal a = parse(Price.class, "{\"value\":0.1}").value();
    BigDecimal b = parse(Price.class, "{\"value\":0.2}").value();

    assertThat(a.add(b)).isEqualTo(new BigDecimal("0.3"));
  }

  @Test
  void fromJson_exponent_readsSameAmount() {
    assertThat(parse(Price.class, "{\"value\":1e2}").value()).isEqualByComparingTo("100");
  }

  @Test
  void fromJson_priceInUcents_readsLong() {
    Price price = parse(Price.class, "{\"value\":45.44,\"priceInUcents\":4544000000,\"currencyCode\":\"points\"}");

    assertThat(price.priceInUcents()).isEqualTo(4544000000L);
    assertThat(price.currencyCode()).isSameAs(CurrencyCode.POINTS);
  }

  @Test
  void fromJson_notApplicableCurrency_readsConstant() {
    assertThat(parse(Price.class, "{\"currencyCode\":\"N/A\"}").currencyCode()).isSameAs(CurrencyCode.NOT_APPLICABLE);
  }

  private static Price price(CurrencyCode currency, String value) {
    return new Price(currency, null, null, value == null ? null : new BigDecimal(value));
  }

  @ParameterizedTest
  @CsvSource({
      "EUR, 18.0, 18.00 EUR",
      "EUR, 18, 18.00 EUR",
      "EUR, 3.6, 3.60 EUR",
      "EUR, 45.44, 45.44 EUR",
      "EUR, 18.000, 18.00 EUR",
      "EUR, 0, 0.00 EUR",
      "EUR, 0.0, 0.00 EUR",
      "EUR, -7.5, -7.50 EUR",
      "EUR, 1e2, 100.00 EUR",
      "USD, 9.9, 9.90 USD",
      "JPY, 500, 500 JPY",
      "JPY, 500.0, 500 JPY",
      "XOF, 1500.00, 1500 XOF",
      "TND, 12.5, 12.500 TND",
  })
  void formatted_knownCurrency_printsItsFractionDigits(String code, String value, String expected) {
    assertThat(price(CurrencyCode.of(code), value).formatted()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
      "EUR, 0.125, 0.125 EUR",
      "EUR, 1.999999, 1.999999 EUR",
      "EUR, 0.1250, 0.125 EUR",
      "JPY, 500.5, 500.5 JPY",
  })
  void formatted_moreDigitsThanTheCurrency_keptNeverRounded(String code, String value, String expected) {
    assertThat(price(CurrencyCode.of(code), value).formatted()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
      "points, 18.0, 18.0 points",
      "N/A, 18.0, 18.0 N/A",
      "ZZZ, 3.6, 3.6 ZZZ",
  })
  void formatted_unknownCurrency_printsAmountAsReceived(String code, String value, String expected) {
    assertThat(price(CurrencyCode.of(code), value).formatted()).isEqualTo(expected);
  }

  @Test
  void formatted_nullCurrency_printsAmountAsReceivedWithoutCode() {
    assertThat(price(null, "18.0").formatted()).isEqualTo("18.0");
  }

  @Test
  void formatted_nullValue_printsUnknownPrice() {
    assertThat(price(CurrencyCode.EUR, null).formatted()).isEqualTo("unknown price");
    assertThat(price(null, null).formatted()).isEqualTo("unknown price");
  }

  @Test
  void formatted_fromServerJson_printsCurrencyDigits() {
    Price price = parse(Price.class, "{\"currencyCode\":\"EUR\",\"text\":\"18 \\u20ac\",\"value\":18.0}");

    assertThat(price.formatted()).isEqualTo("18.00 EUR");
    assertThat(price.value().toPlainString()).as("the amount itself stays as received").isEqualTo("18.0");
  }

  @Test
  void amount_currencyCodeText_printsItsDigits() {
    assertThat(Price.amount(new BigDecimal("15"), "EUR")).isEqualTo("15.00");
    assertThat(Price.amount(new BigDecimal("15.0"), "JPY")).isEqualTo("15");
    assertThat(Price.amount(new BigDecimal("15.0"), null)).isEqualTo("15.0");
    assertThat(Price.amount(new BigDecimal("15.0"), "not a code")).isEqualTo("15.0");
  }
}
