package io.github.ovhrenewal.api.model;

import static io.github.ovhrenewal.api.Fixtures.parse;
import static io.github.ovhrenewal.api.Fixtures.parseList;
import static io.github.ovhrenewal.api.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderFollowUpTest {

  @Test
  void fromJson_orderBeingDelivered_readsEachStepAndItsHistory() {
    List<OrderFollowUp> steps = parseList(OrderFollowUp.class, read("order-follow-up.json"));

    assertThat(steps)
        .extracting(OrderFollowUp::step)
        .containsExactly(FollowUpStep.VALIDATING, FollowUpStep.VALIDATED, FollowUpStep.DELIVERING, FollowUpStep.AVAILABLE);
    assertThat(steps)
        .extracting(OrderFollowUp::status)
        .containsExactly(FollowUpStatus.DONE, FollowUpStatus.DONE, FollowUpStatus.DOING, FollowUpStatus.TODO);
    assertThat(steps.get(0).history())
        .extracting(OrderFollowUp.History::label)
        .containsExactly(
            FollowUpHistoryLabel.ORDER_STARTED,
            FollowUpHistoryLabel.REGISTERED_PAYMENT_INITIATED,
            FollowUpHistoryLabel.PAYMENT_RECEIVED);
    assertThat(steps.get(2).history())
        .containsExactly(
            new OrderFollowUp.History(
                OffsetDateTime.of(2024, 5, 15, 15, 53, 0, 0, ZoneOffset.ofHours(2)),
                "Your services are being delivered",
                FollowUpHistoryLabel.DELIVERY));
    assertThat(steps.get(3).history()).isEmpty();
  }

  @Test
  void fromJson_emptyObject_historyEmptyAndOptionalsNull() {
    OrderFollowUp step = parse(OrderFollowUp.class, "{}");

    assertThat(step.history()).isNotNull().isEmpty();
    assertThat(step.status()).isNull();
    assertThat(step.step()).isNull();
  }

  @Test
  void fromJson_historyNullOrWithEmptyEvent_parses() {
    assertThat(parse(OrderFollowUp.class, "{\"history\":null}").history()).isNotNull().isEmpty();
    assertThat(parse(OrderFollowUp.class, "{\"history\":[{}]}").history())
        .containsExactly(new OrderFollowUp.History(null, null, null));
  }

  @Test
  void fromJson_unknownValues_keepText() {
    OrderFollowUp step =
        parse(
            OrderFollowUp.class,
            "{\"step\":\"REFUNDING\",\"status\":\"SKIPPED\",\"history\":[{\"label\":\"PAYMENT_REFUSED\"}]}");

    assertThat(step.step().value()).isEqualTo("REFUNDING");
    assertThat(step.step().isKnown()).isFalse();
    assertThat(step.status().value()).isEqualTo("SKIPPED");
    assertThat(step.status().isKnown()).isFalse();
    assertThat(step.history().get(0).label().value()).isEqualTo("PAYMENT_REFUSED");
    assertThat(step.history().get(0).label().isKnown()).isFalse();
  }
}
