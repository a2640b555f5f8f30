/**
 * The ovh-renewal SDK: {@code RenewalClient} and its fluent API. Only {@code io.github.ovhrenewal.core}
 * is exported; {@code io.github.ovhrenewal.core.internal} is not an API.
 */
module io.github.ovhrenewal.core {
  requires transitive io.github.ovhrenewal.api;
  requires retrofit2.converter.moshi;
  requires okhttp3.logging;
  requires okio;

  exports io.github.ovhrenewal.core;
  exports io.github.ovhrenewal.core.config;
  exports io.github.ovhrenewal.core.exception;
}
