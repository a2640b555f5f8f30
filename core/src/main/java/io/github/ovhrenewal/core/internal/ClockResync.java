package io.github.ovhrenewal.core.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Recovers from clock drift: when OVH refuses a timestamp ({@code QUERY_TIME_OUT}), the server
 * time is read again (once per refusal episode, see {@link ServerClock}) and a request that is
 * safe to repeat is sent once more, signed with the new time.
 *
 * <p>It sits inside the retry interceptor, so a resync is not a retry: it uses up no attempt and
 * waits no backoff. It acts at most once per call. A request that must not be repeated (an order,
 * a payment) gets its refusal back: the server did not act on it, and the caller decides.
 *
 * <p>Internal: not part of the SDK's API.
 */
final class ClockResync implements Interceptor {
  /** OVH's error bodies are small; the code is near the start. */
  private static final long PEEK_BYTES = 4096;

  private final ServerClock clock;

  /**
   * Creates the interceptor.
   *
   * @param clock the clock to re-read
   */
  public ClockResync(ServerClock clock) {
    this.clock = clock;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(request);
    if (!isQueryTimeOut(response)) {
      return response;
    }
    CallState state = CallState.of(request);
    if (!state.claimResync()) {
      return response;
    }
    clock.resync(state.clockGeneration());
    if (!RequestKinds.isRetryable(request)) {
      return response;
    }
    response.close();
    return chain.proceed(request);
  }

  private static boolean isQueryTimeOut(Response response) throws IOException {
    return response.code() == 400 && response.peekBody(PEEK_BYTES).string().contains("QUERY_TIME_OUT");
  }
}
