package io.github.ovhrenewal.core.fleet;

import java.io.IOException;
import okhttp3.Request;
import okio.Timeout;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * A call that keeps the answer it got, so that its headers can be read once the engine has run it.
 *
 * <p>The pagination mode puts the total count in a header ({@code X-Pagination-Elements}), and
 * {@code CallExecutor.execute} returns only the body. Wrapping the call keeps the engine as it is:
 * the executor still runs it (retries, rate limit, signing, typed exceptions, body cap are
 * untouched and stay in one place), and no engine type grows a method for one caller. Only the
 * last answer is kept, which is the one the executor returned when it returns.
 *
 * @param <T> the answer's type
 */
final class CapturingCall<T> implements Call<T> {
  private final Call<T> delegate;
  private volatile Response<T> response;

  CapturingCall(Call<T> delegate) {
    this.delegate = delegate;
  }

  /**
   * The answer of the last {@link #execute()}.
   *
   * @return the answer, or null before any
   */
  Response<T> response() {
    return response;
  }

  @Override
  public Response<T> execute() throws IOException {
    Response<T> answer = delegate.execute();
    this.response = answer;
    return answer;
  }

  @Override
  public void enqueue(Callback<T> callback) {
    // The fleet runs every call synchronously on its own bounded threads.
    throw new UnsupportedOperationException("a capturing call runs synchronously");
  }

  @Override
  public boolean isExecuted() {
    return delegate.isExecuted();
  }

  @Override
  public void cancel() {
    delegate.cancel();
  }

  @Override
  public boolean isCanceled() {
    return delegate.isCanceled();
  }

  @Override
  public Call<T> clone() {
    return new CapturingCall<>(delegate.clone());
  }

  @Override
  public Request request() {
    return delegate.request();
  }

  @Override
  public Timeout timeout() {
    return delegate.timeout();
  }
}
