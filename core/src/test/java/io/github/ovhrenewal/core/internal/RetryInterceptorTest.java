package io.github.ovhrenewal.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ovhrenewal.core.Fakes.MutableClock;
import io.github.ovhrenewal.core.Fakes.RecordingSleeper;
import io.github.ovhrenewal.core.config.RetryPolicy;
import io.github.ovhrenewal.core.config.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Call;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * When a call is tried again and how long it waits first, with a fixed jitter draw (0.5) and a
 * clock that only the waits move: the default policy's first backoff is then exactly 375 ms
 * (250 ms fixed, half of the 250 ms jitter), the second 750 ms.
 */
class RetryInterceptorTest {
  private static final Duration FIRST = Duration.ofMillis(375);
  private static final Duration SECOND = Duration.ofMillis(750);

  private final MutableClock clock = new MutableClock(Instant.ofEpochSecond(1_700_000_000L));
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);
  private final FakeNetwork network = new FakeNetwork();

  private TracedCallFactory calls(RetryPolicy policy, Sleeper sleeper) {
    return new TracedCallFactory(network.client(new RetryInterceptor(policy, sleeper, clock, () -> 0.5)));
  }

  private int execute(Request request) throws IOException {
    return execute(calls(RetryPolicy.defaults(), sleeper).newCall(request));
  }

  private static int execute(Call call) throws IOException {
    try (Response response = call.execute()) {
      return response.code();
    }
  }

  @Test
  void intercept_503Then200_retriesAfterTheBackoffOfTheDraw() throws IOException {
    network.answer(503, "{}").answer(200, "[1]");

    assertThat(execute(Requests.listServices())).isEqualTo(200);

    assertThat(network.requests()).hasSize(2);
    assertThat(sleeper.delays()).containsExactly(FIRST);
  }

  @Test
  void intercept_503Twice_backoffGrowsPerAttempt() throws IOException {
    network.answer(503, "{}").answer(503, "{}").answer(200, "[1]");

    assertThat(execute(Requests.listServices())).isEqualTo(200);

    assertThat(sleeper.delays()).containsExactly(FIRST, SECOND);
  }

  @Test
  void intercept_connectionFailureThen200_retriesAfterTheBackoff() throws IOException {
    network.fail(new IOException("Connection reset")).answer(200, "[1]");

    assertThat(execute(Requests.listServices())).isEqualTo(200);

    assertThat(network.requests()).hasSize(2);
    assertThat(sleeper.delays()).containsExactly(FIRST);
  }

  @Test
  void intercept_429WithoutRetryAfter_retriesAfterTheBackoff() throws IOException {
    network.answer(429, "{}").answer(200, "[1]");

    assertThat(execute(Requests.listServices())).isEqualTo(200);

    assertThat(sleeper.delays()).containsExactly(FIRST);
  }

  @Test
  void intercept_429RetryAfterEqualToTheCap_waitsIt() throws IOException {
    network.answer(429, "{}", "Retry-After", "30").answer(200, "[1]");

    assertThat(execute(Requests.listServices())).isEqualTo(200);

    assertThat(sleeper.delays()).containsExactly(Duration.ofSeconds(30));
  }

  @Test
  void intercept_429RetryAfterAboveTheCap_returnsTheAnswerWithoutWaiting() throws IOException {
    network.answer(429, "{}", "Retry-After", "31").answer(200, "[1]");

    assertThat(execute(Requests.listServices())).isEqualTo(429);

    assertThat(network.requests()).hasSize(1);
    assertThat(sleeper.delays()).isEmpty();
  }

  @Test
  void intercept_429RetryAfterZero_retriesAtOnce() throws IOException {
    network.answer(429, "{}", "Retry-After", "0").answer(200, "[1]");

    assertThat(execute(Requests.listServices())).isEqualTo(200);

    assertThat(sleeper.delays()).containsExactly(Duration.ZERO);
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 504, 408})
  void intercept_transientStatus_retried(int status) throws IOException {
    network.answer(status, "{}").answer(200, "[1]");

    assertThat(execute(Requests.listServices())).isEqualTo(200);
    assertThat(network.requests()).hasSize(2);
  }

  @Test
  void intercept_htmlPageWithStatus200_retried() throws IOException {
    network.answer(200, "TEXT/HTML; charset=UTF-8", "<html>maintenance</html>").answer(200, "[1]");

    execute(Requests.listServices());

    assertThat(network.requests()).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 400, 401, 403, 404, 409, 499})
  void intercept_finalJsonAnswer_notRetried(int status) throws IOException {
    network.answer(status, "{}").answer(200, "[1]");

    assertThat(execute(Requests.listServices())).isEqualTo(status);
    assertThat(network.requests()).hasSize(1);
  }

  @Test
  void intercept_answerWithoutContentType_notRetried() throws IOException {
    network.answer(200, null, "[1]").answer(500, "{}");

    assertThat(execute(Requests.listServices())).isEqualTo(200);
    assertThat(network.requests()).hasSize(1);
  }

  @Test
  void intercept_retriedAnswer_closedBeforeTheNextAttempt() throws IOException {
    network.answer(503, "{}").answer(200, "[1]");

    execute(Requests.listServices());

    assertThat(network.closed(0)).isTrue();
  }

  @Test
  void intercept_order503_returnedAfterOneAttempt() throws IOException {
    network.answer(503, "{}").answer(200, "{\"orderId\":7}");

    assertThat(execute(Requests.renew(false))).isEqualTo(503);
    assertThat(network.requests()).hasSize(1);
    assertThat(sleeper.delays()).isEmpty();
  }

  @Test
  void intercept_orderConnectionFailure_thrownAfterOneAttempt() {
    IOException failure = new IOException("Connection reset");
    network.fail(failure).answer(200, "{\"orderId\":7}");

    IOException e = catchThrowableOfType(IOException.class, () -> execute(Requests.renew(false)));

    assertThat(e).isSameAs(failure);
    assertThat(network.requests()).hasSize(1);
  }

  @Test
  void intercept_quote503_retried() throws IOException {
    network.answer(503, "{}").answer(200, "{\"orderId\":0}");

    assertThat(execute(Requests.renew(true))).isEqualTo(200);
    assertThat(network.requests()).hasSize(2);
  }

  @Test
  void intercept_callTimeoutFired_notRetried() {
    network.fail(new InterruptedIOException("timeout")).answer(200, "[1]");

    InterruptedIOException e = catchThrowableOfType(InterruptedIOException.class, () -> execute(Requests.listServices()));

    assertThat(e).hasMessage("timeout");
    assertThat(network.requests()).as("the whole call's time is spent").hasSize(1);
  }

  @Test
  void intercept_readTimeout_retried() throws IOException {
    // OkHttp's read timeout is a SocketTimeoutException saying "timeout", like its call timeout.
    network.fail(new SocketTimeoutException("timeout")).answer(200, "[1]");

    assertThat(execute(Requests.listServices())).isEqualTo(200);
    assertThat(network.requests()).hasSize(2);
  }

  @Test
  void intercept_answerTooLarge_notRetried() {
    network.fail(new ResponseTooLargeException(1024, "Content-Length 2048")).answer(200, "[1]");

    ResponseTooLargeException e = catchThrowableOfType(ResponseTooLargeException.class, () -> execute(Requests.listServices()));

    assertThat(e).isNotNull();
    assertThat(network.requests()).as("the same answer would come again").hasSize(1);
  }

  @Test
  void intercept_503EveryTime_stopsAtMaxAttemptsAndCountsThemInTheCallState() throws IOException {
    network.answer(503, "{}");
    Call call = calls(RetryPolicy.builder().maxAttempts(4).build(), sleeper).newCall(Requests.listServices());

    assertThat(execute(call)).isEqualTo(503);

    assertThat(network.requests()).hasSize(4);
    assertThat(sleeper.delays()).as("no wait after the last attempt").hasSize(3);
    assertThat(call.request().tag(CallState.class).attempts()).isEqualTo(4);
  }

  @Test
  void intercept_waitEndingExactlyAtMaxElapsed_stillWaited() throws IOException {
    network.answer(503, "{}");
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(10).maxElapsed(FIRST).build();

    assertThat(execute(calls(policy, sleeper).newCall(Requests.listServices()))).isEqualTo(503);

    // 375 ms fit the 375 ms allowed; the next wait (750 ms) would not.
    assertThat(sleeper.delays()).containsExactly(FIRST);
    assertThat(network.requests()).hasSize(2);
  }

  @Test
  void intercept_connectionFailureWhoseWaitPassesMaxElapsed_thrownWithoutWaiting() {
    network.fail(new IOException("Connection reset"));
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(10).maxElapsed(FIRST.minusMillis(1)).build();

    IOException e = catchThrowableOfType(IOException.class, () -> execute(calls(policy, sleeper).newCall(Requests.listServices())));

    assertThat(e).hasMessage("Connection reset");
    assertThat(sleeper.delays()).isEmpty();
    assertThat(network.requests()).hasSize(1);
  }

  @Test
  void intercept_interruptedWhileWaiting_throwsAndKeepsTheThreadInterrupted() {
    network.answer(503, "{}").answer(200, "[1]");
    Sleeper interrupted = delay -> {
      throw new InterruptedException();
    };

    InterruptedIOException e = catchThrowableOfType(InterruptedIOException.class,
        () -> execute(calls(RetryPolicy.defaults(), interrupted).newCall(Requests.listServices())));

    try {
      assertThat(e).hasMessage("interrupted while waiting to retry");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
      assertThat(network.requests()).hasSize(1);
    } finally {
      Thread.interrupted();
    }
  }
}
