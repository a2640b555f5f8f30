package io.github.ovhrenewal.api.model;

/**
 * The price a service currently renews at ({@code services.billing.Pricing}). Only the fields that
 * say what a renewal costs and for how long; the others (capacities, quantities, repeats, engagement
 * configuration) are ignored.
 *
 * @param description the pricing as people read it, e.g. {@code "Yearly fees"}, or null
 * @param duration the renewal period this price is for, e.g. {@code P1Y}, or null
 * @param interval the renewal interval, in the pricing's own unit, or null
 * @param price the price of one renewal, or null
 * @param pricingMode the pricing model's identifier, e.g. {@code "default"} or {@code "upfront12"}, or null
 * @param pricingType {@link PricingType#RENTAL} for a price per period, or null
 */
public record ServicePricing(
    String description,
    RenewPeriod duration,
    Long interval,
    Price price,
    String pricingMode,
    PricingType pricingType) {}
