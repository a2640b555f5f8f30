package io.github.ovhrenewal.api.model;

import static io.github.ovhrenewal.api.Fixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
}
