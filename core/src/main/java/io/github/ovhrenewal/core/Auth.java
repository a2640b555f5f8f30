package io.github.ovhrenewal.core;

import io.github.ovhrenewal.core.config.AccessRules;
import io.github.ovhrenewal.core.exception.OvhNotGrantedException;
import io.github.ovhrenewal.core.util.Arguments;
import io.github.ovhrenewal.core.util.UrlRules;
import io.github.ovhrenewal.api.model.ApiCredential;
import io.github.ovhrenewal.api.model.CredentialRequest;
import io.github.ovhrenewal.api.model.CredentialRequestParams;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * The credentials themselves: which rules the current consumer key has, and asking for a new
 * consumer key.
 *
 * <pre>{@code
 * ApiCredential me = client.auth().currentCredential();       // GET /auth/currentCredential
 * me.rules().forEach(System.out::println);                     // GET /service, POST /service/{*}/renew, ...
 * }</pre>
 */
public final class Auth {
  private final ClientContext context;
  private final boolean canRequestKeys;

  Auth(ClientContext context, boolean canRequestKeys) {
    this.context = context;
    this.canRequestKeys = canRequestKeys;
  }

  /**
   * {@code GET /auth/currentCredential}: the credential requests are signed with, its state and its
   * rules. The first thing to look at when a call fails with {@link OvhNotGrantedException}.
   *
   * @return the credential
   */
  public ApiCredential currentCredential() {
    return context.executor.execute(context.auth.currentCredential());
  }

  /**
   * {@code POST /auth/credential}: asks for a new consumer key with these rules, valid once the
   * account owner opens {@link CredentialRequest#validationUrl()} and logs in. Only the application
   * key is sent (the request is not signed).
   *
   * @param rules the routes the key may call, e.g. {@link AccessRules#renewal()}
   * @param redirection where OVH sends the owner after validation (absolute http(s) URL), or null
   * @param allowedIps the IP blocks allowed to use the key (e.g. {@code 192.0.2.0/24}), or null or
   *     empty for any
   * @return the new key, its state and the validation URL
   * @throws IllegalArgumentException if the rules are empty or the redirection is not an absolute URL
   * @throws IllegalStateException if this client authenticates with OAuth2, which has no application key
   */
  public CredentialRequest createConsumerKey(AccessRules rules, String redirection, List<String> allowedIps) {
    if (!canRequestKeys) {
      throw new IllegalStateException(
          "a consumer key belongs to an application: this client uses OAuth2 client credentials and has no application key");
    }
    Arguments.notNull("rules", rules);
    // An empty list is read as "no restriction", as null: sending [] could lock the key out of every address.
    List<String> ips = allowedIps == null || allowedIps.isEmpty() ? null : allowedIps;
    CredentialRequestParams params = new CredentialRequestParams(rules.rules(), redirection(redirection), ips);
    return context.executor.execute(context.auth.createCredential(params));
  }

  /**
   * As {@link #createConsumerKey(AccessRules, String, List)}, usable from any IP address.
   *
   * @param rules the routes the key may call
   * @param redirection where OVH sends the owner after validation, or null
   * @return the new key, its state and the validation URL
   */
  public CredentialRequest createConsumerKey(AccessRules rules, String redirection) {
    return createConsumerKey(rules, redirection, null);
  }

  /**
   * As {@link #createConsumerKey(AccessRules, String, List)}, with no redirection, usable from any IP address.
   *
   * @param rules the routes the key may call
   * @return the new key, its state and the validation URL
   */
  public CredentialRequest createConsumerKey(AccessRules rules) {
    return createConsumerKey(rules, null, null);
  }

  private static String redirection(String redirection) {
    if (redirection == null) {
      return null;
    }
    try {
      URI uri = new URI(redirection.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
        return redirection.trim();
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new IllegalArgumentException("redirection '" + Arguments.bounded(UrlRules.redacted(redirection)) + "' must be an absolute http(s) URL, or null for none");
  }
}
