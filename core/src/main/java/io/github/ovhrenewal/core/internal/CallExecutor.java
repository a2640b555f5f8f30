package io.github.ovhrenewal.core.internal;

import io.github.ovhrenewal.core.exception.ErrorResponse;
import io.github.ovhrenewal.core.exception.OvhApiException;
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
import java.util.Locale;
import java.util.function.Function;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Runs one Retrofit call and turns every outcome into a value or a typed {@link OvhException}.
 *
 * <p>Internal: not part of the SDK's API.
 */
public final class CallExecutor {
  private static final System.Logger LOG = System.getLogger("io.github.ovhrenewal");

  private final Timeouts timeouts;

  /**
   * Creates an executor.
   *
   * @param timeouts the client's timeouts, to say which one fired
   */
  public CallExecutor(Timeouts timeouts) {
    this.timeouts = timeouts;
  }

  /**
   * Runs a call that is safe to repeat: a lost answer is an {@link OvhTransportException}.
   *
   * @param call the call
   * @param <T> the answer's type
   * @return the parsed answer (null for an empty one)
   */
  public <T> T execute(Call<T> call) {
    return run(call, null);
  }

  /**
   * Runs a call that must never be repeated (an order, a payment). When it may have reached the
   * server and no usable answer came back (lost connection, timeout, 5xx, unreadable answer),
   * {@code lostAnswer} makes the exception to throw.
   *
   * @param call the call
   * @param lostAnswer makes the outcome-unknown exception from the failure
   * @param <T> the answer's type
   * @return the parsed answer (null for an empty one)
   */
  public <T> T executeOnce(Call<T> call, Function<OvhException, OvhException> lostAnswer) {
    return run(call, lostAnswer);
  }

  private <T> T run(Call<T> call, Function<OvhException, OvhException> lostAnswer) {
    Request request = call.request();
    CallState state = CallState.of(request);
    String target = request.method() + " " + request.url().encodedPath();
    Response<T> response;
    try {
      response = call.execute();
    } catch (OvhDecodingException e) {
      OvhDecodingException withId = withQueryId(e, target, state.queryId());
      throw lostAnswer == null ? withId : lostAnswer.apply(withId);
    } catch (ResponseTooLargeException e) {
      OvhDecodingException tooLarge = new OvhDecodingException(
          target + ": " + e.getMessage() + " [queryId: " + (state.queryId() == null ? "none" : state.queryId()) + "]",
          state.queryId(), null, e);
      throw lostAnswer == null ? tooLarge : lostAnswer.apply(tooLarge);
    } catch (IOException e) {
      int attempts = state.attempts();
      OvhTransportException failure = new OvhTransportException(
          target + ": no answer from " + request.url().host()
              + (attempts > 1 ? " after " + attempts + " attempts" : "") + " (" + describe(e) + ")",
          e, attempts);
      LOG.log(System.Logger.Level.DEBUG, () -> failure.getMessage());
      throw lostAnswer == null || neverSent(e) ? failure : lostAnswer.apply(failure);
    }
    String queryId = response.headers().get(ErrorResponses.QUERY_ID);
    LOG.log(System.Logger.Level.DEBUG, () -> target + " -> " + response.code() + " [queryId: " + queryId + "]");
    if (response.isSuccessful()) {
      return response.body();
    }
    OvhApiException error = toException(response, request, queryId, state.attempts());
    throw lostAnswer != null && error instanceof OvhServerException ? lostAnswer.apply(error) : error;
  }

  private static OvhApiException toException(Response<?> response, Request request, String queryId, int attempts) {
    String body = null;
    String contentType = null;
    try (ResponseBody errorBody = response.errorBody()) {
      if (errorBody != null) {
        contentType = errorBody.contentType() == null ? null : errorBody.contentType().toString();
        body = errorBody.string();
      }
    } catch (IOException e) {
      body = null;
    }
    ErrorResponse error = ErrorResponses.read(
        response.code(), queryId, contentType, body, request.method(), request.url().encodedPath(), attempts);
    return ErrorResponses.toException(error, response.headers().get("Retry-After"));
  }

  private static OvhDecodingException withQueryId(OvhDecodingException e, String target, String queryId) {
    return new OvhDecodingException(
        target + ": " + e.getMessage() + " [queryId: " + (queryId == null ? "none" : queryId) + "]",
        queryId, e.excerpt(), e.getCause());
  }

  /** Failures that happen before any byte of the request leaves: the server cannot have acted. */
  private static boolean neverSent(IOException e) {
    return e instanceof ConnectException
        || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException
        || (e instanceof SocketTimeoutException && isConnectTimeout(e));
  }

  private static boolean isConnectTimeout(IOException e) {
    String message = e.getMessage();
    return message != null && message.toLowerCase(Locale.ROOT).contains("connect");
  }

  /**
   * Says what went wrong in words, naming the timeout that fired.
   *
   * @param e the failure
   * @return e.g. {@code "the read timeout of 30s fired"}
   */
  public String describe(IOException e) {
    if (e instanceof SocketTimeoutException) {
      return isConnectTimeout(e)
          ? "the connect timeout of " + seconds(timeouts.connect()) + " fired"
          : "the read timeout of " + seconds(timeouts.read()) + " fired";
    }
    if (e instanceof InterruptedIOException && "timeout".equals(e.getMessage())) {
      return "the call timeout of " + seconds(timeouts.call()) + " fired";
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  private static String seconds(java.time.Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
  }
}
