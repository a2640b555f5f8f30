package io.github.ovhrenewal.core.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * For a client that has an application key but no consumer key yet (to ask for one): adds
 * {@code X-Ovh-Application} to the unauthenticated calls ({@code /auth/time}, {@code POST /auth/credential})
 * and refuses any other, which it could not sign.
 *
 * <p>Internal: not part of the SDK's API.
 */
final class ApplicationKeyInterceptor implements Interceptor {
  private final String applicationKey;

  /**
   * Creates the interceptor.
   *
   * @param applicationKey sent as {@code X-Ovh-Application}
   */
  public ApplicationKeyInterceptor(String applicationKey) {
    this.applicationKey = applicationKey;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!RequestKinds.isUnauthenticated(request)) {
      throw new IllegalStateException(request.method() + " " + request.url().encodedPath()
          + " must be signed, and this client has no consumer key: it can only ask for one");
    }
    return chain.proceed(request.newBuilder().header(SigningInterceptor.APPLICATION, applicationKey).build());
  }

  @Override
  public String toString() {
    return "ApplicationKeyInterceptor[applicationKey=" + applicationKey + "]";
  }
}
