package io.github.ovhrenewal.api.model;

/**
 * The billing group a service belongs to ({@code services.expanded.Group}).
 *
 * @param id the billing group's id, or null
 */
public record ServiceBillingGroup(Long id) {}
