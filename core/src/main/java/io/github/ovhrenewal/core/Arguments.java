package io.github.ovhrenewal.core;

import java.util.regex.Pattern;

/** Checks of caller arguments, so that bad input fails with a clear message before any request. */
final class Arguments {
  private static final Pattern ROUTE = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*");

  private Arguments() {}

  static long positiveId(String name, long id) {
    if (id <= 0) {
      throw new IllegalArgumentException(name + " must be a positive number, got " + id);
    }
    return id;
  }

  static String notBlank(String name, String value) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  static <T> T notNull(String name, T value) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  /** A product route such as {@code /vps} or {@code hosting/web}, returned without outer slashes. */
  static String route(String route) {
    notBlank("route", route);
    String trimmed = route.trim();
    String bare = trimmed.replaceAll("^/+", "").replaceAll("/+$", "");
    if (!ROUTE.matcher(bare).matches()) {
      throw new IllegalArgumentException(
          "route '" + route + "' is not a product route; expected path segments of letters, digits, '-' or '_', e.g. /vps, /domain, /hosting/web, /dedicated/server");
    }
    return bare;
  }

  /** A service name as it appears in a product path, e.g. {@code vps112233.ovh.net}. */
  static String serviceName(String serviceName) {
    notBlank("serviceName", serviceName);
    String trimmed = serviceName.trim();
    if (trimmed.equals(".") || trimmed.equals("..")) {
      throw new IllegalArgumentException("serviceName '" + serviceName + "' is not a service name");
    }
    return trimmed;
  }
}
