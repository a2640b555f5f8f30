package io.github.ovhrenewal.core.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a client was configured with, and where each setting came from, without any secret: for
 * diagnostics and a command line's {@code whoami}.
 *
 * <pre>{@code
 * client.configuration().describe().forEach(System.out::println);
 * // endpoint: ovh-eu (https://eu.api.ovh.com/1.0), from ~/.ovh.conf (/home/me/.ovh.conf) [default] line 2
 * // authentication: application key
 * // application_key: 7kbG7Bk7S9Nt7ZSV, from OVH_APPLICATION_KEY
 * // application_secret: set (hidden), from ~/.ovh.conf (/home/me/.ovh.conf) [ovh-eu] line 5
 * // consumer_key: set (hidden), from ~/.ovh.conf (/home/me/.ovh.conf) [ovh-eu] line 6
 * }</pre>
 *
 * <p>Keys are those of {@code ovh.conf}: {@value #ENDPOINT}, {@value #APPLICATION_KEY},
 * {@value #APPLICATION_SECRET}, {@value #CONSUMER_KEY}, {@value #CLIENT_ID}, {@value #CLIENT_SECRET},
 * {@value #OAUTH2_TOKEN_URL}.
 */
public final class ResolvedConfiguration {
  /** The endpoint's name or URL ({@code [default]} section, {@code OVH_ENDPOINT}). */
  public static final String ENDPOINT = "endpoint";
  /** The application key ({@code OVH_APPLICATION_KEY}). */
  public static final String APPLICATION_KEY = "application_key";
  /** The application secret ({@code OVH_APPLICATION_SECRET}); never shown. */
  public static final String APPLICATION_SECRET = "application_secret";
  /** The consumer key ({@code OVH_CONSUMER_KEY}); never shown. */
  public static final String CONSUMER_KEY = "consumer_key";
  /** The OAuth2 client id ({@code OVH_CLIENT_ID}). */
  public static final String CLIENT_ID = "client_id";
  /** The OAuth2 client secret ({@code OVH_CLIENT_SECRET}); never shown. */
  public static final String CLIENT_SECRET = "client_secret";
  /** The OAuth2 token URL ({@code OVH_OAUTH2_TOKEN_URL}); defaults to the endpoint's. */
  public static final String OAUTH2_TOKEN_URL = "oauth2_token_url";

  static final Set<String> SECRETS = Set.of(APPLICATION_SECRET, CONSUMER_KEY, CLIENT_SECRET);

  /** How the client authenticates its requests. */
  public enum AuthMethod {
    /** OVH's signature with an application key, its secret and a consumer key. */
    APPLICATION_KEY,
    /** An OAuth2 bearer token obtained with a service account's client id and secret. */
    OAUTH2
  }

  private final Endpoint endpoint;
  private final Credentials credentials;
  private final Map<String, String> sources;
  private final Map<String, Path> files;

  ResolvedConfiguration(Endpoint endpoint, Credentials credentials, Map<String, String> sources, Map<String, Path> files) {
    this.endpoint = endpoint;
    this.credentials = credentials;
    this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    this.files = Map.copyOf(files);
  }

  /**
   * The endpoint requests go to.
   *
   * @return the endpoint
   */
  public Endpoint endpoint() {
    return endpoint;
  }

  /**
   * How requests are authenticated.
   *
   * @return the method
   */
  public AuthMethod authMethod() {
    return credentials.method();
  }

  /**
   * The credentials, typed; they hold the secrets ({@link Credentials#toString()} never shows them).
   *
   * @return the credentials
   */
  public Credentials credentials() {
    return credentials;
  }

  /**
   * The application key (not a secret: it names the application).
   *
   * @return the key, or null with OAuth2
   */
  public String applicationKey() {
    return credentials.applicationKey();
  }

  /**
   * The OAuth2 client id (not a secret: it names the service account).
   *
   * @return the id, or null with an application key
   */
  public String clientId() {
    return credentials.clientId();
  }

  /**
   * The OAuth2 token URL in use: the one set, or the endpoint's.
   *
   * @return the URL, or null with an application key
   */
  public String oauth2TokenUrl() {
    return credentials.oauth2TokenUrl();
  }

  /**
   * Whether a setting has a value (secrets included, without showing them).
   *
   * @param key a key of this class, e.g. {@link #CONSUMER_KEY}
   * @return true if set
   */
  public boolean isSet(String key) {
    return sources.containsKey(key);
  }

  /**
   * Where a setting came from, e.g. {@code "OVH_CONSUMER_KEY"}, {@code "builder"} or
   * {@code "~/.ovh.conf (/home/me/.ovh.conf) [ovh-eu] line 6"}.
   *
   * @param key a key of this class, e.g. {@link #CONSUMER_KEY}
   * @return the source, or null when not set
   */
  public String sourceOf(String key) {
    return sources.get(key);
  }

  /**
   * The file a setting was read from, so that a tool can check who else may read it (a file that
   * holds a secret should be readable by its owner only).
   *
   * @param key a key of this class, e.g. {@link #CONSUMER_KEY}
   * @return the file, or null when the setting is not set or came from elsewhere (builder, environment)
   */
  public Path fileOf(String key) {
    return files.get(key);
  }

  /**
   * One line per setting that is set: its value (or {@code set (hidden)} for a secret) and its source.
   *
   * @return the lines, endpoint first
   */
  public List<String> describe() {
    List<String> lines = new ArrayList<>();
    lines.add(ENDPOINT + ": " + endpoint + ", from " + sourceOf(ENDPOINT));
    lines.add("authentication: " + (authMethod() == AuthMethod.OAUTH2 ? "OAuth2 client credentials" : "application key"));
    sources.forEach((key, source) -> {
      if (!key.equals(ENDPOINT)) {
        lines.add(key + ": " + (SECRETS.contains(key) ? "set (hidden)" : shown(key)) + ", from " + source);
      }
    });
    return lines;
  }

  private String shown(String key) {
    return switch (key) {
      case APPLICATION_KEY -> credentials.applicationKey();
      case CLIENT_ID -> credentials.clientId();
      case OAUTH2_TOKEN_URL -> credentials.oauth2TokenUrl();
      default -> "set";
    };
  }

  /** The settings as {@link #describe()} shows them, on one line; never a secret. */
  @Override
  public String toString() {
    return "ResolvedConfiguration[" + String.join("; ", describe()) + "]";
  }
}
