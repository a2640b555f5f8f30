package io.github.ovhrenewal.core.exception;

import java.time.Duration;

/** Too many requests (HTTP 429). OVH's guidance is about 60 requests a minute per consumer key. */
public final class OvhRateLimitedException extends OvhApiException {
  private static final long serialVersionUID = 1L;

  /** The server's {@code Retry-After} delay, or null. */
  private final Duration retryAfter;

  /**
   * Creates the exception from an error answer.
   *
   * @param error what the server answered
   * @param retryAfter the server's {@code Retry-After}, or null when it sent none
   */
  OvhRateLimitedException(ErrorResponse error, Duration retryAfter) {
    super(error);
    this.retryAfter = retryAfter;
  }

  /**
   * How long the server asked to wait.
   *
   * @return the {@code Retry-After} delay, or null
   */
  public Duration retryAfter() {
    return retryAfter;
  }
}
