package io.github.ovhrenewal.core.config;

import java.time.Duration;

/**
 * When the SDK tries a call again. Only calls that are safe to repeat are ever retried: GET, PUT,
 * DELETE, and the dry-run {@code POST /service/{id}/renew} (a quote). An order and a payment are
 * never retried, whatever the policy.
 *
 * <p>Retried: connection failures and timeouts, 5xx answers, 429 (waiting what {@code Retry-After}
 * asks, capped by {@link #maxRetryAfter()}), 408, and HTML pages from proxies. The delay grows
 * exponentially from {@link #initialBackoff()} to {@link #maxBackoff()}, with jitter so that many
 * clients do not retry in step. Retries stop at {@link #maxAttempts()} or when the next wait would
 * pass {@link #maxElapsed()}; the final exception says how many attempts were made.
 *
 * <pre>{@code
 * RenewalClient.builder().retryPolicy(RetryPolicy.builder().maxAttempts(5).build());
 * RenewalClient.builder().retryPolicy(RetryPolicy.none());
 * }</pre>
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;
  private final Duration maxElapsed;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.initialBackoff = builder.initialBackoff;
    this.maxBackoff = builder.maxBackoff;
    this.maxRetryAfter = builder.maxRetryAfter;
    this.maxElapsed = builder.maxElapsed;
  }

  /**
   * The default: 3 attempts, 500 ms doubling up to 5 s, {@code Retry-After} honoured up to 30 s,
   * at most 45 s spent retrying.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * No retry at all: every call is tried once.
   *
   * @return the policy
   */
  public static RetryPolicy none() {
    return NONE;
  }

  /**
   * A policy starting from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Attempts in all, the first included.
   *
   * @return at least 1
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * The delay before the first retry, before jitter.
   *
   * @return the delay
   */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /**
   * The longest delay between two attempts, before jitter.
   *
   * @return the cap
   */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /**
   * The longest {@code Retry-After} honoured; a longer one ends the retries.
   *
   * @return the cap
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * The most time spent on one call's retries, waits included.
   *
   * @return the bound
   */
  public Duration maxElapsed() {
    return maxElapsed;
  }

  /**
   * The delay before retry number {@code retry}: exponential, capped, with "equal jitter" (half
   * fixed, half random) so that it never drops to nothing yet clients spread out.
   *
   * @param retry 1 for the first retry
   * @param random a number in [0, 1)
   * @return the delay
   * @throws IllegalArgumentException if {@code retry} is not positive or {@code random} is not in [0, 1)
   */
  public Duration backoff(int retry, double random) {
    if (retry < 1) {
      throw new IllegalArgumentException("retry must be 1 or more, got " + retry);
    }
    if (!(random >= 0 && random < 1)) {
      throw new IllegalArgumentException("random must be in [0, 1), got " + random);
    }
    long initial = initialBackoff.toMillis();
    long cap = maxBackoff.toMillis();
    long exponential = retry >= 31 ? cap : Math.min(cap, initial * (1L << (retry - 1)));
    long half = exponential / 2;
    return Duration.ofMillis(half + (long) (random * (exponential - half)));
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff + ", maxBackoff=" + maxBackoff
        + ", maxRetryAfter=" + maxRetryAfter + ", maxElapsed=" + maxElapsed + "]";
  }

  /** Builds a {@link RetryPolicy}; every value is checked as it is set. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(5);
    private Duration maxRetryAfter = Duration.ofSeconds(30);
    private Duration maxElapsed = Duration.ofSeconds(45);

    private Builder() {}

    /**
     * Attempts in all, the first included; 1 means no retry.
     *
     * @param maxAttempts from 1 to 10
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1 || maxAttempts > 10) {
        throw new IllegalArgumentException("maxAttempts must be from 1 to 10, got " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * The delay before the first retry.
     *
     * @param delay positive
     * @return this builder
     */
    public Builder initialBackoff(Duration delay) {
      this.initialBackoff = positive("initialBackoff", delay);
      return this;
    }

    /**
     * The longest delay between attempts.
     *
     * @param delay positive
     * @return this builder
     */
    public Builder maxBackoff(Duration delay) {
      this.maxBackoff = positive("maxBackoff", delay);
      return this;
    }

    /**
     * The longest {@code Retry-After} honoured.
     *
     * @param delay zero or positive
     * @return this builder
     */
    public Builder maxRetryAfter(Duration delay) {
      if (delay == null || delay.isNegative()) {
        throw new IllegalArgumentException("maxRetryAfter must be zero or positive, got " + delay);
      }
      this.maxRetryAfter = delay;
      return this;
    }

    /**
     * The most time spent retrying one call.
     *
     * @param bound positive
     * @return this builder
     */
    public Builder maxElapsed(Duration bound) {
      this.maxElapsed = positive("maxElapsed", bound);
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     * @throws IllegalArgumentException if initialBackoff is longer than maxBackoff
     */
    public RetryPolicy build() {
      if (initialBackoff.compareTo(maxBackoff) > 0) {
        throw new IllegalArgumentException("initialBackoff " + initialBackoff + " must not exceed maxBackoff " + maxBackoff);
      }
      return new RetryPolicy(this);
    }

    private static Duration positive(String name, Duration value) {
      if (value == null || value.isZero() || value.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive, got " + value);
      }
      return value;
    }
  }
}
