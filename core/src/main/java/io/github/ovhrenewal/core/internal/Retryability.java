package io.github.ovhrenewal.core.internal;

import io.github.ovhrenewal.api.model.RenewRequest;
import okhttp3.Request;
import retrofit2.Invocation;

/**
 * Whether a request may be sent again: idempotent methods, and the one POST that changes nothing,
 * the dry-run renewal (a quote). Orders and payments never are.
 *
 * <p>Internal: not part of the SDK's API.
 */
final class Retryability {
  private Retryability() {}

  static boolean isRetryable(Request request) {
    String method = request.method();
    if (SigningInterceptor.isIdempotent(method)) {
      return true;
    }
    // Retrofit tags each request with the call's arguments: a RenewRequest says whether it is a dry run.
    Invocation invocation = request.tag(Invocation.class);
    if (invocation == null) {
      return false;
    }
    for (Object argument : invocation.arguments()) {
      if (argument instanceof RenewRequest && ((RenewRequest) argument).dryRun()) {
        return true;
      }
    }
    return false;
  }
}
