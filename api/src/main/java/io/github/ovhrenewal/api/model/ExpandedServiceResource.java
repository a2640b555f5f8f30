package io.github.ovhrenewal.api.model;

/**
 * The resource behind a service, as the {@code /services} API gives it ({@code services.expanded.Resource}).
 *
 * @param displayName the name shown in the control panel, or null
 * @param name the resource's name, e.g. {@code "vps112233.ovh.net"}: what an order's
 *     {@link OrderDetail#domain()} names, or null
 * @param product the product it is an instance of, or null
 * @param resellingProvider the subsidiary it is resold from, or null when sold directly
 * @param state the resource's state, or null
 */
public record ExpandedServiceResource(
    String displayName,
    String name,
    ServiceProduct product,
    ResellingProvider resellingProvider,
    ExpandedResourceState state) {}
