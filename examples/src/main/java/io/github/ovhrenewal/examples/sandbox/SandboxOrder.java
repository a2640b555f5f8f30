package io.github.ovhrenewal.examples.sandbox;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A renewal order. Immutable: paying replaces it with {@link #withStatus}.
 *
 * @param orderId the order id, 0 for a dry run
 * @param password the order password shown in its URLs
 * @param date when it was ordered
 * @param period the renewal period, ISO-8601
 * @param services the services it renews
 * @param priceWithoutTax exact price without tax
 * @param status notPaid, then delivered
 */
record SandboxOrder(
    long orderId,
    String password,
    OffsetDateTime date,
    String period,
    List<Long> services,
    BigDecimal priceWithoutTax,
    String status) {

  static final String NOT_PAID = "notPaid";
  static final String DELIVERED = "delivered";

  /** An unpaid order is valid for a day, as OVH's are. */
  OffsetDateTime expirationDate() {
    return date.plusDays(1);
  }

  BigDecimal tax() {
    return SandboxMoney.tax(priceWithoutTax);
  }

  BigDecimal priceWithTax() {
    return priceWithoutTax.add(tax());
  }

  SandboxOrder withStatus(String newStatus) {
    return new SandboxOrder(
        orderId, password, date, period, services, priceWithoutTax, newStatus);
  }
}
