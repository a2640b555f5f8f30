package io.github.ovhrenewal.core.internal;

import java.io.IOException;

/**
 * An answer's body went past the client's cap, and reading stopped there. An {@link IOException}
 * so that it travels up OkHttp's chain like any failure to read; never retried, since the same
 * request would get the same answer.
 */
final class ResponseTooLargeException extends IOException {
  private final long maxBytes;

  ResponseTooLargeException(long maxBytes, String detail) {
    super("the answer's body is larger than the limit of " + BodyCap.describe(maxBytes) + " (" + detail
        + "); raise it with RenewalClient.Builder.maxResponseBytes if this answer is expected");
    this.maxBytes = maxBytes;
  }

  long maxBytes() {
    return maxBytes;
  }
}
