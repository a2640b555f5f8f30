package io.github.ovhrenewal.core.internal;

import io.github.ovhrenewal.api.Unauthenticated;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Adds OVH's authentication headers to each request, signing the exact URL and body bytes that
 * go out with the server-corrected timestamp.
 *
 * <p>The body is read once into bytes, signed, and sent as those same bytes, so what is signed
 * is what is sent. Bodies of non-idempotent requests are marked one-shot, which forbids OkHttp
 * from silently transmitting them a second time on a connection failure. Methods annotated
 * {@link Unauthenticated} get only {@code X-Ovh-Application}.
 *
 * <p>Internal: not part of the SDK's API.
 */
final class SigningInterceptor implements Interceptor {
  static final String APPLICATION = "X-Ovh-Application";
  static final String CONSUMER = "X-Ovh-Consumer";
  static final String TIMESTAMP = "X-Ovh-Timestamp";
  static final String SIGNATURE = "X-Ovh-Signature";

  private final String applicationKey;
  private final RequestSigner signer;
  private final ServerClock clock;
  private final String consumerKey;

  /**
   * Creates the interceptor.
   *
   * @param applicationKey sent as {@code X-Ovh-Application}
   * @param consumerKey sent as {@code X-Ovh-Consumer}
   * @param signer signs with the application secret and consumer key
   * @param clock the server-corrected clock
   */
  public SigningInterceptor(String applicationKey, String consumerKey, RequestSigner signer, ServerClock clock) {
    this.applicationKey = applicationKey;
    this.consumerKey = consumerKey;
    this.signer = signer;
    this.clock = clock;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Request.Builder signed = request.newBuilder().header(APPLICATION, applicationKey);
    ExactBody exact = ExactBody.of(request);
    byte[] body = exact == null ? new byte[0] : exact.bytes();
    if (exact != null) {
      signed.method(request.method(), exact);
    }
    if (!RequestKinds.isUnauthenticated(request)) {
      ServerClock.Reading now = clock.now();
      long timestamp = now.offsetSeconds();
      // Remembered so that a refusal of this timestamp resyncs only if no newer reading exists.
      CallState.of(request).signedWith(now.generation());
      signed
          .header(CONSUMER, consumerKey)
          .header(TIMESTAMP, Long.toString(timestamp))
          .header(SIGNATURE, signer.sign(request.method(), request.url().toString(), body, timestamp));
    }
    return chain.proceed(signed.build());
  }

  /** Never shows the keys. */
  @Override
  public String toString() {
    return "SigningInterceptor[applicationKey=" + applicationKey + "]";
  }
}
