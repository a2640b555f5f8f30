package io.github.ovhrenewal.core.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import okhttp3.Interceptor;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.logging.HttpLoggingInterceptor;

/**
 * Logs each request and answer, headers and bodies, at the most verbose level ({@code TRACE} of
 * the {@code io.github.ovhrenewal.wire} System.Logger), with every secret redacted: the
 * {@code X-Ovh-Consumer}, {@code X-Ovh-Signature} and {@code Authorization} headers (OkHttp's own
 * {@code redactHeader}), and secret-bearing JSON fields and query parameters in bodies (consumer
 * keys, tokens, client secrets, order passwords).
 *
 * <p>When TRACE is off it costs one level check per request.
 *
 * <p>Internal: not part of the SDK's API.
 */
final class WireLog implements Interceptor {
  private static final System.Logger LOG = System.getLogger("io.github.ovhrenewal.wire");
  private static final Pattern SECRET_FIELDS = Pattern.compile(
      "(\"(?:consumerKey|consumer_key|applicationSecret|application_secret|client_secret|clientSecret|access_token|"
          + "refresh_token|token|password)\"\\s*:\\s*)\"[^\"]*\"");
  private static final Pattern SECRET_PARAMS = Pattern.compile(
      "((?:orderPassword|client_secret|access_token|password)=)[^&\"\\s]*");

  private final HttpLoggingInterceptor delegate;

  /** Creates the logger. */
  public WireLog() {
    delegate = new HttpLoggingInterceptor(line -> LOG.log(System.Logger.Level.TRACE, redact(line)));
    delegate.setLevel(HttpLoggingInterceptor.Level.BODY);
    delegate.redactHeader("X-Ovh-Consumer");
    delegate.redactHeader("X-Ovh-Signature");
    delegate.redactHeader("Authorization");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    if (!LOG.isLoggable(System.Logger.Level.TRACE)) {
      return chain.proceed(chain.request());
    }
    RequestBody body = chain.request().body();
    if (body instanceof ExactBody && body.isOneShot()) {
      // OkHttp's logger omits one-shot bodies (orders, payments) rather than risk consuming them;
      // ours are plain bytes, so they can be shown.
      String text = new String(((ExactBody) body).bytes(), StandardCharsets.UTF_8);
      LOG.log(System.Logger.Level.TRACE, "--> " + chain.request().method() + " body: " + redact(text));
    }
    return delegate.intercept(chain);
  }

  /**
   * Hides secret values in one logged line.
   *
   * @param line the line
   * @return the line with secret values replaced by {@code ██}
   */
  static String redact(String line) {
    String hidden = SECRET_FIELDS.matcher(line).replaceAll("$1\"██\"");
    return SECRET_PARAMS.matcher(hidden).replaceAll("$1██");
  }
}
