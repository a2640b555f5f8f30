/**
 * The ovh-renewal SDK: {@code RenewalClient} and its fluent API. Exports
 * {@code io.github.ovhrenewal.core}, its configuration ({@code core.config}) and its exceptions
 * ({@code core.exception}) and its fleet calls ({@code core.fleet}); {@code core.internal} and {@code core.util} are not an API and change
 * without notice.
 */
module io.github.ovhrenewal.core {
  requires transitive io.github.ovhrenewal.api;
  requires retrofit2.converter.moshi;
  requires okhttp3.logging;
  requires okio;

  exports io.github.ovhrenewal.core;
  exports io.github.ovhrenewal.core.config;
  exports io.github.ovhrenewal.core.exception;
  exports io.github.ovhrenewal.core.fleet;
}
