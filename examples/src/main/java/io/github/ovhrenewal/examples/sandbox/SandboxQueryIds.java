package io.github.ovhrenewal.examples.sandbox;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/** Unique {@code X-Ovh-QueryId} values shaped like OVH's: {@code EU.ext-3.6f2a9c1e.12345.0001}. */
final class SandboxQueryIds {

  private final String prefix;
  private final AtomicLong counter = new AtomicLong();

  SandboxQueryIds(int port) {
    // A random part per sandbox keeps ids unique across sandboxes in one test run.
    this.prefix = String.format("EU.ext-3.%08x.%d.", new SecureRandom().nextInt(), port);
  }

  String next() {
    return prefix + String.format("%04d", counter.incrementAndGet());
  }
}
