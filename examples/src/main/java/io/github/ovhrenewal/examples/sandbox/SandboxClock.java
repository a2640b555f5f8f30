package io.github.ovhrenewal.examples.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The sandbox's own clock: the real clock plus a settable offset, to simulate clock skew. */
final class SandboxClock {

  /** OVH writes datetimes with a numeric offset ({@code +00:00}), never {@code Z}. */
  static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

  private final Clock base;
  private volatile Duration offset = Duration.ZERO;

  SandboxClock(Clock base) {
    this.base = base;
  }

  Instant now() {
    return base.instant().plus(offset);
  }

  OffsetDateTime nowUtc() {
    return now().atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
  }

  LocalDate today() {
    return nowUtc().toLocalDate();
  }

  long unixSeconds() {
    return now().getEpochSecond();
  }

  void offset(Duration newOffset) {
    this.offset = newOffset;
  }

  static String format(OffsetDateTime dateTime) {
    return dateTime == null ? null : DATETIME.format(dateTime);
  }
}
