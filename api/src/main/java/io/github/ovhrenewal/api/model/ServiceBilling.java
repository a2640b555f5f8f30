package io.github.ovhrenewal.api.model;

import java.time.OffsetDateTime;

/**
 * How a service is billed and renewed ({@code services.expanded.Billing}).
 *
 * <p>Its dates are {@code datetime}s on the wire and stay {@link OffsetDateTime}s here, with the offset
 * the server gave, so that a caller decides in which zone a date falls.
 *
 * @param engagement the engagement the service is under, or null when none
 * @param engagementRequest an engagement asked for and not yet in force, or null
 * @param expirationDate when it expires unless renewed, or null
 * @param group the billing group it belongs to, or null
 * @param lifecycle where it is in its life and what is pending on it, or null
 * @param nextBillingDate when it is next billed, or null
 * @param plan the plan it is billed on, or null
 * @param pricing the price it currently renews at, or null
 * @param renew how it renews, or null for a service that does not
 */
public record ServiceBilling(
    ServiceEngagement engagement,
    ServiceEngagementRequest engagementRequest,
    OffsetDateTime expirationDate,
    ServiceBillingGroup group,
    ServiceLifecycle lifecycle,
    OffsetDateTime nextBillingDate,
    ExpandedServicePlan plan,
    ServicePricing pricing,
    ServiceRenewSettings renew) {}
