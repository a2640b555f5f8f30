package io.github.ovhrenewal.core.config;

import io.github.ovhrenewal.core.util.Arguments;
import io.github.ovhrenewal.core.util.UrlRules;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where the OVH API is: one of the seven named endpoints that python-ovh and go-ovh know, or an
 * absolute URL of scheme, host, port and path (plain {@code http} only for loopback hosts:
 * {@code localhost}, a literal {@code 127.0.0.0/8} address or {@code [::1]}, e.g. a local sandbox).
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
   * @throws IllegalArgumentException naming the value (user info hidden) and what is allowed: an
   *     unknown name, or a URL with user info, a query, a fragment, a {@code .} or {@code ..}
   *     segment, or plain http to a host that is not loopback
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
          "unknown endpoint '" + Arguments.bounded(UrlRules.redacted(trimmed)) + "'; expected one of " + NAMED.keySet() + " or an absolute URL such as https://eu.api.ovh.com/1.0");
    }
    return new Endpoint(null, checkedUrl(trimmed), null);
  }

  private static String checkedUrl(String text) {
    UrlRules.check("endpoint URL", text);
    String url = text;
    while (url.endsWith("/")) {
      url = url.substring(0, url.length() - 1);
    }
    return url;
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
