package io.github.ovhrenewal.core.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Remembers, per thread, the {@code X-Ovh-QueryId} of the last answer, so that an answer which
 * fails to parse (inside Retrofit's converter, which sees no headers) can still be reported with
 * its query id. Calls run synchronously on the caller's thread, so the thread is the call.
 *
 * <p>Internal: not part of the SDK's API.
 */
public final class QueryIdRecorder implements Interceptor {
  private static final ThreadLocal<String> LAST = new ThreadLocal<>();

  @Override
  public Response intercept(Chain chain) throws IOException {
    LAST.remove();
    Response response = chain.proceed(chain.request());
    LAST.set(response.header(ErrorResponses.QUERY_ID));
    return response;
  }

  /**
   * The query id of the last answer this thread received, and forgets it.
   *
   * @return the query id, or null
   */
  public static String takeLast() {
    String last = LAST.get();
    LAST.remove();
    return last;
  }
}
