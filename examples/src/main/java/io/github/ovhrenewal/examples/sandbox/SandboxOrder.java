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
 * @param details its entries, one per renewed service, in {@code services} order
 */
record SandboxOrder(
    long orderId,
    String password,
    OffsetDateTime date,
    String period,
    List<Long> services,
    BigDecimal priceWithoutTax,
    String status,
    List<Detail> details) {

  static final String NOT_PAID = "notPaid";
  static final String DELIVERED = "delivered";
  static final String DELIVERING = "delivering";

  /**
   * One entry of an order ({@code billing.OrderDetail}): the renewal of one service.
   *
   * @param detailId the orderDetailId, unique in the account
   * @param serviceId the service it renews
   * @param domain the service's resource name, which is how OVH names the service in an entry
   * @param description what is renewed, for people
   * @param price its price without tax; the entries of an order add up to the order's price
   */
  record Detail(long detailId, long serviceId, String domain, String description, BigDecimal price) {}

  SandboxOrder {
    services = List.copyOf(services);
    details = List.copyOf(details);
  }

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
        orderId, password, date, period, services, priceWithoutTax, newStatus, details);
  }

  /** The entry {@code detailId} of this order, or null. */
  Detail detail(long detailId) {
    return details.stream().filter(d -> d.detailId() == detailId).findFirst().orElse(null);
  }
}
