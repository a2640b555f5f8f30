package io.github.ovhrenewal.core.exception;

import io.github.ovhrenewal.api.model.RenewOrder;
import java.math.BigDecimal;

/**
 * The budget guard refused to order: the quote with tax is above the maximum price the caller set
 * ({@link io.github.ovhrenewal.core.RenewalChoice#maxPrice(BigDecimal)}). Nothing was ordered.
 */
public final class BudgetExceededException extends OvhException {
  private static final long serialVersionUID = 1L;

  /** The maximum price with tax the caller allowed. */
  private final BigDecimal maxPrice;
  private final transient RenewOrder quote;

  /**
   * Creates the exception.
   *
   * @param message what was refused
   * @param maxPrice the maximum the caller allowed
   * @param quote the dry-run quote that exceeded it
   */
  public BudgetExceededException(String message, BigDecimal maxPrice, RenewOrder quote) {
    super(message, null);
    this.maxPrice = maxPrice;
    this.quote = quote;
  }

  /**
   * The maximum price with tax the caller allowed.
   *
   * @return the maximum
   */
  public BigDecimal maxPrice() {
    return maxPrice;
  }

  /**
   * The quote that exceeded it.
   *
   * @return the dry-run order, with its prices
   */
  public RenewOrder quote() {
    return quote;
  }
}
