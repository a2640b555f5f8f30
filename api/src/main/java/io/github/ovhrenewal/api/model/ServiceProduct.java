package io.github.ovhrenewal.api.model;

/**
 * The product a service's resource is an instance of ({@code services.expanded.Product}).
 *
 * @param description the product as people read it, e.g. {@code "VPS Value 1-2-40"}, or null
 * @param name the product's name, e.g. {@code "vps-value-1-2-40"}, or null
 */
public record ServiceProduct(String description, String name) {}
