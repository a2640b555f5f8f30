package io.github.ovhrenewal.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.ovhrenewal.api.ServiceApi;
import io.github.ovhrenewal.api.json.OvhJson;
import io.github.ovhrenewal.api.model.RenewOrder;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.api.model.RenewRequest;
import io.github.ovhrenewal.core.exception.OrderOutcomeUnknownException;
import io.github.ovhrenewal.core.exception.OvhBadParametersException;
import io.github.ovhrenewal.core.exception.OvhDecodingException;
import io.github.ovhrenewal.core.exception.OvhException;
import io.github.ovhrenewal.core.exception.OvhServerException;
import io.github.ovhrenewal.core.exception.OvhTransportException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.Interceptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Every outcome of a call as a value or one typed exception; for an order, which failures mean
 * the server may have acted (an unknown outcome) and which mean nothing was sent.
 */
class CallExecutorTest {
  private static final Timeouts TIMEOUTS = new Timeouts(Duration.ofSeconds(10), Duration.ofMillis(1500), Duration.ofSeconds(60));
  private static final String QUERY_ID = "EU.ext-2.exec";
  /** Stands for the facades' OrderOutcomeUnknownException: marks that the lost-answer path was taken. */
  private static final Function<OvhException, OvhException> LOST =
      failure -> new OrderOutcomeUnknownException("lost: " + failure.getMessage(), 5L, RenewPeriod.P1Y, null, null, null, failure);

  private final FakeNetwork network = new FakeNetwork();
  private final CallExecutor executor = new CallExecutor(TIMEOUTS);

  private ServiceApi api(Interceptor... stack) {
    return new Retrofit.Builder()
        .baseUrl(Requests.BASE)
        .callFactory(new TracedCallFactory(network.client(stack)))
        .addConverterFactory(new DecodingConverterFactory(MoshiConverterFactory.create(OvhJson.moshi())))
        .build()
        .create(ServiceApi.class);
  }

  private Call<RenewOrder> order() {
    return api(new CallTrace()).renew(5, new RenewRequest(false, RenewPeriod.P1Y, List.of(5L)));
  }

  @Test
  void execute_200_returnsTheParsedAnswer() {
    network.answer(200, "[12345,67890]");

    assertThat(executor.execute(api().listServices())).containsExactly(12345L, 67890L);
  }

  @Test
  void execute_transportFailureAtFirstAttempt_namesCallHostAndFailureWithoutAttemptCount() {
    network.fail(new IOException("Connection reset"));

    Throwable e = catchThrowable(() -> executor.execute(api().listServices()));

    assertThat(e).isExactlyInstanceOf(OvhTransportException.class)
        .hasMessage("GET /1.0/service: no answer from localhost (IOException: Connection reset)")
        .hasCauseInstanceOf(IOException.class);
    assertThat(((OvhTransportException) e).attempts()).isEqualTo(1);
  }

  @Test
  void execute_serverError_throwsTheTypedExceptionWithQueryId() {
    network.answer(503, "{\"class\":\"Server::Unavailable\",\"message\":\"busy\"}", "X-Ovh-QueryId", QUERY_ID);

    Throwable e = catchThrowable(() -> executor.execute(api().listServices()));

    assertThat(e).isExactlyInstanceOf(OvhServerException.class).hasMessageEndingWith("[queryId: " + QUERY_ID + "]");
  }

  @Test
  void execute_answerTooLarge_decodingErrorNamingTheCapAndQueryId() {
    network.answer(200, "[" + "1,".repeat(600) + "1]", "X-Ovh-QueryId", QUERY_ID);

    Throwable e = catchThrowable(() -> executor.execute(api(new BodyCap(1024), new CallTrace()).listServices()));

    assertThat(e).isExactlyInstanceOf(OvhDecodingException.class)
        .hasMessageStartingWith("GET /1.0/service: the answer's body is larger than the limit of 1 KiB")
        .hasMessageEndingWith("[queryId: " + QUERY_ID + "]");
    assertThat(((OvhDecodingException) e).queryId()).isEqualTo(QUERY_ID);
  }

  @Test
  void execute_answerTooLargeWithoutQueryId_saysNone() {
    network.answer(200, "application/json", "[" + "1,".repeat(600) + "1]");

    Throwable e = catchThrowable(() -> executor.execute(api(new BodyCap(1024), new CallTrace()).listServices()));

    assertThat(e).isExactlyInstanceOf(OvhDecodingException.class).hasMessageEndingWith("[queryId: none]");
  }

  @Test
  void execute_unreadableAnswer_decodingErrorWithQueryId() {
    network.answer(200, "{\"not\":\"a list\"}", "X-Ovh-QueryId", QUERY_ID);

    Throwable e = catchThrowable(() -> executor.execute(api(new CallTrace()).listServices()));

    assertThat(e).isExactlyInstanceOf(OvhDecodingException.class)
        .hasMessageStartingWith("GET /1.0/service: the answer is not a valid List<Long>")
        .hasMessageEndingWith("[queryId: " + QUERY_ID + "]");
  }

  // --- An order: lost answer or nothing sent. ---

  static Stream<Arguments> failuresBeforeAnythingIsSent() {
    return Stream.of(
        Arguments.of(new ConnectException("Failed to connect to localhost/127.0.0.1:1"), "ConnectException: Failed to connect"),
        Arguments.of(new SocketTimeoutException("Connect timed out"), "the connect timeout of 10s fired"),
        Arguments.of(new UnknownHostException("eu.api.ovh.com"), "UnknownHostException: eu.api.ovh.com"),
        Arguments.of(new NoRouteToHostException("No route to host"), "NoRouteToHostException: No route to host"));
  }

  @ParameterizedTest
  @MethodSource("failuresBeforeAnythingIsSent")
  void executeOnce_failureBeforeAnythingIsSent_plainTransportException(IOException failure, String described) {
    network.fail(failure);

    Throwable e = catchThrowable(() -> executor.executeOnce(order(), LOST));

    assertThat(e).as("nothing was sent: the order does not exist").isExactlyInstanceOf(OvhTransportException.class)
        .hasMessageStartingWith("POST /1.0/service/5/renew: no answer from localhost (" + described);
  }

  static Stream<Arguments> failuresAfterSending() {
    return Stream.of(
        Arguments.of(new IOException("Connection reset"), "IOException: Connection reset"),
        Arguments.of(new SocketTimeoutException("timeout"), "the read timeout of 1500ms fired"),
        Arguments.of(new SocketTimeoutException(), "the read timeout of 1500ms fired"),
        Arguments.of(new InterruptedIOException("timeout"), "the call timeout of 60s fired"),
        Arguments.of(new java.io.EOFException("\\n not found: limit=0"), "EOFException: \\n not found"));
  }

  @ParameterizedTest
  @MethodSource("failuresAfterSending")
  void executeOnce_failureAfterSending_lostAnswer(IOException failure, String described) {
    network.fail(failure);

    Throwable e = catchThrowable(() -> executor.executeOnce(order(), LOST));

    assertThat(e).as("the server may have acted").isExactlyInstanceOf(OrderOutcomeUnknownException.class)
        .hasCauseExactlyInstanceOf(OvhTransportException.class)
        .hasMessageContaining("POST /1.0/service/5/renew: no answer from localhost (" + described);
  }

  @Test
  void executeOnce_serverError_lostAnswer() {
    network.answer(502, "{\"message\":\"bad gateway\"}", "X-Ovh-QueryId", QUERY_ID);

    Throwable e = catchThrowable(() -> executor.executeOnce(order(), LOST));

    assertThat(e).isExactlyInstanceOf(OrderOutcomeUnknownException.class).hasCauseExactlyInstanceOf(OvhServerException.class);
  }

  @Test
  void executeOnce_refusal_plainApiException() {
    network.answer(400, "{\"class\":\"Client::BadRequest\",\"message\":\"no\"}");

    Throwable e = catchThrowable(() -> executor.executeOnce(order(), LOST));

    assertThat(e).as("the server refused: nothing was ordered").isExactlyInstanceOf(OvhBadParametersException.class);
  }

  @Test
  void executeOnce_unreadableAnswer_lostAnswerWithQueryId() {
    network.answer(200, "<html>maintenance</html>", "X-Ovh-QueryId", QUERY_ID);

    Throwable e = catchThrowable(() -> executor.executeOnce(order(), LOST));

    assertThat(e).isExactlyInstanceOf(OrderOutcomeUnknownException.class).hasCauseExactlyInstanceOf(OvhDecodingException.class);
    assertThat(((OvhDecodingException) e.getCause()).queryId()).isEqualTo(QUERY_ID);
  }

  @Test
  void executeOnce_answerTooLarge_lostAnswer() {
    network.answer(200, "{\"orderId\":" + "1".repeat(2000) + "}", "X-Ovh-QueryId", QUERY_ID);
    Call<RenewOrder> order = api(new BodyCap(1024), new CallTrace()).renew(5, new RenewRequest(false, RenewPeriod.P1Y, List.of(5L)));

    Throwable e = catchThrowable(() -> executor.executeOnce(order, LOST));

    assertThat(e).isExactlyInstanceOf(OrderOutcomeUnknownException.class).hasCauseExactlyInstanceOf(OvhDecodingException.class)
        .hasMessageContaining("limit of 1 KiB").hasMessageContaining("[queryId: " + QUERY_ID + "]");
  }

  @Test
  void executeOnce_200_returnsTheOrder() {
    network.answer(200, "{\"orderId\":77}");

    assertThat(executor.executeOnce(order(), LOST).orderId()).isEqualTo(77L);
  }

  // --- Which timeout fired, in words. ---

  @Test
  void describe_timeouts_nameWhichFiredWithItsSetting() {
    assertThat(executor.describe(new SocketTimeoutException("Connect timed out"))).isEqualTo("the connect timeout of 10s fired");
    assertThat(executor.describe(new SocketTimeoutException("connect timed out"))).isEqualTo("the connect timeout of 10s fired");
    assertThat(executor.describe(new SocketTimeoutException("timeout"))).isEqualTo("the read timeout of 1500ms fired");
    assertThat(executor.describe(new SocketTimeoutException("Read timed out"))).isEqualTo("the read timeout of 1500ms fired");
    assertThat(executor.describe(new SocketTimeoutException())).isEqualTo("the read timeout of 1500ms fired");
    assertThat(executor.describe(new InterruptedIOException("timeout"))).isEqualTo("the call timeout of 60s fired");
  }

  @Test
  void describe_otherFailures_nameTheExceptionAndItsMessage() {
    assertThat(executor.describe(new InterruptedIOException("interrupted"))).isEqualTo("InterruptedIOException: interrupted");
    assertThat(executor.describe(new InterruptedIOException())).isEqualTo("InterruptedIOException");
    assertThat(executor.describe(new IOException())).isEqualTo("IOException");
    assertThat(executor.describe(new ConnectException("Connection refused"))).isEqualTo("ConnectException: Connection refused");
  }

  @Test
  void describe_timeoutsInMilliseconds_printedAsSuch() {
    CallExecutor odd = new CallExecutor(new Timeouts(Duration.ofMillis(250), Duration.ofMillis(1001), Duration.ofSeconds(2)));

    assertThat(odd.describe(new SocketTimeoutException("Connect timed out"))).isEqualTo("the connect timeout of 250ms fired");
    assertThat(odd.describe(new SocketTimeoutException("timeout"))).isEqualTo("the read timeout of 1001ms fired");
    assertThat(odd.describe(new InterruptedIOException("timeout"))).isEqualTo("the call timeout of 2s fired");
  }
}
