package io.github.ovhrenewal.core.internal;

import io.github.ovhrenewal.api.Unauthenticated;
import io.github.ovhrenewal.api.model.RenewRequest;
import okhttp3.Request;
import retrofit2.Invocation;

/**
 * What kind of request this is, in one place for every interceptor: whether it is idempotent,
 * whether it may be sent again, whether OVH serves it without a signature. Retrofit tags each
 * request with its {@link Invocation}, which says which API method and arguments made it.
 *
 * <p>Internal: not part of the SDK's API.
 */
final class RequestKinds {
  private RequestKinds() {}

  /** Methods that change nothing when repeated. */
  static boolean isIdempotent(String method) {
    return method.equals("GET") || method.equals("HEAD") || method.equals("PUT") || method.equals("DELETE") || method.equals("OPTIONS");
  }

  /**
   * Whether a request may be sent again: idempotent methods, and the one POST that changes
   * nothing, the dry-run renewal (a quote). Orders and payments never are.
   */
  static boolean isRetryable(Request request) {
    if (isIdempotent(request.method())) {
      return true;
    }
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

  /** Methods annotated {@link Unauthenticated}: {@code /auth/time}, {@code POST /auth/credential}. */
  static boolean isUnauthenticated(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    return invocation != null && invocation.method().isAnnotationPresent(Unauthenticated.class);
  }
}
