package io.github.ovhrenewal.api.model;

import static io.github.ovhrenewal.api.Fixtures.parse;
import static io.github.ovhrenewal.api.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class OrderTest {

  @Test
  void fromJson_fullOrder_readsEveryField() {
    Order order = parse(Order.class, read("order-full.json"));

    ZoneOffset paris = ZoneOffset.ofHours(2);
    assertThat(order.orderId()).isEqualTo(123456789L);
    assertThat(order.date()).isEqualTo(OffsetDateTime.of(2018, 5, 15, 15, 49, 6, 0, paris));
    assertThat(order.expirationDate()).isEqualTo(OffsetDateTime.of(2018, 5, 16, 15, 49, 6, 0, paris));
    assertThat(order.retractionDate()).isEqualTo(OffsetDateTime.of(2018, 5, 29, 15, 49, 6, 0, paris));
    assertThat(order.metadatas()).containsExactly("renew", "api");
    assertThat(order.password()).isEqualTo("aBcD");
    assertThat(order.url()).endsWith("orderPassword=aBcD");
    assertThat(order.pdfUrl()).endsWith("orderPassword=aBcD");
    assertThat(order.priceWithTax())
        .isEqualTo(new Price(CurrencyCode.EUR, 4544000000L, "45.44 €", new BigDecimal("45.44")));
    assertThat(order.priceWithoutTax())
        .isEqualTo(new Price(CurrencyCode.EUR, 3787000000L, "37.87 €", new BigDecimal("37.87")));
    assertThat(order.tax()).isEqualTo(new Price(CurrencyCode.EUR, 757000000L, "7.57 €", new BigDecimal("7.57")));
  }

  @Test
  void fromJson_metadatasAbsentOrNull_isEmptyList() {
    assertThat(parse(Order.class, "{\"orderId\":1}").metadatas()).isNotNull().isEmpty();
    assertThat(parse(Order.class, "{\"orderId\":1,\"metadatas\":null}").metadatas()).isNotNull().isEmpty();
  }

  @Test
  void toString_fullOrder_hidesPasswordAndUrls() {
    Order order = parse(Order.class, read("order-full.json"));

    assertThat(order.toString())
        .doesNotContain("aBcD")
        .doesNotContain("orderPassword")
        .doesNotContain("https://")
        .contains("orderId=123456789");
  }
}
