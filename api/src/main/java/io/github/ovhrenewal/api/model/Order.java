package io.github.ovhrenewal.api.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An order of the account ({@code billing.Order}), as {@code GET /me/order/{orderId}} returns it.
 *
 * @param date when the order was created, or null
 * @param expirationDate when the unpaid order expires, or null
 * @param metadatas free-form metadata, never null
 * @param orderId the order's id
 * @param password the order's password; hidden by {@link #toString()}
 * @param pdfUrl public URL of the order as PDF
 * @param priceWithTax the total with tax
 * @param priceWithoutTax the total without tax
 * @param retractionDate the end of the retraction period, or null
 * @param tax the tax
 * @param url public URL of the order
 */
public record Order(
    OffsetDateTime date,
    OffsetDateTime expirationDate,
    List<String> metadatas,
    long orderId,
    String password,
    String pdfUrl,
    Price priceWithTax,
    Price priceWithoutTax,
    OffsetDateTime retractionDate,
    Price tax,
    String url) {

  /**
   * Absent lists become empty lists. Nothing is checked: whatever the server answers must parse.
   *
   * @param date when the order was created, or null
   * @param expirationDate when the unpaid order expires, or null
   * @param metadatas free-form metadata, or null for none
   * @param orderId the order's id
   * @param password the order's password
   * @param pdfUrl public URL of the order as PDF
   * @param priceWithTax the total with tax
   * @param priceWithoutTax the total without tax
   * @param retractionDate the end of the retraction period, or null
   * @param tax the tax
   * @param url public URL of the order
   */
  public Order {
    metadatas = Lists.orEmpty(metadatas);
  }

  /** Prints every field but the password and the URLs that embed it. */
  @Override
  public String toString() {
    return "Order[orderId=" + orderId + ", date=" + date + ", expirationDate=" + expirationDate
        + ", priceWithTax=" + priceWithTax + ", priceWithoutTax=" + priceWithoutTax + ", tax=" + tax
        + ", retractionDate=" + retractionDate + ", metadatas=" + metadatas
        + ", password=" + Hidden.mark(password)
        + ", url=" + Hidden.mark(url) + ", pdfUrl=" + Hidden.mark(pdfUrl) + "]";
  }
}
