package io.github.ovhrenewal.api.model;

import static io.github.ovhrenewal.api.Fixtures.parse;
import static io.github.ovhrenewal.api.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonDataException;
import io.github.ovhrenewal.api.Fixtures;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OrderDetailTest {

  @Test
  void fromJson_renewalEntry_readsEveryReferenceFieldAndIgnoresTheOthers() {
    OrderDetail detail = parse(OrderDetail.class, read("order-detail-renew.json"));

    assertThat(detail)
        .isEqualTo(
            new OrderDetail(
                false,
                "VPS Value 1-2-40 renewal for 12 months",
                OrderDetailType.RENEW,
                "vps112233.ovh.net",
                9_876_543_210L,
                "1",
                new Price(CurrencyCode.EUR, 7_080_000_000L, "70.80 €", new BigDecimal("70.8")),
                new Price(CurrencyCode.EUR, 590_000_000L, "5.90 €", new BigDecimal("5.9"))));
  }

  @Test
  void fromJson_quantityAsNumber_keptAsItsText() {
    // The reference says string; a number must not make the whole order unreadable.
    assertThat(parse(OrderDetail.class, "{\"orderDetailId\":1,\"quantity\":12}").quantity()).isEqualTo("12");
  }

  @Test
  void fromJson_onlyId_optionalsNull() {
    OrderDetail detail = parse(OrderDetail.class, "{\"orderDetailId\":1}");

    assertThat(detail.orderDetailId()).isEqualTo(1L);
    assertThat(detail.cancelled()).isNull();
    assertThat(detail.description()).isNull();
    assertThat(detail.detailType()).isNull();
    assertThat(detail.domain()).isNull();
    assertThat(detail.quantity()).isNull();
    assertThat(detail.totalPrice()).isNull();
    assertThat(detail.unitPrice()).isNull();
  }

  @Test
  void fromJson_unknownDetailType_keepsText() {
    OrderDetailType type = parse(OrderDetail.class, "{\"orderDetailId\":1,\"detailType\":\"UPGRADE\"}").detailType();

    assertThat(type.value()).isEqualTo("UPGRADE");
    assertThat(type.isKnown()).isFalse();
  }

  @Test
  void fromJson_orderDetailIdAbsent_throwsJsonDataExceptionNamingIt() {
    assertThatThrownBy(() -> Fixtures.adapter(OrderDetail.class).fromJson("{\"domain\":\"example.com\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("orderDetailId");
  }
}
