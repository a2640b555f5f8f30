package io.github.ovhrenewal.core.config;

import io.github.ovhrenewal.core.config.ResolvedConfiguration.AuthMethod;

/**
 * The secrets and names a client authenticates with, as one typed value: an application key, its
 * secret and a consumer key (OVH's signature), or an OAuth2 service account's client id, secret
 * and token URL.
 *
 * <p>It holds secrets: {@link #toString()} shows only the application key or client id, never a
 * secret, the consumer key or a token. Values that came from the configuration chain are
 * complete and checked; {@link #given} carries a caller's explicit values, any of them null, for
 * the chain to complete.
 */
public final class Credentials {
  private final String applicationKey;
  private final String applicationSecret;
  private final String consumerKey;
  private final String clientId;
  private final String clientSecret;
  private final String oauth2TokenUrl;

  private Credentials(String applicationKey, String applicationSecret, String consumerKey, String clientId, String clientSecret,
      String oauth2TokenUrl) {
    this.applicationKey = applicationKey;
    this.applicationSecret = applicationSecret;
    this.consumerKey = consumerKey;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.oauth2TokenUrl = oauth2TokenUrl;
  }

  /**
   * Values given explicitly, each of them optional: what a builder was told, before the
   * configuration chain completes it from the environment and {@code ovh.conf} files.
   *
   * @param applicationKey the application key, or null
   * @param applicationSecret its secret, or null
   * @param consumerKey the consumer key, or null
   * @param clientId an OAuth2 client id, or null
   * @param clientSecret its secret, or null
   * @param oauth2TokenUrl the OAuth2 token URL, or null
   * @return the values
   */
  public static Credentials given(String applicationKey, String applicationSecret, String consumerKey, String clientId,
      String clientSecret, String oauth2TokenUrl) {
    return new Credentials(applicationKey, applicationSecret, consumerKey, clientId, clientSecret, oauth2TokenUrl);
  }

  /** Application-key credentials; the consumer key is null for a client that only asks for one. */
  static Credentials applicationKey(String applicationKey, String applicationSecret, String consumerKey) {
    return new Credentials(applicationKey, applicationSecret, consumerKey, null, null, null);
  }

  /** OAuth2 client credentials. */
  static Credentials oauth2(String clientId, String clientSecret, String oauth2TokenUrl) {
    return new Credentials(null, null, null, clientId, clientSecret, oauth2TokenUrl);
  }

  /**
   * How these credentials authenticate requests.
   *
   * @return {@link AuthMethod#OAUTH2} when a client id is set, else {@link AuthMethod#APPLICATION_KEY}
   */
  public AuthMethod method() {
    return clientId != null ? AuthMethod.OAUTH2 : AuthMethod.APPLICATION_KEY;
  }

  /**
   * Whether requests are signed: application-key credentials with a consumer key. Without one,
   * only unauthenticated calls (the server time, asking for a consumer key) can be made.
   *
   * @return true when requests carry OVH's signature
   */
  public boolean signsRequests() {
    return method() == AuthMethod.APPLICATION_KEY && consumerKey != null;
  }

  /**
   * The application key ({@code X-Ovh-Application}); not a secret.
   *
   * @return the key, or null
   */
  public String applicationKey() {
    return applicationKey;
  }

  /**
   * The application secret, which signs requests and is never sent.
   *
   * @return the secret, or null
   */
  public String applicationSecret() {
    return applicationSecret;
  }

  /**
   * The consumer key ({@code X-Ovh-Consumer}).
   *
   * @return the key, or null
   */
  public String consumerKey() {
    return consumerKey;
  }

  /**
   * The OAuth2 client id; not a secret.
   *
   * @return the id, or null
   */
  public String clientId() {
    return clientId;
  }

  /**
   * The OAuth2 client secret, sent only to the token URL.
   *
   * @return the secret, or null
   */
  public String clientSecret() {
    return clientSecret;
  }

  /**
   * The OAuth2 token URL.
   *
   * @return the URL, or null
   */
  public String oauth2TokenUrl() {
    return oauth2TokenUrl;
  }

  /** Names the application key or client id only; never a secret or the consumer key. */
  @Override
  public String toString() {
    return method() == AuthMethod.OAUTH2
        ? "Credentials[OAuth2, clientId=" + clientId + ", tokenUrl=" + oauth2TokenUrl + "]"
        : "Credentials[application key, applicationKey=" + applicationKey + (consumerKey == null ? ", no consumer key" : "") + "]";
  }
}
