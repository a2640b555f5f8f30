package io.github.ovhrenewal.api.model;

/**
 * How a product's service is renewed ({@code service.RenewType}).
 *
 * @param automatic whether it renews automatically
 * @param deleteAtExpiration whether it is deleted at expiration
 * @param forced whether its renewal is forced
 * @param manualPayment whether it must be renewed and paid by hand, or null
 * @param period the renewal period in months, or null
 */
public record RenewType(
    Boolean automatic, Boolean deleteAtExpiration, Boolean forced, Boolean manualPayment, Long period) {}
