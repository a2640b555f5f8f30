package io.github.ovhrenewal.core.internal;

import io.github.ovhrenewal.core.config.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * A client-side limit of requests per minute, shared by every thread of one client, so that a
 * fleet-wide job stays under OVH's guidance (about 60 a minute per consumer key) instead of
 * being answered 429.
 *
 * <p>A token bucket in its GCRA form: up to a minute's worth of requests may go at once, after
 * which they are spaced evenly. Each request reserves its slot under a lock and waits outside it,
 * so waiting threads do not block each other's bookkeeping. Every attempt counts, retries included.
 *
 * <p>Internal: not part of the SDK's API.
 */
final class RateLimiter implements Interceptor {
  private final double intervalMillis;
  private final int burst;
  private final Clock clock;
  private final Sleeper sleeper;
  private double theoreticalArrival;

  /**
   * Creates a limiter.
   *
   * @param requestsPerMinute the limit, positive
   * @param clock the clock
   * @param sleeper waits when the limit is reached
   */
  public RateLimiter(int requestsPerMinute, Clock clock, Sleeper sleeper) {
    this.intervalMillis = 60_000.0 / requestsPerMinute;
    this.burst = requestsPerMinute;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * Reserves the next slot.
   *
   * @return how long to wait before sending, zero when there is room
   */
  synchronized Duration reserve() {
    double now = clock.millis();
    double start = Math.max(theoreticalArrival, now);
    double wait = start - (burst - 1) * intervalMillis - now;
    theoreticalArrival = start + intervalMillis;
    return wait > 0 ? Duration.ofMillis((long) Math.ceil(wait)) : Duration.ZERO;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Duration wait = reserve();
    if (!wait.isZero()) {
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the rate limit");
      }
    }
    return chain.proceed(chain.request());
  }
}
