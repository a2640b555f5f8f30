package io.github.ovhrenewal.api.model;

import java.time.Period;
import java.util.Map;
import java.util.Objects;

/**
 * How long a renewal lasts: an ISO-8601 period of months or years ({@code P1M}, {@code P3M},
 * {@code P1Y}...), as {@code renewPeriod} and {@code duration} carry it on the wire.
 *
 * <p>Two periods are equal when they last the same number of months, so {@code P12M} equals
 * {@code P1Y}; {@link #toString()} keeps the text as it was given or received, because an order
 * must send back the exact duration the server offered.
 *
 * <p>{@link #parse(String)} and {@link #of(Period)} are strict: whole months or years, from one
 * month to {@value #MAX_MONTHS} months (ten years), as OVH offers them ({@code possibleRenewPeriod}
 * counts months). {@link #fromWire(String)} accepts anything the server sends and keeps it, so that
 * an answer never fails on an odd value; whether such a period can be ordered is for the offers to
 * say, not for this type.
 */
public final class RenewPeriod {
  /** One month. */
  public static final RenewPeriod P1M = new RenewPeriod("P1M", 1);
  /** Three months. */
  public static final RenewPeriod P3M = new RenewPeriod("P3M", 3);
  /** Six months. */
  public static final RenewPeriod P6M = new RenewPeriod("P6M", 6);
  /** One year. */
  public static final RenewPeriod P1Y = new RenewPeriod("P1Y", 12);
  /** Two years. */
  public static final RenewPeriod P2Y = new RenewPeriod("P2Y", 24);
  /** Three years. */
  public static final RenewPeriod P3Y = new RenewPeriod("P3Y", 36);

  /** The longest period a caller may ask for, in months: ten years. */
  public static final int MAX_MONTHS = 120;

  private static final String ALLOWED = "an ISO-8601 period of whole months or years from P1M to P10Y (1 to "
      + MAX_MONTHS + " months), such as P1M, P3M, P6M, P1Y, P2Y, P3Y";
  // Longer than any period of 1 to 120 months needs; bounds the text a message echoes.
  private static final int MAX_TEXT = 24;

  // The periods OVH sends nearly always, by their exact wire text: a response lists them for every
  // offer and every service, and parsing each with Period.parse (a regular expression) showed in
  // profiles. Only exact texts are here, so what a caller reads back (toString) is what was sent.
  private static final Map<String, RenewPeriod> BY_WIRE_TEXT = Map.of(
      "P1M", P1M, "P3M", P3M, "P6M", P6M, "P1Y", P1Y, "P2Y", P2Y, "P3Y", P3Y);

  private final String text;
  // Total months, or -1 for a server value that is not a period of months/years (kept, never matched by length).
  private final int months;

  private RenewPeriod(String text, int months) {
    this.text = text;
    this.months = months;
  }

  /**
   * Parses a period given by a caller, strictly.
   *
   * @param text e.g. {@code "P1Y"} or {@code "P3M"}
   * @return the period
   * @throws IllegalArgumentException naming the text and what is allowed, if it is not a period
   *     of whole months or years from one month to ten years
   */
  public static RenewPeriod parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("renew period must not be null; expected " + ALLOWED);
    }
    if (text.trim().length() > MAX_TEXT) {
      throw new IllegalArgumentException("renew period '" + text.trim().substring(0, MAX_TEXT) + "…' ("
          + text.trim().length() + " characters) is not valid; expected " + ALLOWED);
    }
    Period period;
    try {
      period = Period.parse(text.trim());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("renew period '" + text + "' is not valid; expected " + ALLOWED);
    }
    return checked(period, text.trim());
  }

  /**
   * Converts a {@link Period}, strictly.
   *
   * @param period e.g. {@code Period.ofMonths(3)}
   * @return the period, printed in ISO form ({@code P3M})
   * @throws IllegalArgumentException if it is null, has days, or is not from one month to ten years
   */
  public static RenewPeriod of(Period period) {
    if (period == null) {
      throw new IllegalArgumentException("renew period must not be null; expected " + ALLOWED);
    }
    return checked(period, period.toString());
  }

  /**
   * Reads a period as the server sent it. Never fails on a non-blank text: an unusual value is
   * kept as text so that the response still parses.
   *
   * @param text the wire text
   * @return the period
   * @throws IllegalArgumentException if {@code text} is null or blank
   */
  public static RenewPeriod fromWire(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("renew period must not be blank; expected " + ALLOWED);
    }
    RenewPeriod known = BY_WIRE_TEXT.get(text);
    if (known != null) {
      return known;
    }
    try {
      Period period = Period.parse(text);
      if (period.getDays() == 0 && period.toTotalMonths() > 0) {
        return new RenewPeriod(text, Math.toIntExact(period.toTotalMonths()));
      }
    } catch (RuntimeException e) {
      // Not ISO-8601: keep the text, as with any open value.
    }
    return new RenewPeriod(text, -1);
  }

  private static RenewPeriod checked(Period period, String text) {
    if (period.getDays() != 0 || period.isNegative() || period.toTotalMonths() < 1 || period.toTotalMonths() > MAX_MONTHS) {
      throw new IllegalArgumentException("renew period '" + text + "' is not valid; expected " + ALLOWED);
    }
    return new RenewPeriod(text, Math.toIntExact(period.toTotalMonths()));
  }

  /**
   * The length in months.
   *
   * @return the number of months, or -1 for a server value that is not months or years
   */
  public int totalMonths() {
    return months;
  }

  /**
   * This period as a {@link Period}, normalized to years and months.
   *
   * @return the period
   * @throws IllegalStateException if this is a server value that is not months or years
   */
  public Period toPeriod() {
    if (months < 0) {
      throw new IllegalStateException("renew period '" + text + "' is not a period of months or years");
    }
    return Period.ofMonths(months).normalized();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof RenewPeriod)) {
      return false;
    }
    RenewPeriod that = (RenewPeriod) other;
    return months >= 0 ? months == that.months : that.months < 0 && text.equals(that.text);
  }

  @Override
  public int hashCode() {
    return months >= 0 ? Integer.hashCode(months) : Objects.hash(text);
  }

  /** Returns the ISO-8601 text, exactly as given or received (e.g. {@code P1Y}). */
  @Override
  public String toString() {
    return text;
  }
}
