package io.github.ovhrenewal.core.internal;

import java.time.Clock;
import java.util.function.LongSupplier;

/**
 * The OVH server's time, as the local clock plus an offset read once from {@code GET /auth/time}.
 *
 * <p>Local clocks drift and OVH refuses timestamps that are off ({@code QUERY_TIME_OUT}), so every
 * signature uses this clock. The offset is read lazily, on the first signed request, exactly once
 * however many threads ask at the same time; {@link #resync()} reads it again (after a refused
 * timestamp), never per request.
 *
 * <p>Internal: not part of the SDK's API.
 */
public final class ServerClock {
  private final LongSupplier serverTimeSeconds;
  private final Clock localClock;
  private final Object lock = new Object();
  private volatile Long offsetSeconds;
  private volatile int syncCount;

  /**
   * Creates a clock that has not read the server time yet.
   *
   * @param serverTimeSeconds reads the server's Unix time (the {@code /auth/time} call)
   * @param localClock the local clock
   */
  public ServerClock(LongSupplier serverTimeSeconds, Clock localClock) {
    this.serverTimeSeconds = serverTimeSeconds;
    this.localClock = localClock;
  }

  /**
   * The server's current Unix time in seconds.
   *
   * @return local seconds corrected by the server offset
   */
  public long nowSeconds() {
    return localClock.instant().getEpochSecond() + offset();
  }

  /**
   * The server's current time in milliseconds, for reconciliation windows.
   *
   * @return local milliseconds corrected by the server offset
   */
  public long nowMillis() {
    return localClock.millis() + offset() * 1000L;
  }

  /**
   * The offset in seconds between the server's clock and the local one, reading it if needed.
   *
   * @return server minus local
   */
  public long offset() {
    Long known = offsetSeconds;
    if (known != null) {
      return known;
    }
    synchronized (lock) {
      if (offsetSeconds == null) {
        offsetSeconds = readOffset();
      }
      return offsetSeconds;
    }
  }

  /** Reads the server time again, e.g. after the server refused a timestamp. */
  public void resync() {
    synchronized (lock) {
      offsetSeconds = readOffset();
    }
  }

  /**
   * How many times the server time was read, for diagnostics and tests.
   *
   * @return the number of {@code /auth/time} reads
   */
  public int syncCount() {
    return syncCount;
  }

  private long readOffset() {
    long server = serverTimeSeconds.getAsLong();
    syncCount++;
    return server - localClock.instant().getEpochSecond();
  }
}
