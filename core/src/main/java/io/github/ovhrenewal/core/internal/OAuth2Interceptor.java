package io.github.ovhrenewal.core.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Authenticates requests with an OAuth2 bearer token ({@code Authorization: Bearer …}) instead of
 * OVH's {@code X-Ovh-*} signature headers, for service accounts.
 *
 * <p>On a 401 the token is refreshed (a token can be revoked or expire early), and a request
 * that is safe to repeat ({@link RequestKinds#isRetryable}) is sent once more with the new one.
 * An order or a payment never is: a server may have committed it before answering 401, and
 * sending it again could order or pay twice. Its 401 is returned as a refusal, and the fresh
 * token serves the calls that follow. Any other answer, including a second 401, is returned as
 * is. Bodies of non-idempotent requests are one-shot, as with the signing interceptor, so that
 * OkHttp never re-sends them on its own after a connection failure.
 *
 * <p>Internal: not part of the SDK's API.
 */
final class OAuth2Interceptor implements Interceptor {
  private final OAuth2TokenSource tokens;

  /**
   * Creates the interceptor.
   *
   * @param tokens where tokens come from
   */
  public OAuth2Interceptor(OAuth2TokenSource tokens) {
    this.tokens = tokens;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (RequestKinds.isUnauthenticated(request)) {
      return chain.proceed(request);
    }
    ExactBody body = ExactBody.of(request);
    String token = tokens.token();
    Response response = chain.proceed(withToken(request, body, token));
    if (response.code() != 401) {
      return response;
    }
    String fresh = tokens.refreshAfterRejection(token);
    if (!RequestKinds.isRetryable(request)) {
      return response;
    }
    response.close();
    return chain.proceed(withToken(request, body, fresh));
  }

  private static Request withToken(Request request, ExactBody body, String token) {
    Request.Builder builder = request.newBuilder().header("Authorization", "Bearer " + token);
    if (body != null) {
      // The same bytes for both attempts: an ExactBody is one-shot for OkHttp, not for us.
      builder.method(request.method(), body);
    }
    return builder.build();
  }

  @Override
  public String toString() {
    return "OAuth2Interceptor[" + tokens + "]";
  }
}
