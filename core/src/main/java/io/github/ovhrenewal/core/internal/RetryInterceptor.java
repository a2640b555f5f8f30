package io.github.ovhrenewal.core.internal;

import io.github.ovhrenewal.core.config.RetryPolicy;
import io.github.ovhrenewal.core.config.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.DoubleSupplier;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Retries what is safe to retry.
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
final class RetryInterceptor implements Interceptor {
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final Clock clock;
  private final DoubleSupplier random;

  /**
   * Creates the interceptor.
   *
   * @param policy when to retry
   * @param sleeper waits between attempts
   * @param clock measures the time spent
   * @param random jitter source, in [0, 1)
   */
  public RetryInterceptor(RetryPolicy policy, Sleeper sleeper, Clock clock, DoubleSupplier random) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.clock = clock;
    this.random = random;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    boolean retryable = RequestKinds.isRetryable(request);
    CallState state = CallState.of(request);
    long start = clock.millis();
    int attempt = 0;
    while (true) {
      attempt++;
      state.attempt(attempt);
      Response response;
      try {
        // The body cap below reads the whole answer, so a connection lost in the middle of a
        // body (a malformed chunk, a reset) fails here, as an attempt retried like any other.
        response = chain.proceed(request);
      } catch (IOException e) {
        if (!retryable || e instanceof ResponseTooLargeException || chain.call().isCanceled() || isCallTimeout(e)
            || attempt >= policy.maxAttempts()) {
          throw e;
        }
        Duration delay = policy.backoff(attempt, random.getAsDouble());
        if (!withinBudget(start, delay)) {
          throw e;
        }
        sleep(delay);
        continue;
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

  private static boolean isCallTimeout(IOException e) {
    // OkHttp's call timeout: the whole call's bound, retries included, has been spent.
    return e instanceof InterruptedIOException && !(e instanceof java.net.SocketTimeoutException) && "timeout".equals(e.getMessage());
  }

  @Override
  public String toString() {
    return "RetryInterceptor[" + policy + "]";
  }
}
