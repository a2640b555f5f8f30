/**
 * How a client is configured: the {@link io.github.ovhrenewal.core.config.Endpoint}, where settings
 * come from ({@link io.github.ovhrenewal.core.config.ConfigurationSources}, {@code ovh.conf}), what
 * was resolved ({@link io.github.ovhrenewal.core.config.ResolvedConfiguration}, with its typed
 * {@link io.github.ovhrenewal.core.config.Credentials}), consumer-key rules
 * ({@link io.github.ovhrenewal.core.config.AccessRules}) and the retry policy.
 */
package io.github.ovhrenewal.core.config;
