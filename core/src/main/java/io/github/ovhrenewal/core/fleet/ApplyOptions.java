package io.github.ovhrenewal.core.fleet;

import io.github.ovhrenewal.api.model.PaymentMean;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

/**
 * How {@code client.renewals().apply(...)} orders: the journal (required), the payment, the
 * budget and the bound on orders in flight. Immutable: each method returns a new value.
 *
 * <pre>{@code
 * ApplyReport report = client.renewals().apply(plan, ApplyOptions.journal(Path.of("renewals.journal"))
 *     .payWith(PaymentMean.of("paypal"), 1234L)
 *     .maxTotal("EUR", new BigDecimal("500.00")));
 * }</pre>
 */
public final class ApplyOptions {
  /** Orders in flight at most, unless {@link #concurrency(int)} says otherwise: orders are not idempotent. */
  public static final int DEFAULT_CONCURRENCY = 2;

  private final Path journal;
  private final PaymentMean paymentMean;
  private final Long paymentMeanId;
  private final Long paymentMethodId;
  private final Map<String, BigDecimal> maxTotal;
  private final int concurrency;
  private final boolean reorderUnknown;
  private final ProgressListener<? super AppliedItem> listener;

  private ApplyOptions(Path journal, PaymentMean paymentMean, Long paymentMeanId, Long paymentMethodId, Map<String, BigDecimal> maxTotal,
      int concurrency, boolean reorderUnknown, ProgressListener<? super AppliedItem> listener) {
    this.journal = journal;
    this.paymentMean = paymentMean;
    this.paymentMeanId = paymentMeanId;
    this.paymentMethodId = paymentMethodId;
    this.maxTotal = Map.copyOf(maxTotal);
    this.concurrency = concurrency;
    this.reorderUnknown = reorderUnknown;
    this.listener = listener;
  }

  /**
   * Options that journal to this file: no payment, no budget, {@link #DEFAULT_CONCURRENCY} orders
   * in flight. Re-running with the same plan and journal resumes: nothing is ordered twice.
   *
   * <p>The journal is a file of JSON lines, each synced to the disk before the step it announces:
   * an order is sent only once its {@code sending} line is written, a payment once its
   * {@code paying} line is. It belongs to one plan (its first line holds the plan's fingerprint;
   * another plan's journal is refused), and one run holds it at a time (a file lock). A run that
   * finds an order sent without a recorded outcome looks for it among the account's orders before
   * anything else, and never orders that item again unless {@link #reorderUnknown(boolean)} says so.
   *
   * @param journal the journal file, created when absent, appended to otherwise
   * @return the options
   * @throws IllegalArgumentException if null
   */
  public static ApplyOptions journal(Path journal) {
    if (journal == null) {
      throw new IllegalArgumentException("journal must not be null: apply records every order in it before sending");
    }
    return new ApplyOptions(journal, null, null, null, Map.of(), DEFAULT_CONCURRENCY, false, ProgressListener.none());
  }

  /**
   * Pays each order with a registered payment mean ({@code payWithRegisteredPaymentMean}), in
   * place of any {@link #payWithMethod(long) payment method}.
   *
   * @param mean the mean, e.g. {@code PaymentMean.of("paypal")}
   * @param id the mean's id, or null for a mean without one ({@code ovhAccount})
   * @return new options
   * @throws IllegalArgumentException if the mean is null or the id not positive
   */
  public ApplyOptions payWith(PaymentMean mean, Long id) {
    if (mean == null) {
      throw new IllegalArgumentException("payment mean must not be null");
    }
    if (id != null && id <= 0) {
      throw new IllegalArgumentException("payment mean id must be positive, got " + id);
    }
    return new ApplyOptions(journal, mean, id, null, maxTotal, concurrency, reorderUnknown, listener);
  }

  /**
   * Pays each order with a payment method ({@code POST /me/order/{orderId}/pay}), the way OVH now
   * prefers, in place of any {@link #payWith(PaymentMean, Long) registered mean}. The method is
   * checked (it exists and is {@code VALID}) before anything is ordered.
   *
   * @param paymentMethodId the payment method's id, e.g. from {@code client.payments().defaultMethod()}
   * @return new options
   * @throws IllegalArgumentException if the id is not positive
   */
  public ApplyOptions payWithMethod(long paymentMethodId) {
    if (paymentMethodId <= 0) {
      throw new IllegalArgumentException("payment method id must be positive, got " + paymentMethodId);
    }
    return new ApplyOptions(journal, null, null, paymentMethodId, maxTotal, concurrency, reorderUnknown, listener);
  }

  /**
   * Stops ordering the moment the next order would take the total with tax in this currency
   * above {@code amount}. Counts what earlier runs of the same journal ordered, and unknown
   * outcomes as if ordered.
   *
   * @param currency the currency code, e.g. {@code "EUR"}
   * @param amount the most to order, with tax, zero or more
   * @return new options
   * @throws IllegalArgumentException if the currency is blank or the amount null or negative
   */
  public ApplyOptions maxTotal(String currency, BigDecimal amount) {
    if (currency == null || currency.isBlank()) {
      throw new IllegalArgumentException("maxTotal currency must be a currency code such as EUR, got " + currency);
    }
    if (amount == null || amount.signum() < 0) {
      throw new IllegalArgumentException("maxTotal must be zero or positive, got " + (amount == null ? null : amount.toPlainString()));
    }
    Map<String, BigDecimal> budgets = new java.util.TreeMap<>(maxTotal);
    budgets.put(currency, amount);
    return new ApplyOptions(journal, paymentMean, paymentMeanId, paymentMethodId, budgets, concurrency, reorderUnknown, listener);
  }

  /**
   * How many orders are in flight at most.
   *
   * @param concurrency from 1 to 8
   * @return new options
   * @throws IllegalArgumentException if out of range
   */
  public ApplyOptions concurrency(int concurrency) {
    if (concurrency < 1 || concurrency > 8) {
      throw new IllegalArgumentException("apply concurrency must be from 1 to 8, got " + concurrency);
    }
    return new ApplyOptions(journal, paymentMean, paymentMeanId, paymentMethodId, maxTotal, concurrency, reorderUnknown, listener);
  }

  /**
   * Orders again an item whose earlier order's outcome stayed unknown after reconciling. This
   * risks paying twice for the same renewal: use it only once you have checked the account's
   * orders yourself.
   *
   * @param reorder whether to order such items again
   * @return new options
   */
  public ApplyOptions reorderUnknown(boolean reorder) {
    return new ApplyOptions(journal, paymentMean, paymentMeanId, paymentMethodId, maxTotal, concurrency, reorder, listener);
  }

  /**
   * Told of each item once it reaches its final state.
   *
   * @param listener the listener
   * @return new options
   * @throws IllegalArgumentException if null
   */
  public ApplyOptions listener(ProgressListener<? super AppliedItem> listener) {
    if (listener == null) {
      throw new IllegalArgumentException("listener must not be null; use ProgressListener.none()");
    }
    return new ApplyOptions(journal, paymentMean, paymentMeanId, paymentMethodId, maxTotal, concurrency, reorderUnknown, listener);
  }

  /**
   * The journal file.
   *
   * @return the path, never null
   */
  public Path journal() {
    return journal;
  }

  /**
   * The registered payment mean to pay with.
   *
   * @return the mean, or null to order without paying
   */
  public PaymentMean paymentMean() {
    return paymentMean;
  }

  /**
   * The registered payment mean's id.
   *
   * @return the id, or null
   */
  public Long paymentMeanId() {
    return paymentMeanId;
  }

  /**
   * The payment method each order is paid with.
   *
   * @return its id, or null when orders are paid with a registered mean or not paid
   */
  public Long paymentMethodId() {
    return paymentMethodId;
  }

  /**
   * The budgets with tax, by currency code.
   *
   * @return the budgets, empty for none
   */
  public Map<String, BigDecimal> maxTotal() {
    return maxTotal;
  }

  /**
   * Orders in flight at most.
   *
   * @return the bound
   */
  public int concurrency() {
    return concurrency;
  }

  /**
   * Whether items whose outcome stayed unknown are ordered again.
   *
   * @return true when asked explicitly
   */
  public boolean reorderUnknown() {
    return reorderUnknown;
  }

  /**
   * The progress listener.
   *
   * @return the listener, never null
   */
  public ProgressListener<? super AppliedItem> listener() {
    return listener;
  }

  @Override
  public String toString() {
    return "ApplyOptions[journal=" + journal + ", payment=" + (paymentMethodId != null ? "method:" + paymentMethodId
        : paymentMean == null ? "none" : paymentMean + (paymentMeanId == null ? "" : ":" + paymentMeanId))
        + ", maxTotal=" + maxTotal + ", concurrency=" + concurrency + ", reorderUnknown=" + reorderUnknown + "]";
  }
}
