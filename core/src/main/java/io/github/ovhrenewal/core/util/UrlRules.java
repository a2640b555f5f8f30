package io.github.ovhrenewal.core.util;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one rule for every URL the SDK sends requests to, the API endpoint and the OAuth2 token URL
 * alike: an absolute URL of scheme, host, optional port and path, over https, or plain http to a
 * loopback host (a local sandbox). Signed requests and the OAuth2 client secret would otherwise
 * travel in clear text, and a dot segment, a query or user info would make the requests go
 * somewhere else than the URL the caller reads.
 *
 * <p>Loopback is decided on the text alone, never by resolving a name: {@code localhost}, a
 * literal {@code 127.0.0.0/8} address or {@code [::1]}. A name such as {@code 127.0.0.1.nip.io}
 * may resolve to any machine.
 */
public final class UrlRules {
  // Internal: not part of the SDK's API (its package is not exported).
  static final String LOOPBACK_HOSTS = "localhost, 127.0.0.0/8, [::1]";

  private static final String EXAMPLE = "https://eu.api.ovh.com/1.0";
  private static final String PARTS_ALLOWED = "expected only a scheme, a host, a port and a path, such as " + EXAMPLE;
  // Decimal octets of 0 to 255 without leading zeros: some resolvers read 0177 as octal.
  private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])";
  private static final Pattern LOOPBACK_IPV4 = Pattern.compile("127\\." + OCTET + "\\." + OCTET + "\\." + OCTET);

  private UrlRules() {}

  /**
   * Checks a URL the SDK will send requests to.
   *
   * @param what how messages name the URL, e.g. {@code "endpoint URL"}
   * @param text the URL, trimmed
   * @return the parsed URL
   * @throws IllegalArgumentException naming the URL (user info redacted) and what is allowed
   */
  public static URI check(String what, String text) {
    if (text == null) {
      throw new IllegalArgumentException(what + " must not be null; expected an absolute https URL such as " + EXAMPLE);
    }
    String shown = what + " '" + Arguments.bounded(redacted(text)) + "'";
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      // The reason only: the exception's own message repeats the whole text, user info included.
      throw new IllegalArgumentException(shown + " is not a valid URL (" + e.getReason() + "); expected an absolute https URL such as " + EXAMPLE);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
      throw new IllegalArgumentException(shown + " must be an absolute https URL with a host, such as " + EXAMPLE
          + " (plain http only for loopback hosts: " + LOOPBACK_HOSTS + ")");
    }
    if (uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException(shown + " must not carry user info (user:password@); " + PARTS_ALLOWED);
    }
    if (uri.getRawQuery() != null) {
      throw new IllegalArgumentException(shown + " must not carry a query (?…); " + PARTS_ALLOWED);
    }
    if (uri.getRawFragment() != null) {
      throw new IllegalArgumentException(shown + " must not carry a fragment (#…); " + PARTS_ALLOWED);
    }
    if (hasDotSegment(uri)) {
      throw new IllegalArgumentException(shown + " must not hold a '.' or '..' path segment, even percent-encoded: "
          + "the requests would go to another path; expected a plain path such as " + EXAMPLE);
    }
    if (scheme.equals("http") && !isLoopback(uri.getHost())) {
      throw new IllegalArgumentException(shown + " uses plain http; https is required, except for loopback hosts ("
          + LOOPBACK_HOSTS + ")");
    }
    return uri;
  }

  /**
   * Whether a URL's host is loopback, from its text alone.
   *
   * @param host as {@link URI#getHost()} gives it ({@code [::1]} with brackets)
   * @return true for {@code localhost}, {@code 127.0.0.0/8} and {@code [::1]}
   */
  public static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost") || h.equals("[::1]") || LOOPBACK_IPV4.matcher(h).matches();
  }

  /** OkHttp, like browsers, resolves {@code .} and {@code ..} segments, {@code %2e} spellings included. */
  private static boolean hasDotSegment(URI uri) {
    String path = uri.getPath();
    if (path == null) {
      return false;
    }
    for (String segment : path.split("/", -1)) {
      if (segment.equals(".") || segment.equals("..")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A URL for a message, without its user info: {@code https://***@host/…}.
   *
   * <p>Everything between the scheme and the last {@code @} is hidden, even when the text does not
   * parse: a password may hold {@code /}, {@code ?} or {@code #}, so where the user info ends
   * cannot be trusted.
   *
   * @param text the URL as given
   * @return the text with its user info replaced by {@code ***}
   */
  public static String redacted(String text) {
    int scheme = text.indexOf("://");
    int start = scheme < 0 ? 0 : scheme + 3;
    int at = text.lastIndexOf('@');
    if (at < start) {
      return text;
    }
    return text.substring(0, start) + "***" + text.substring(at);
  }
}
