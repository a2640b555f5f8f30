package io.github.ovhrenewal.core.config;

import java.time.Duration;

/**
 * Waits between retries and for the rate limit. The default really sleeps; tests inject one that
 * records the delays and returns at once, so no test ever waits.
 */
@FunctionalInterface
public interface Sleeper {
  /** The sleeper that really sleeps. */
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

  /**
   * Waits.
   *
   * @param duration how long, never negative
   * @throws InterruptedException if the thread is interrupted
   */
  void sleep(Duration duration) throws InterruptedException;
}
