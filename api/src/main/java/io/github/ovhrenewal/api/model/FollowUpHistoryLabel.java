package io.github.ovhrenewal.api.model;

import java.util.List;

/**
 * What happened to an order at one point of its follow-up ({@code billing.order.followUp.HistoryStatusEnum}),
 * e.g. {@code PAYMENT_RECEIVED} or {@code DELIVERY}.
 *
 * <p>An open enumeration: values the server adds later parse too and keep their text (see {@link OpenEnum}).
 */
public final class FollowUpHistoryLabel extends OpenEnum {
  private static final Registry<FollowUpHistoryLabel> REGISTRY = new Registry<>("FollowUpHistoryLabel", FollowUpHistoryLabel::new);

  /** The value {@code DELIVERY}. */
  public static final FollowUpHistoryLabel DELIVERY = REGISTRY.known("DELIVERY");
  /** The value {@code FRAUD_CHECK}. */
  public static final FollowUpHistoryLabel FRAUD_CHECK = REGISTRY.known("FRAUD_CHECK");
  /** The value {@code FRAUD_DOCS_REQUESTED}. */
  public static final FollowUpHistoryLabel FRAUD_DOCS_REQUESTED = REGISTRY.known("FRAUD_DOCS_REQUESTED");
  /** The value {@code FRAUD_MANUAL_REVIEW}. */
  public static final FollowUpHistoryLabel FRAUD_MANUAL_REVIEW = REGISTRY.known("FRAUD_MANUAL_REVIEW");
  /** The value {@code FRAUD_REFUSED}. */
  public static final FollowUpHistoryLabel FRAUD_REFUSED = REGISTRY.known("FRAUD_REFUSED");
  /** The value {@code INVOICE_IN_PROGRESS}. */
  public static final FollowUpHistoryLabel INVOICE_IN_PROGRESS = REGISTRY.known("INVOICE_IN_PROGRESS");
  /** The value {@code INVOICE_SENT}. */
  public static final FollowUpHistoryLabel INVOICE_SENT = REGISTRY.known("INVOICE_SENT");
  /** The value {@code ORDER_ACCEPTED}. */
  public static final FollowUpHistoryLabel ORDER_ACCEPTED = REGISTRY.known("ORDER_ACCEPTED");
  /** The value {@code ORDER_STARTED}. */
  public static final FollowUpHistoryLabel ORDER_STARTED = REGISTRY.known("ORDER_STARTED");
  /** The value {@code PAYMENT_CONFIRMED}. */
  public static final FollowUpHistoryLabel PAYMENT_CONFIRMED = REGISTRY.known("PAYMENT_CONFIRMED");
  /** The value {@code PAYMENT_INITIATED}. */
  public static final FollowUpHistoryLabel PAYMENT_INITIATED = REGISTRY.known("PAYMENT_INITIATED");
  /** The value {@code PAYMENT_RECEIVED}. */
  public static final FollowUpHistoryLabel PAYMENT_RECEIVED = REGISTRY.known("PAYMENT_RECEIVED");
  /** The value {@code REGISTERED_PAYMENT_INITIATED}. */
  public static final FollowUpHistoryLabel REGISTERED_PAYMENT_INITIATED = REGISTRY.known("REGISTERED_PAYMENT_INITIATED");

  private FollowUpHistoryLabel(String value, Boolean known) {
    super(value, known);
  }

  /**
   * Returns the value with this wire text: a constant when known, otherwise a new value that keeps the text.
   *
   * @param value the exact text the API uses
   * @return the value, never null
   * @throws IllegalArgumentException if {@code value} is null or blank
   */
  public static FollowUpHistoryLabel of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK version knows, in the API's order.
   *
   * @return an unmodifiable list
   */
  public static List<FollowUpHistoryLabel> knownValues() {
    return REGISTRY.values();
  }
}
