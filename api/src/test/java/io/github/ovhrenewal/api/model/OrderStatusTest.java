package io.github.ovhrenewal.api.model;

import static io.github.ovhrenewal.api.Fixtures.adapter;
import static io.github.ovhrenewal.api.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrderStatusTest {

  @Test
  void fromJson_bareStringFixture_isNotPaid() throws Exception {
    assertThat(adapter(OrderStatus.class).fromJson(read("order-status-not-paid.json"))).isSameAs(OrderStatus.NOT_PAID);
  }

  @Test
  void of_knownText_returnsConstant() {
    assertThat(OrderStatus.of("delivered")).isSameAs(OrderStatus.DELIVERED);
    assertThat(OrderStatus.of("notPaid").isKnown()).isTrue();
  }

  @Test
  void of_otherCase_isUnknownValue() {
    OrderStatus status = OrderStatus.of("NotPaid");

    assertThat(status).isNotEqualTo(OrderStatus.NOT_PAID);
    assertThat(status.isKnown()).isFalse();
  }

  @Test
  void equals_sameUnknownText_equalWithSameHashCode() {
    OrderStatus a = OrderStatus.of("somethingNew");
    OrderStatus b = OrderStatus.of("somethingNew");

    assertThat(a).isNotSameAs(b).isEqualTo(b);
    assertThat(a.hashCode()).isEqualTo(b.hashCode());
    assertThat(a).isNotEqualTo(OrderStatus.of("somethingOld"));
  }

  @Test
  void equals_sameTextOtherOpenEnum_isFalse() {
    assertThat(OrderStatus.UNKNOWN).isNotEqualTo(null).isNotEqualTo("unknown");
    assertThat(BillingState.OK).isNotEqualTo(ResourceState.OK);
  }

  @Test
  void toString_isWireText() {
    assertThat(OrderStatus.DOCUMENTS_REQUESTED).hasToString("documentsRequested");
    assertThat(OrderStatus.of("somethingNew")).hasToString("somethingNew");
  }

  @Test
  void knownValues_referenceOrder() {
    assertThat(OrderStatus.knownValues())
        .containsExactly(
            OrderStatus.CANCELLED, OrderStatus.CANCELLING, OrderStatus.CHECKING, OrderStatus.DELIVERED,
            OrderStatus.DELIVERING, OrderStatus.DOCUMENTS_REQUESTED, OrderStatus.NOT_PAID, OrderStatus.UNKNOWN);
  }

  @Test
  void knownValues_unknownParsed_notAdded() {
    OrderStatus.of("somethingNew");

    assertThat(OrderStatus.knownValues()).hasSize(8).allMatch(OrderStatus::isKnown);
  }

  @Test
  void knownValues_modified_throwsUnsupportedOperationException() {
    assertThatThrownBy(() -> OrderStatus.knownValues().add(OrderStatus.of("x")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void of_blank_throwsIllegalArgumentExceptionNamingType() {
    assertThatThrownBy(() -> OrderStatus.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("OrderStatus must not be blank");
  }
}
