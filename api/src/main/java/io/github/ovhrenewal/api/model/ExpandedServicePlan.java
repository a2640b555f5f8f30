package io.github.ovhrenewal.api.model;

/**
 * The commercial plan a service is billed on, as the {@code /services} API gives it
 * ({@code services.expanded.Plan}). Not {@link ServicePlan}, the {@code /service} API's plan.
 *
 * @param code the plan code, e.g. {@code "vps-value-1-2-40"}, or null
 * @param invoiceName the name printed on invoices, or null
 */
public record ExpandedServicePlan(String code, String invoiceName) {}
