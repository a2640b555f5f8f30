package io.github.ovhrenewal.core;

import io.github.ovhrenewal.core.config.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Test doubles of the reliability tests: a clock that only moves when told, a sleeper that records. */
public final class Fakes {
  private Fakes() {}

  /** A clock that starts at a given instant and moves only by {@link #advance(Duration)}; thread-safe. */
  public static final class MutableClock extends Clock {
    private long millis;

    public MutableClock(Instant start) {
      this.millis = start.toEpochMilli();
    }

    public synchronized void advance(Duration by) {
      millis += by.toMillis();
    }

    @Override
    public synchronized long millis() {
      return millis;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis());
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }

  /**
   * A sleeper that never waits: it records each delay and, when given a clock, moves it forward by
   * that delay, as a real sleep would. Thread-safe.
   */
  public static final class RecordingSleeper implements Sleeper {
    private final List<Duration> delays = new ArrayList<>();
    private final MutableClock clock;

    public RecordingSleeper() {
      this(null);
    }

    public RecordingSleeper(MutableClock clock) {
      this.clock = clock;
    }

    @Override
    public void sleep(Duration duration) {
      synchronized (this) {
        delays.add(duration);
      }
      if (clock != null) {
        clock.advance(duration);
      }
    }

    public synchronized List<Duration> delays() {
      return List.copyOf(delays);
    }

    public synchronized Duration total() {
      return delays.stream().reduce(Duration.ZERO, Duration::plus);
    }
  }
}
