package io.github.ovhrenewal.api.model;

/**
 * The resource behind a service ({@code service.Resource}).
 *
 * @param displayName the name shown in the control panel
 * @param name the resource's name, e.g. {@code "vps112233.ovh.net"}, or null
 * @param state the resource's state, or null
 */
public record ServiceResource(String displayName, String name, ResourceState state) {}
