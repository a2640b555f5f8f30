package io.github.ovhrenewal.core.internal;

import io.github.ovhrenewal.core.exception.ErrorResponse;
import io.github.ovhrenewal.core.exception.OvhDecodingException;
import io.github.ovhrenewal.core.exception.OvhTransportException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Obtains and caches an OAuth2 access token with the client-credentials grant (scope {@code all}),
 * as OVH service accounts use.
 *
 * <p>The client id and secret go in an HTTP Basic {@code Authorization} header, the body being
 * {@code grant_type=client_credentials&scope=all}: RFC 6749 (2.3.1) requires every token endpoint
 * to accept Basic, it is what python-ovh sends (requests-oauthlib's default), and it keeps the
 * secret out of a body that proxies and debug logs are more inclined to print.
 *
 * <p>The token is reused until shortly before its {@code expires_in} (a minute, or half its life
 * when shorter), so that a request never leaves with a token about to expire. One thread fetches
 * at a time; the others wait for and reuse its token.
 *
 * <p>Internal: not part of the SDK's API.
 */
final class OAuth2TokenSource {
  private static final Duration MARGIN = Duration.ofSeconds(60);

  private final OkHttpClient http;
  private final HttpUrl tokenUrl;
  private final String clientId;
  private final String clientSecret;
  private final Clock clock;
  private final Object lock = new Object();
  private volatile Token current;

  /** A token and when to stop using it; its value is never printed. */
  private static final class Token {
    final String value;
    final Instant refreshAt;

    Token(String value, Instant refreshAt) {
      this.value = value;
      this.refreshAt = refreshAt;
    }

    @Override
    public String toString() {
      return "Token[hidden, refreshAt=" + refreshAt + "]";
    }
  }

  /**
   * Creates a source that has no token yet.
   *
   * @param http a client without the OAuth2 interceptor, to reach the token endpoint
   * @param tokenUrl the token endpoint
   * @param clientId the service account's client id
   * @param clientSecret its secret
   * @param clock decides when the token is due for renewal
   */
  public OAuth2TokenSource(OkHttpClient http, String tokenUrl, String clientId, String clientSecret, Clock clock) {
    this.http = http;
    this.tokenUrl = HttpUrl.get(tokenUrl);
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.clock = clock;
  }

  /**
   * A valid token, fetched when there is none or it is about to expire.
   *
   * @return the access token
   */
  public String token() {
    Token known = current;
    if (isFresh(known)) {
      return known.value;
    }
    synchronized (lock) {
      if (!isFresh(current)) {
        current = fetch();
      }
      return current.value;
    }
  }

  /**
   * A new token after the API refused {@code rejected} (HTTP 401), unless another thread already
   * replaced it, in which case its replacement is returned.
   *
   * @param rejected the token the API refused
   * @return the access token to retry with
   */
  public String refreshAfterRejection(String rejected) {
    synchronized (lock) {
      if (current == null || current.value.equals(rejected) || !isFresh(current)) {
        current = fetch();
      }
      return current.value;
    }
  }

  private boolean isFresh(Token token) {
    return token != null && clock.instant().isBefore(token.refreshAt);
  }

  private Token fetch() {
    Request request = new Request.Builder()
        .url(tokenUrl)
        .header("Authorization", Credentials.basic(clientId, clientSecret, StandardCharsets.UTF_8))
        .header("Accept", "application/json")
        .post(new FormBody.Builder().add("grant_type", "client_credentials").add("scope", "all").build())
        .build();
    Instant asked = clock.instant();
    String body;
    int status;
    String queryId;
    String contentType;
    try (Response response = http.newCall(request).execute()) {
      status = response.code();
      queryId = response.header(ErrorResponses.QUERY_ID);
      ResponseBody responseBody = response.body();
      contentType = responseBody.contentType() == null ? null : responseBody.contentType().toString();
      body = responseBody.string();
    } catch (IOException e) {
      throw new OvhTransportException("no answer from the OAuth2 token endpoint " + tokenUrl + " (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
    }
    if (status < 200 || status >= 300) {
      throw ErrorResponses.toException(refusal(status, queryId, contentType, body), null);
    }
    return parse(body, queryId, asked);
  }

  private ErrorResponse refusal(int status, String queryId, String contentType, String body) {
    Map<?, ?> json = JsonObjects.parse(body);
    String code = JsonObjects.text(json, "error");
    String description = JsonObjects.text(json, "error_description");
    String what = json != null
        ? "the OAuth2 token endpoint refused the client credentials" + (description == null ? "" : " (" + description + ")")
        : "the OAuth2 token endpoint answered " + (body == null || body.isBlank() ? "an empty body" : "a body that is not JSON ("
            + (contentType == null ? "no content type" : contentType) + "): " + ErrorResponses.excerpt(body));
    // The path holds the whole token URL: the message must say which server refused, and it is not the API's.
    return new ErrorResponse(status, code, null, what, queryId, "POST", tokenUrl.toString(), 1);
  }

  private Token parse(String body, String queryId, Instant asked) {
    Map<?, ?> json = JsonObjects.parse(body);
    Object accessToken = json == null ? null : json.get("access_token");
    if (!(accessToken instanceof String) || ((String) accessToken).isBlank()) {
      // The body is not quoted: it may hold a token under another name.
      // The call executor prefixes the API call and appends a query id.
      throw new OvhDecodingException("the OAuth2 token endpoint " + tokenUrl + " answered without an access_token", queryId, null, null);
    }
    Object type = json.get("token_type");
    if (type != null && !type.toString().toLowerCase(Locale.ROOT).equals("bearer")) {
      throw new OvhDecodingException("the OAuth2 token endpoint " + tokenUrl + " answered a token of type '" + type
          + "', not Bearer", queryId, null, null);
    }
    return new Token((String) accessToken, refreshAt(json.get("expires_in"), asked));
  }

  /** Without expires_in the token is kept until the API refuses it (a 401 then refreshes it). */
  private static Instant refreshAt(Object expiresIn, Instant asked) {
    if (!(expiresIn instanceof Number) || ((Number) expiresIn).longValue() <= 0) {
      return Instant.MAX;
    }
    Duration life = Duration.ofSeconds(((Number) expiresIn).longValue());
    Duration margin = life.compareTo(MARGIN.multipliedBy(2)) < 0 ? life.dividedBy(2) : MARGIN;
    return asked.plus(life).minus(margin);
  }

  /** Names the token endpoint and client id; never the secret or the token. */
  @Override
  public String toString() {
    return "OAuth2TokenSource[tokenUrl=" + tokenUrl + ", clientId=" + clientId + "]";
  }
}
