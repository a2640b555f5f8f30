package io.github.ovhrenewal.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.core.config.RetryPolicy;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * A refused timestamp re-reads the server time once per call; a request that is safe to repeat
 * is sent once more, an order never. The stack is the engine's: retry, resync, signature.
 */
class ClockResyncTest {
  private static final long LOCAL = 1_700_000_000L;
  private static final String QUERY_TIME_OUT =
      "{\"errorCode\":\"QUERY_TIME_OUT\",\"httpCode\":\"400 Bad Request\",\"message\":\"Query out of time\"}";
  private static final Request GET = new Request.Builder().url("http://localhost/1.0/service").build();
  // Without a Retrofit invocation saying it is a quote, a POST is an order: never sent twice.
  private static final Request ORDER = new Request.Builder().url("http://localhost/1.0/service/5/renew")
      .post(RequestBody.create("{\"dryRun\":false}", MediaType.get("application/json"))).build();

  private final AtomicInteger timeReads = new AtomicInteger();
  // Each read of the server time finds it 10 s further ahead: reading n gives an offset of 10 n.
  private final ServerClock clock = new ServerClock(
      () -> LOCAL + 10L * timeReads.incrementAndGet(), Clock.fixed(Instant.ofEpochSecond(LOCAL), ZoneOffset.UTC));
  private final FakeNetwork network = new FakeNetwork();
  private final OkHttpClient http = network.client(
      new RetryInterceptor(RetryPolicy.defaults(), delay -> { }, Clock.systemUTC(), () -> 0.5),
      new ClockResync(clock),
      new SigningInterceptor("ak", "ck", new RequestSigner("as", "ck"), clock));
  private final TracedCallFactory calls = new TracedCallFactory(http);

  private Response execute(Request request) throws IOException {
    try (Response response = calls.newCall(request).execute()) {
      response.body().string();
      return response;
    }
  }

  private String timestamp(int request) {
    return network.requests().get(request).header("X-Ovh-Timestamp");
  }

  @Test
  void intercept_getRefusedForItsTimestamp_resyncsOnceAndResendsWithTheNewTime() throws IOException {
    network.answer(400, QUERY_TIME_OUT).answer(200, "[1]");

    Response response = execute(GET);

    assertThat(response.code()).isEqualTo(200);
    assertThat(network.requests()).hasSize(2);
    assertThat(timeReads).as("the first read and one resync").hasValue(2);
    assertThat(timestamp(0)).isEqualTo(Long.toString(LOCAL + 10));
    assertThat(timestamp(1)).isEqualTo(Long.toString(LOCAL + 20));
  }

  @Test
  void intercept_getRefusedAgainAfterItsResync_returnsTheRefusalWithoutAnotherRead() throws IOException {
    network.answer(400, QUERY_TIME_OUT);

    Response response = execute(GET);

    assertThat(response.code()).isEqualTo(400);
    assertThat(network.requests()).hasSize(2);
    assertThat(timeReads).hasValue(2);
  }

  @Test
  void intercept_refusedOnALaterAttemptOfTheSameCall_returnsTheRefusalWithoutAnotherResync() throws IOException {
    // Refused, resynced and sent again: 503, retried: refused again. The call had its one resync.
    network.answer(400, QUERY_TIME_OUT).answer(503, "{}").answer(400, QUERY_TIME_OUT);

    Response response = execute(GET);

    assertThat(response.code()).isEqualTo(400);
    assertThat(network.requests()).hasSize(3);
    assertThat(timeReads).as("one resync per call").hasValue(2);
  }

  @Test
  void intercept_twoCallsEachRefused_eachResyncsOnce() throws IOException {
    network.answer(400, QUERY_TIME_OUT).answer(200, "[1]").answer(400, QUERY_TIME_OUT).answer(200, "[2]");

    assertThat(execute(GET).code()).isEqualTo(200);
    assertThat(execute(GET).code()).isEqualTo(200);

    assertThat(network.requests()).hasSize(4);
    assertThat(timeReads).hasValue(3);
    assertThat(timestamp(3)).isEqualTo(Long.toString(LOCAL + 30));
  }

  @Test
  void intercept_orderRefusedForItsTimestamp_resyncsButNeverResends() throws IOException {
    network.answer(400, QUERY_TIME_OUT);

    Response response = execute(ORDER);

    assertThat(response.code()).isEqualTo(400);
    assertThat(network.requests()).as("an order is sent once").hasSize(1);
    assertThat(timeReads).as("the server time is read again for the calls that follow").hasValue(2);

    network.answer(200, "[1]");
    execute(GET);
    assertThat(timestamp(1)).isEqualTo(Long.toString(LOCAL + 20));
    assertThat(timeReads).hasValue(2);
  }

  @Test
  void intercept_otherBadRequest_neitherResyncsNorResends() throws IOException {
    network.answer(400, "{\"errorCode\":\"INVALID_SIGNATURE\",\"message\":\"Invalid signature\"}");

    Response response = execute(GET);

    assertThat(response.code()).isEqualTo(400);
    assertThat(network.requests()).hasSize(1);
    assertThat(timeReads).hasValue(1);
  }

  @Test
  void intercept_queryTimeOutInAnotherStatus_isNotARefusedTimestamp() throws IOException {
    network.answer(403, "{\"message\":\"QUERY_TIME_OUT is not for you\"}");

    Response response = execute(GET);

    assertThat(response.code()).isEqualTo(403);
    assertThat(network.requests()).hasSize(1);
    assertThat(timeReads).hasValue(1);
  }

  @Test
  void intercept_refusalResent_closesTheRefusedAnswer() throws IOException {
    network.answer(400, QUERY_TIME_OUT).answer(200, "[1]");

    execute(GET);

    assertThat(network.closed(0)).isTrue();
  }
}
