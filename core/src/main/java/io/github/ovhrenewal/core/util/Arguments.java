package io.github.ovhrenewal.core.util;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Checks of caller arguments, so that bad input fails with a clear message before any request,
 * shared by every layer of the SDK (facade, configuration, policies).
 *
 * <p>Internal: not part of the SDK's API (its package is not exported).
 */
public final class Arguments {
  private static final Pattern ROUTE = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*");
  // Messages stay short whatever the caller passed: a log line or a terminal must not receive megabytes.
  private static final int MAX_CHARS = 200;
  private static final int MAX_ITEMS = 10;

  private Arguments() {}

  /**
   * An id that must be positive.
   *
   * @param name how the message names it
   * @param id the id
   * @return the id
   * @throws IllegalArgumentException naming the value when it is zero or negative
   */
  public static long positiveId(String name, long id) {
    if (id <= 0) {
      throw new IllegalArgumentException(name + " must be a positive number, got " + id);
    }
    return id;
  }

  /**
   * A text that must be neither null nor blank.
   *
   * @param name how the message names it
   * @param value the text
   * @return the text
   * @throws IllegalArgumentException when null or blank
   */
  public static String notBlank(String name, String value) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /**
   * A value that must not be null.
   *
   * @param name how the message names it
   * @param value the value
   * @param <T> its type
   * @return the value
   * @throws IllegalArgumentException when null
   */
  public static <T> T notNull(String name, T value) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  /**
   * A product route such as {@code /vps} or {@code hosting/web}.
   *
   * @param route the route
   * @return the route without outer slashes
   * @throws IllegalArgumentException naming the value and what a route looks like
   */
  public static String route(String route) {
    notBlank("route", route);
    String trimmed = route.trim();
    String bare = trimmed.replaceAll("^/+", "").replaceAll("/+$", "");
    if (!ROUTE.matcher(bare).matches()) {
      throw new IllegalArgumentException(
          "route '" + bounded(route) + "' is not a product route; expected path segments of letters, digits, '-' or '_', e.g. /vps, /domain, /hosting/web, /dedicated/server");
    }
    return bare;
  }

  /**
   * A service name as it appears in a product path, e.g. {@code vps112233.ovh.net}. Surrounding
   * blanks are refused, not trimmed: the caller's text is not the name OVH shows, and silently
   * asking for another name than the one given is not ours to do on a path that leads to an order.
   *
   * @param serviceName the name
   * @return the name, unchanged
   * @throws IllegalArgumentException naming the value when blank, padded, or a dot segment
   */
  public static String serviceName(String serviceName) {
    notBlank("serviceName", serviceName);
    if (isBlank(serviceName.charAt(0)) || isBlank(serviceName.charAt(serviceName.length() - 1))) {
      throw new IllegalArgumentException("serviceName '" + bounded(serviceName)
          + "' has leading or trailing blanks; expected the name exactly as OVH shows it, e.g. vps112233.ovh.net");
    }
    if (serviceName.equals(".") || serviceName.equals("..")) {
      throw new IllegalArgumentException("serviceName '" + serviceName + "' is not a service name");
    }
    return serviceName;
  }

  // Wider than String.strip(): a no-break space pasted from a web page is just as invisible.
  private static boolean isBlank(char c) {
    return c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * Text for a message: as is when short, else its start and its length.
   *
   * @param text the text, or null
   * @return e.g. {@code "abc"}, or {@code "aaaa… (5000 chars)"}
   */
  public static String bounded(String text) {
    if (text == null) {
      return "null";
    }
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
    return text.substring(0, end) + "… (" + text.length() + " chars)";
  }

  /**
   * Values for a message: {@code [1, 2, 3]} when few and short, else their count and the first
   * ones, e.g. {@code 200000 ids, first: [1, 2, 3, …]}.
   *
   * @param values the values, or null
   * @param noun what the values are, in the plural, e.g. {@code "ids"}
   * @return the bounded text
   */
  public static String bounded(Collection<?> values, String noun) {
    if (values == null) {
      return "null";
    }
    StringBuilder shown = new StringBuilder("[");
    int count = 0;
    for (Object value : values) {
      if (count == MAX_ITEMS || shown.length() > MAX_CHARS) {
        break;
      }
      if (count > 0) {
        shown.append(", ");
      }
      shown.append(bounded(String.valueOf(value)));
      count++;
    }
    if (count == values.size()) {
      return shown.append(']').toString();
    }
    return values.size() + " " + noun + ", first: " + shown.append(", …]");
  }
}
