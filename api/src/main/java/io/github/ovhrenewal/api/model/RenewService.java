package io.github.ovhrenewal.api.model;

/**
 * One service renewed by a strategy ({@code service.renew.Service}).
 *
 * @param serviceId the service's id
 * @param serviceName its name, e.g. {@code "example.ovh"}; null when the server omits it
 * @param serviceType its product, e.g. {@code "Domain .ovh"}
 */
public record RenewService(long serviceId, String serviceName, String serviceType) {}
