/**
 * Retrofit interfaces of the OVH API v1 operations used to renew services, for power users who
 * want the wire level. Build them over a base URL ending in {@code /1.0/} with
 * {@code MoshiConverterFactory.create(OvhJson.moshi())}; requests still need OVH's signature,
 * which {@code RenewalClient} adds.
 */
package io.github.ovhrenewal.api;
