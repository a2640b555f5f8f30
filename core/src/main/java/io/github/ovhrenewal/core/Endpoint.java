package io.github.ovhrenewal.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where the OVH API is: one of the seven named endpoints that python-ovh and go-ovh know, or an
 * absolute URL (plain {@code http} only for loopback hosts, e.g. a local sandbox).
 *
 * <pre>{@code
 * Endpoint.of("ovh-eu").url();                    // https://eu.api.ovh.com/1.0
 * Endpoint.of("http://127.0.0.1:8080/1.0").url();  // a local sandbox
 * }</pre>
 */
public final class Endpoint {
  private static final Map<String, Endpoint> NAMED = new LinkedHashMap<>();

  /** OVHcloud Europe. */
  public static final Endpoint OVH_EU = named("ovh-eu", "https://eu.api.ovh.com/1.0", "https://www.ovh.com/auth/oauth2/token");
  /** OVHcloud Canada. */
  public static final Endpoint OVH_CA = named("ovh-ca", "https://ca.api.ovh.com/1.0", "https://ca.ovh.com/auth/oauth2/token");
  /** OVHcloud United States. */
  public static final Endpoint OVH_US = named("ovh-us", "https://api.us.ovhcloud.com/1.0", "https://us.ovhcloud.com/auth/oauth2/token");
  /** Kimsufi Europe. */
  public static final Endpoint KIMSUFI_EU = named("kimsufi-eu", "https://eu.api.kimsufi.com/1.0", null);
  /** Kimsufi Canada. */
  public static final Endpoint KIMSUFI_CA = named("kimsufi-ca", "https://ca.api.kimsufi.com/1.0", null);
  /** So you Start Europe. */
  public static final Endpoint SOYOUSTART_EU = named("soyoustart-eu", "https://eu.api.soyoustart.com/1.0", null);
  /** So you Start Canada. */
  public static final Endpoint SOYOUSTART_CA = named("soyoustart-ca", "https://ca.api.soyoustart.com/1.0", null);

  private final String name;
  private final String url;
  private final String oauth2TokenUrl;

  private Endpoint(String name, String url, String oauth2TokenUrl) {
    this.name = name;
    this.url = url;
    this.oauth2TokenUrl = oauth2TokenUrl;
  }

  private static Endpoint named(String name, String url, String tokenUrl) {
    Endpoint endpoint = new Endpoint(name, url, tokenUrl);
    NAMED.put(name, endpoint);
    return endpoint;
  }

  /**
   * Resolves an endpoint name of the table (case-insensitive) or an absolute URL.
   *
   * @param nameOrUrl e.g. {@code "ovh-eu"} or {@code "https://eu.api.ovh.com/1.0"}
   * @return the endpoint
   * @throws IllegalArgumentException naming the value and what is allowed
   */
  public static Endpoint of(String nameOrUrl) {
    if (nameOrUrl == null || nameOrUrl.isBlank()) {
      throw new IllegalArgumentException(
          "endpoint must not be " + (nameOrUrl == null ? "null" : "blank") + "; expected one of " + NAMED.keySet() + " or an absolute URL");
    }
    String trimmed = nameOrUrl.trim();
    Endpoint named = NAMED.get(trimmed.toLowerCase(Locale.ROOT));
    if (named != null) {
      return named;
    }
    if (!trimmed.contains("://")) {
      throw new IllegalArgumentException(
          "unknown endpoint '" + trimmed + "'; expected one of " + NAMED.keySet() + " or an absolute URL such as https://eu.api.ovh.com/1.0");
    }
    return new Endpoint(null, checkedUrl(trimmed), null);
  }

  private static String checkedUrl(String text) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("endpoint URL '" + text + "' is not a valid URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
      throw new IllegalArgumentException("endpoint URL '" + text + "' must be an absolute http(s) URL with a host");
    }
    if (uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
      throw new IllegalArgumentException("endpoint URL '" + text + "' must not carry a query, a fragment or user info");
    }
    if (scheme.equals("http") && !isLoopback(uri.getHost())) {
      // Signed requests over plain http would expose the consumer key to anyone on the path.
      throw new IllegalArgumentException(
          "endpoint URL '" + text + "' uses plain http; only loopback hosts (localhost, 127.0.0.1, [::1]) may, others need https");
    }
    String url = text;
    while (url.endsWith("/")) {
      url = url.substring(0, url.length() - 1);
    }
    return url;
  }

  private static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    // An IPv4 literal only: a DNS name such as 127.0.0.1.example.com may resolve anywhere.
    return h.equals("localhost") || h.matches("127(\\.[0-9]{1,3}){3}") || h.equals("[::1]") || h.equals("::1");
  }

  /**
   * The table's name of this endpoint.
   *
   * @return e.g. {@code "ovh-eu"}, or null for an endpoint given as a URL
   */
  public String name() {
    return name;
  }

  /**
   * The API's base URL, without trailing slash.
   *
   * @return e.g. {@code "https://eu.api.ovh.com/1.0"}
   */
  public String url() {
    return url;
  }

  /**
   * The OAuth2 token URL OVH publishes for this endpoint.
   *
   * @return the URL, or null when none is known (Kimsufi, So you Start, custom URLs)
   */
  public String oauth2TokenUrl() {
    return oauth2TokenUrl;
  }

  /**
   * The names of the endpoint table.
   *
   * @return e.g. {@code [ovh-eu, ovh-ca, ...]}
   */
  public static java.util.Set<String> names() {
    return java.util.Collections.unmodifiableSet(NAMED.keySet());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Endpoint && ((Endpoint) other).url.equals(url);
  }

  @Override
  public int hashCode() {
    return Objects.hash(url);
  }

  /** Returns the name and URL, e.g. {@code ovh-eu (https://eu.api.ovh.com/1.0)}. */
  @Override
  public String toString() {
    return name == null ? url : name + " (" + url + ")";
  }
}
