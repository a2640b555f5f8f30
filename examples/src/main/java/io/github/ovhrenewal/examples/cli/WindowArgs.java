package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.core.fleet.ProgressListener;
import io.github.ovhrenewal.core.fleet.ServiceSummary;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/**
 * The window {@code due} and {@code plan} look at: {@code --within 30d} (the default) or
 * {@code --before 2027-01-31}. A picocli mixin; {@link #window()} checks it before anything is sent.
 */
final class WindowArgs {
  /** The window when neither option is given. */
  static final String DEFAULT_WITHIN = "30d";

  static final String DURATION_FORMS = "a number of days, weeks, months or years such as 30d, 8w, 6m, 1y, or an ISO-8601 period such as P30D";

  // Upper bounds keep LocalDate arithmetic far from overflow and catch typos such as 30000y.
  private static final int MAX_DAYS = 36_600;
  private static final int MAX_WEEKS = 5_200;
  private static final int MAX_MONTHS = 1_200;
  private static final int MAX_YEARS = 100;
  private static final Pattern SHORT = Pattern.compile("(\\d+)([dwmy])");

  @Option(names = "--within", paramLabel = "DURATION",
      description = "Services that expire within DURATION from today (expired ones included): 30d, 8w, 6m, 1y or ISO P30D. Default: " + DEFAULT_WITHIN + ".")
  String within;

  @Option(names = "--before", paramLabel = "DATE",
      description = "Services that expire before DATE (ISO, e.g. 2027-01-31; that day excluded) instead of --within.")
  String before;

  /** The window asked for; throws IllegalArgumentException naming the value and what is allowed. */
  Window window() {
    if (within != null && before != null) {
      throw new IllegalArgumentException("--within " + within + " and --before " + before + " cannot be used together; give one of them");
    }
    if (before != null) {
      return new Window(null, parseDate(before), "before " + before.trim());
    }
    String text = within == null ? DEFAULT_WITHIN : within.trim();
    return new Window(parseDuration(text), null, "within " + text);
  }

  /**
   * Parses a duration: {@code 30d}, {@code 8w}, {@code 6m}, {@code 1y} (case ignored) or an
   * ISO-8601 period such as {@code P30D} or {@code P1Y2M}; zero or more, at most a century.
   *
   * @param text the option's value
   * @return the period
   * @throws IllegalArgumentException naming the text and the allowed forms
   */
  static Period parseDuration(String text) {
    String bad = "--within '" + text + "' is not a duration; expected " + DURATION_FORMS;
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("--within must not be blank; expected " + DURATION_FORMS);
    }
    String trimmed = text.trim().toLowerCase(Locale.ROOT);
    Matcher shortForm = SHORT.matcher(trimmed);
    Period period;
    if (shortForm.matches()) {
      // More than nine digits is too long whatever the unit, and would not fit an int.
      int amount = shortForm.group(1).length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(shortForm.group(1));
      period = switch (shortForm.group(2)) {
        case "d" -> amount <= MAX_DAYS ? Period.ofDays(amount) : null;
        case "w" -> amount <= MAX_WEEKS ? Period.ofWeeks(amount) : null;
        case "m" -> amount <= MAX_MONTHS ? Period.ofMonths(amount) : null;
        default -> amount <= MAX_YEARS ? Period.ofYears(amount) : null;
      };
      if (period == null) {
        throw new IllegalArgumentException("--within '" + text + "' is too long; at most " + MAX_DAYS + "d, "
            + MAX_WEEKS + "w, " + MAX_MONTHS + "m or " + MAX_YEARS + "y");
      }
      return period;
    }
    if (!trimmed.startsWith("p")) {
      throw new IllegalArgumentException(bad);
    }
    try {
      period = Period.parse(trimmed);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(bad);
    }
    if (period.isNegative()) {
      throw new IllegalArgumentException("--within '" + text + "' is negative; expected zero or more: " + DURATION_FORMS);
    }
    if (period.toTotalMonths() / 12 + period.getDays() / 366 > MAX_YEARS) {
      throw new IllegalArgumentException("--within '" + text + "' is too long; at most " + MAX_YEARS + " years");
    }
    return period;
  }

  /**
   * Parses an ISO date such as {@code 2027-01-31}.
   *
   * @param text the option's value
   * @return the day
   * @throws IllegalArgumentException naming the text and the allowed form
   */
  static LocalDate parseDate(String text) {
    try {
      return LocalDate.parse(text == null ? "" : text.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--before '" + text + "' is not a date; expected an ISO date such as 2027-01-31");
    }
  }

  /**
   * A window: within a period from today, or before a day.
   *
   * @param within the period, or null
   * @param before the first day not included, or null
   * @param text the window in the user's words, e.g. "within 30d" or "before 2027-01-31"
   */
  record Window(Period within, LocalDate before, String text) {

    /** The services of the account that expire in the window, soonest first. */
    List<ServiceSummary> expiring(RenewalClient client, ProgressListener<? super ServiceSummary> listener) {
      return within != null
          ? client.services().expiringWithin(within, listener)
          : client.services().expiringBefore(before, listener);
    }

    /** The window in the user's words, e.g. "within 30d" or "before 2027-01-31". */
    String describe() {
      return text;
    }
  }
}
