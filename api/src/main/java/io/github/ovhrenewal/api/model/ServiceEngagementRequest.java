package io.github.ovhrenewal.api.model;

import java.time.LocalDate;

/**
 * An engagement asked for on a service and not yet in force ({@code services.expanded.EngagementRequestSummary}).
 *
 * @param pricingMode the pricing mode the service will have once it is, or null
 * @param requestDate when it was asked for, or null
 */
public record ServiceEngagementRequest(String pricingMode, LocalDate requestDate) {}
