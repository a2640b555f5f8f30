package io.github.ovhrenewal.api.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One step of an order on its way to delivery ({@code billing.order.FollowUp}); {@code GET /me/order/{orderId}/followUp}
 * returns every step, each with its history.
 *
 * @param history what happened during the step, never null
 * @param status how far the step is, e.g. {@link FollowUpStatus#DONE}, or null
 * @param step which step, e.g. {@link FollowUpStep#DELIVERING}, or null
 */
public record OrderFollowUp(List<History> history, FollowUpStatus status, FollowUpStep step) {

  /**
   * Absent lists become empty lists.
   *
   * @param history what happened during the step, never null
   * @param status how far the step is, e.g. {@link FollowUpStatus#DONE}, or null
   * @param step which step, e.g. {@link FollowUpStep#DELIVERING}, or null
   */
  public OrderFollowUp {
    history = Lists.orEmpty(history);
  }

  /**
   * One event of an order's follow-up ({@code billing.order.followUp.History}).
   *
   * @param date when it happened, or null
   * @param description the event as people read it, or null
   * @param label what happened, e.g. {@link FollowUpHistoryLabel#PAYMENT_RECEIVED}, or null
   */
  public record History(OffsetDateTime date, String description, FollowUpHistoryLabel label) {}
}
