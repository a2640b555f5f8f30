package io.github.ovhrenewal.api.model;

/**
 * One entry of an order ({@code billing.OrderDetail}), as {@code GET /me/order/{orderId}/details/{orderDetailId}}
 * returns it: what reconciles an order with the services it renews.
 *
 * @param cancelled whether the entry was cancelled, or null
 * @param description the product as the order prints it, e.g. {@code "VPS Value 1-2-40 renewal (12 months)"}, or null
 * @param detailType what the entry is for, e.g. {@link OrderDetailType#RENEW}, or null
 * @param domain the service the entry is about, as its resource's name (e.g. {@code "vps112233.ovh.net"}), or null
 * @param orderDetailId the entry's id; a document without it does not parse
 * @param quantity how many, as text since the reference types it as a string (e.g. {@code "1"}), or null
 * @param totalPrice the entry's total, or null
 * @param unitPrice the price of one, or null
 */
public record OrderDetail(
    Boolean cancelled,
    String description,
    OrderDetailType detailType,
    String domain,
    long orderDetailId,
    String quantity,
    Price totalPrice,
    Price unitPrice) {}
