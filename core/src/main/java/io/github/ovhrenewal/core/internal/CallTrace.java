package io.github.ovhrenewal.core.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Remembers, per thread, what the last call went through: the {@code X-Ovh-QueryId} of its last
 * answer and how many attempts it took. An answer that fails to parse (inside Retrofit's
 * converter, which sees no headers) and a call that failed after retries are reported with them.
 * Calls run synchronously on the caller's thread, so the thread is the call.
 *
 * <p>Internal: not part of the SDK's API.
 */
public final class CallTrace implements Interceptor {
  private static final ThreadLocal<String> QUERY_ID = new ThreadLocal<>();
  private static final ThreadLocal<Integer> ATTEMPTS = new ThreadLocal<>();

  @Override
  public Response intercept(Chain chain) throws IOException {
    QUERY_ID.remove();
    ATTEMPTS.remove();
    Response response = chain.proceed(chain.request());
    QUERY_ID.set(response.header(ErrorResponses.QUERY_ID));
    return response;
  }

  /** Records that the current call is on its {@code attempt}-th attempt. */
  static void attempt(int attempt) {
    ATTEMPTS.set(attempt);
  }

  /**
   * The query id of the last answer this thread received.
   *
   * @return the query id, or null
   */
  public static String lastQueryId() {
    return QUERY_ID.get();
  }

  /**
   * How many attempts the last call of this thread made.
   *
   * @return at least 1
   */
  public static int lastAttempts() {
    Integer attempts = ATTEMPTS.get();
    return attempts == null ? 1 : attempts;
  }
}
