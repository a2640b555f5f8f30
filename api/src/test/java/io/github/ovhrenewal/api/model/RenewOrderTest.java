package io.github.ovhrenewal.api.model;

import static io.github.ovhrenewal.api.Fixtures.parse;
import static io.github.ovhrenewal.api.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RenewOrderTest {

  private static final String PASSWORD = "aBcD";

  @Test
  void fromJson_guideSample_readsEveryField() {
    RenewOrder order = parse(RenewOrder.class, read("renew-order-guide.json"));

    assertThat(order.orderId()).isEqualTo(123456789L);
    assertThat(order.password()).isEqualTo(PASSWORD);
    assertThat(order.url())
        .isEqualTo("https://www.ovh.com/cgi-bin/order/displayOrder.cgi?orderId=123456789&orderPassword=aBcD");
    assertThat(order.pdfUrl()).isEqualTo(order.url());
    assertThat(order.date()).isEqualTo(OffsetDateTime.of(2018, 5, 15, 15, 49, 6, 0, ZoneOffset.ofHours(2)));
    assertThat(order.expirationDate()).isEqualTo(OffsetDateTime.of(2018, 5, 16, 15, 49, 6, 0, ZoneOffset.ofHours(2)));
    assertThat(order.expirationDate().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
    assertThat(order.retractionDate()).isNull();
  }

  @Test
  void fromJson_guideSample_pricesAreExactDecimals() {
    RenewOrder order = parse(RenewOrder.class, read("renew-order-guide.json"));

    assertThat(order.priceWithTax().value()).isEqualTo(new BigDecimal("45.44"));
    assertThat(order.priceWithTax().value().scale()).isEqualTo(2);
    assertThat(order.priceWithTax().text()).isEqualTo("45.44 €");
    assertThat(order.priceWithTax().currencyCode()).isSameAs(CurrencyCode.EUR);
    assertThat(order.priceWithTax().priceInUcents()).isNull();
    assertThat(order.priceWithoutTax().value()).isEqualTo(new BigDecimal("37.87"));
    assertThat(order.tax().value()).isEqualTo(new BigDecimal("7.57"));
    assertThat(order.priceWithoutTax().value().add(order.tax().value())).isEqualTo(order.priceWithTax().value());
  }

  @Test
  void fromJson_optionalFieldsAbsent_areNull() {
    RenewOrder order = parse(RenewOrder.class, "{\"orderId\":1}");

    assertThat(order.date()).isNull();
    assertThat(order.expirationDate()).isNull();
    assertThat(order.retractionDate()).isNull();
    assertThat(order.priceWithTax()).isNull();
    assertThat(order.password()).isNull();
  }

  @Test
  void toString_guideSample_hidesPasswordAndUrls() {
    RenewOrder order = parse(RenewOrder.class, read("renew-order-guide.json"));

    String text = order.toString();

    assertThat(text)
        .doesNotContain(PASSWORD)
        .doesNotContain("orderPassword")
        .doesNotContain("https://")
        .contains("orderId=123456789")
        .contains("45.44");
  }

  @Test
  void toString_nullSecrets_printsNull() {
    assertThat(new RenewOrder(null, null, 1L, null, null, null, null, null, null, null).toString())
        .contains("password=null")
        .contains("url=null");
  }
}
