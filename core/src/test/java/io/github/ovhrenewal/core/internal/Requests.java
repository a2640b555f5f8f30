package io.github.ovhrenewal.core.internal;

import io.github.ovhrenewal.api.AuthApi;
import io.github.ovhrenewal.api.ServiceApi;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.api.model.RenewRequest;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import retrofit2.Invocation;

/** Requests as Retrofit makes them for the API's methods, tagged with their invocation. */
final class Requests {
  static final String BASE = "http://localhost/1.0/";
  /** What Moshi's converter gives a request body. */
  static final MediaType JSON_UTF8 = MediaType.get("application/json; charset=UTF-8");

  private Requests() {}

  /** {@code GET /service}: safe to repeat. */
  static Request listServices() {
    return invoked(new Request.Builder().url(BASE + "service").get(), method(ServiceApi.class, "listServices"), List.of());
  }

  /** {@code POST /service/5/renew} with {@code dryRun}: a quote (safe to repeat) or an order (never repeated). */
  static Request renew(boolean dryRun) {
    RenewRequest body = new RenewRequest(dryRun, RenewPeriod.P1Y, List.of(5L));
    String json = "{\"dryRun\":" + dryRun + ",\"duration\":\"P1Y\",\"services\":[5]}";
    return invoked(new Request.Builder().url(BASE + "service/5/renew").post(RequestBody.create(json, JSON_UTF8)),
        method(ServiceApi.class, "renew", long.class, RenewRequest.class), List.of(5L, body));
  }

  /** {@code GET /auth/time}: unauthenticated. */
  static Request time() {
    return invoked(new Request.Builder().url(BASE + "auth/time").get(), method(AuthApi.class, "time"), List.of());
  }

  private static Request invoked(Request.Builder request, java.lang.reflect.Method method, List<?> arguments) {
    return request.tag(Invocation.class, Invocation.of(method, arguments)).build();
  }

  private static java.lang.reflect.Method method(Class<?> api, String name, Class<?>... parameters) {
    try {
      return api.getMethod(name, parameters);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }
}
