package io.github.ovhrenewal.api.model;

import java.time.OffsetDateTime;

/**
 * The order created (or, for a dry run, priced) by {@code POST /service/{serviceId}/renew}
 * ({@code service.renew.RenewOrder}).
 *
 * @param date when the order was created, or null
 * @param expirationDate when the unpaid order expires, or null
 * @param orderId the order's id, to pay it with; for a dry run (a quote), which creates no order,
 *     whatever the server sends (0, null or nothing) — never an order to pay
 * @param password the order's password, which opens the order's public pages; hidden by {@link #toString()}
 * @param pdfUrl public URL of the order as PDF
 * @param priceWithTax the total with tax
 * @param priceWithoutTax the total without tax
 * @param retractionDate the end of the retraction period, or null
 * @param tax the tax
 * @param url public URL of the order
 */
public record RenewOrder(
    OffsetDateTime date,
    OffsetDateTime expirationDate,
    // Boxed because servers answer a dry run without an order id, or with null: a quote must
    // still parse. RenewalChoice.order() rejects a real order that comes back without one.
    Long orderId,
    String password,
    String pdfUrl,
    Price priceWithTax,
    Price priceWithoutTax,
    OffsetDateTime retractionDate,
    Price tax,
    String url) {

  /** Prints every field but the password and the URLs that embed it. */
  @Override
  public String toString() {
    return "RenewOrder[orderId=" + orderId + ", date=" + date + ", expirationDate=" + expirationDate
        + ", priceWithTax=" + priceWithTax + ", priceWithoutTax=" + priceWithoutTax + ", tax=" + tax
        + ", retractionDate=" + retractionDate + ", password=" + Hidden.mark(password)
        + ", url=" + Hidden.mark(url) + ", pdfUrl=" + Hidden.mark(pdfUrl) + "]";
  }
}
