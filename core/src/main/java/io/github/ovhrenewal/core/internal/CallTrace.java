package io.github.ovhrenewal.core.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Records the {@code X-Ovh-QueryId} of a call's final answer in its {@link CallState}: an answer
 * that fails to parse (inside Retrofit's converter, which sees no headers) is still reported
 * with the query id that OVH support asks for.
 *
 * <p>Internal: not part of the SDK's API.
 */
final class CallTrace implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    CallState.of(chain.request()).queryId(response.header(ErrorResponses.QUERY_ID));
    return response;
  }
}
