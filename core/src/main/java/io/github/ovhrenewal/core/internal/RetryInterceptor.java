package io.github.ovhrenewal.core.internal;

import io.github.ovhrenewal.core.RetryPolicy;
import io.github.ovhrenewal.core.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.DoubleSupplier;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Retries what is safe to retry, and recovers from clock drift.
 *
 * <ul>
 *   <li>Only retryable requests ({@link RequestKinds#isRetryable}) are ever sent again; for the others the
 *       first outcome is final.
 *   <li>Retried: I/O failures (unless the call was cancelled or its call timeout fired), 5xx, 429,
 *       408 and HTML pages, with the policy's backoff, or the server's {@code Retry-After} when it
 *       is within the policy's cap.
 *   <li>A {@code QUERY_TIME_OUT} refusal re-reads the server time once per call, and a retryable
 *       request is then sent once more with the new timestamp.
 * </ul>
 *
 * Each attempt goes down the rest of the chain, so it is signed again with a fresh timestamp.
 *
 * <p>Internal: not part of the SDK's API.
 */
public final class RetryInterceptor implements Interceptor {
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final Clock clock;
  private final DoubleSupplier random;
  private final ServerClock serverClock;

  /**
   * Creates the interceptor.
   *
   * @param policy when to retry
   * @param sleeper waits between attempts
   * @param clock measures the time spent
   * @param random jitter source, in [0, 1)
   * @param serverClock re-read after a refused timestamp
   */
  public RetryInterceptor(RetryPolicy policy, Sleeper sleeper, Clock clock, DoubleSupplier random, ServerClock serverClock) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.clock = clock;
    this.random = random;
    this.serverClock = serverClock;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    boolean retryable = RequestKinds.isRetryable(request);
    long start = clock.millis();
    boolean resynced = false;
    int attempt = 0;
    while (true) {
      attempt++;
      CallTrace.attempt(attempt);
      Response response;
      try {
        response = chain.proceed(request);
        if (retryable) {
          // Read the answer here, so that a connection lost in the middle of the body (a
          // malformed chunk, a reset) is an attempt that failed, retried like any other.
          response = buffered(response);
        }
      } catch (IOException e) {
        if (!retryable || chain.call().isCanceled() || isCallTimeout(e) || attempt >= policy.maxAttempts()) {
          throw e;
        }
        Duration delay = policy.backoff(attempt, random.getAsDouble());
        if (!withinBudget(start, delay)) {
          throw e;
        }
        sleep(delay);
        continue;
      }
      if (!resynced && isQueryTimeOut(response)) {
        // The server refused our timestamp: our idea of its clock is stale. Re-read it once.
        resynced = true;
        serverClock.resync();
        if (retryable) {
          response.close();
          attempt--;
          continue;
        }
        return response;
      }
      if (!retryable || attempt >= policy.maxAttempts() || !isRetryableAnswer(response)) {
        return response;
      }
      Duration delay = delayFor(response, attempt);
      if (delay == null || !withinBudget(start, delay)) {
        return response;
      }
      response.close();
      sleep(delay);
    }
  }

  private static Response buffered(Response response) throws IOException {
    ResponseBody body = response.body();
    if (body == null) {
      return response;
    }
    try (body) {
      byte[] bytes = body.bytes();
      return response.newBuilder().body(ResponseBody.create(bytes, body.contentType())).build();
    }
  }

  private Duration delayFor(Response response, int attempt) {
    Duration backoff = policy.backoff(attempt, random.getAsDouble());
    if (response.code() != 429) {
      return backoff;
    }
    Duration retryAfter = ErrorResponses.parseRetryAfter(response.header("Retry-After"));
    if (retryAfter == null) {
      return backoff;
    }
    // A server asking for more than we are willing to wait gets its answer back, not a long hang.
    return retryAfter.compareTo(policy.maxRetryAfter()) > 0 ? null : retryAfter;
  }

  private boolean withinBudget(long start, Duration delay) {
    return clock.millis() - start + delay.toMillis() <= policy.maxElapsed().toMillis();
  }

  private void sleep(Duration delay) throws IOException {
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry");
    }
  }

  private static boolean isRetryableAnswer(Response response) {
    int code = response.code();
    if (code >= 500 || code == 429 || code == 408) {
      return true;
    }
    String type = response.header("Content-Type");
    return type != null && type.toLowerCase(java.util.Locale.ROOT).contains("text/html");
  }

  private static boolean isQueryTimeOut(Response response) throws IOException {
    return response.code() == 400 && response.peekBody(4096).string().contains("QUERY_TIME_OUT");
  }

  private static boolean isCallTimeout(IOException e) {
    // OkHttp's call timeout: the whole call's bound, retries included, has been spent.
    return e instanceof InterruptedIOException && !(e instanceof java.net.SocketTimeoutException) && "timeout".equals(e.getMessage());
  }

  @Override
  public String toString() {
    return "RetryInterceptor[" + policy + "]";
  }
}
