package io.github.ovhrenewal.core.internal;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.LongSupplier;

/**
 * The OVH server's time, as the local clock plus an offset read from {@code GET /auth/time}.
 *
 * <p>Local clocks drift and OVH refuses timestamps that are off ({@code QUERY_TIME_OUT}), so every
 * signature uses this clock. The offset is read lazily, on the first signed request, and again
 * only when the server refuses a timestamp signed with the latest reading.
 *
 * <p>Each reading has a generation. A request remembers the generation that signed it; when it
 * is refused, {@link #resync(long)} reads the time again only if no newer reading exists. So when
 * many threads are refused at once, one of them reads and the others retry with its reading: one
 * {@code /auth/time} per refusal episode, not one per thread. The one read happens outside any
 * lock (it is an HTTP call, which may wait for the rate limiter); the others wait for its result.
 *
 * <p>Internal: not part of the SDK's API.
 */
final class ServerClock {
  /** One reading of the offset: server minus local seconds, and which reading it is (from 1). */
  record Reading(long offsetSeconds, long generation) {}

  private final LongSupplier serverTimeSeconds;
  private final Clock localClock;
  private final Object lock = new Object();
  private volatile Reading current;
  private CompletableFuture<Reading> inFlight; // guarded by lock
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

  /** The server's current Unix time, and the generation of the reading it comes from. */
  Reading now() {
    Reading reading = reading();
    return new Reading(localClock.instant().getEpochSecond() + reading.offsetSeconds(), reading.generation());
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
    return reading().offsetSeconds();
  }

  private Reading reading() {
    Reading known = current;
    return known != null ? known : refresh(0);
  }

  /**
   * Reads the server time again after it refused a timestamp signed with reading
   * {@code refusedGeneration}, unless a newer reading already exists.
   *
   * @param refusedGeneration the generation that signed the refused request
   */
  void resync(long refusedGeneration) {
    refresh(refusedGeneration);
  }

  /** Reads the server time again, whatever the current reading. */
  public void resync() {
    Reading known = current;
    refresh(known == null ? 0 : known.generation());
  }

  /**
   * Makes sure a reading newer than {@code stale} exists: reads it, or waits for the thread that
   * is reading it.
   */
  private Reading refresh(long stale) {
    CompletableFuture<Reading> pending;
    boolean reader = false;
    synchronized (lock) {
      Reading known = current;
      if (known != null && known.generation() > stale) {
        return known;
      }
      if (inFlight == null) {
        inFlight = new CompletableFuture<>();
        reader = true;
      }
      pending = inFlight;
    }
    if (reader) {
      read(pending, stale);
    }
    try {
      return pending.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
    }
  }

  private void read(CompletableFuture<Reading> pending, long stale) {
    try {
      long server = serverTimeSeconds.getAsLong();
      long generation = Math.max(stale, current == null ? 0 : current.generation()) + 1;
      Reading reading = new Reading(server - localClock.instant().getEpochSecond(), generation);
      synchronized (lock) {
        syncCount++;
        current = reading;
        inFlight = null;
      }
      pending.complete(reading);
    } catch (RuntimeException | Error e) {
      synchronized (lock) {
        inFlight = null;
      }
      pending.completeExceptionally(e);
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
}
