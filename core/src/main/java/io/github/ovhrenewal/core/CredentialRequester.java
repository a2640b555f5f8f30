package io.github.ovhrenewal.core;

import io.github.ovhrenewal.core.internal.Engine;

import io.github.ovhrenewal.core.config.AccessRules;
import io.github.ovhrenewal.core.config.ResolvedConfiguration;
import io.github.ovhrenewal.api.model.CredentialRequest;
import java.util.List;

/**
 * Asks OVH for new consumer keys with only an application key and secret: what a new user has
 * before any consumer key exists. Built with {@link RenewalClient.Builder#buildForCredentialRequest()}.
 *
 * <pre>{@code
 * try (CredentialRequester requester = RenewalClient.builder()
 *     .endpoint("ovh-eu").applicationKey(ak).applicationSecret(as)
 *     .buildForCredentialRequest()) {
 *   CredentialRequest key = requester.createConsumerKey(AccessRules.renewal(), "https://example.com/done", null);
 *   URI toOpen = URI.create(key.validationUrl());   // the account owner opens it and logs in
 *   String consumerKey = key.consumerKey();         // store it as OVH_CONSUMER_KEY or consumer_key
 * }
 * }</pre>
 *
 * <p>A type of its own rather than a {@link RenewalClient} without consumer key, so that calls
 * which need one ({@code services()}, {@code renewals()}...) cannot even be written. Thread-safe.
 */
public final class CredentialRequester implements AutoCloseable {
  private final Engine engine;
  private final Auth auth;
  private final ResolvedConfiguration configuration;

  CredentialRequester(Engine engine, ResolvedConfiguration configuration) {
    this.engine = engine;
    this.auth = new Auth(new ClientContext(engine, RenewalClient.DEFAULT_CONCURRENCY), true);
    this.configuration = configuration;
  }

  /**
   * {@code POST /auth/credential}; see {@link Auth#createConsumerKey(AccessRules, String, List)}.
   *
   * @param rules the routes the key may call, e.g. {@link AccessRules#renewal()}
   * @param redirection where OVH sends the owner after validation, or null
   * @param allowedIps the IP blocks allowed to use the key, or null or empty for any
   * @return the new key, its state and the validation URL
   */
  public CredentialRequest createConsumerKey(AccessRules rules, String redirection, List<String> allowedIps) {
    return auth.createConsumerKey(rules, redirection, allowedIps);
  }

  /**
   * {@code POST /auth/credential} with no redirection, usable from any IP address.
   *
   * @param rules the routes the key may call
   * @return the new key, its state and the validation URL
   */
  public CredentialRequest createConsumerKey(AccessRules rules) {
    return auth.createConsumerKey(rules);
  }

  /**
   * The settings in use and their sources, without secrets.
   *
   * @return the configuration
   */
  public ResolvedConfiguration configuration() {
    return configuration;
  }

  /** Releases the connections, as {@link RenewalClient#close()}. */
  @Override
  public void close() {
    engine.close();
  }

  /** Shows the endpoint and application key; never the secret. */
  @Override
  public String toString() {
    return "CredentialRequester[endpoint=" + configuration.endpoint() + ", applicationKey=" + configuration.applicationKey() + "]";
  }
}
