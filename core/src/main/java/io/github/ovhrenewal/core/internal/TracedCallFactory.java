package io.github.ovhrenewal.core.internal;

import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Makes Retrofit's calls on the client's stack, each with a fresh {@link CallState} attached to
 * its request.
 *
 * <p>Internal: not part of the SDK's API.
 */
final class TracedCallFactory implements Call.Factory {
  private final OkHttpClient http;

  /**
   * Creates the factory.
   *
   * @param http the client with the whole interceptor stack
   */
  public TracedCallFactory(OkHttpClient http) {
    this.http = http;
  }

  @Override
  public Call newCall(Request request) {
    return http.newCall(request.newBuilder().tag(CallState.class, new CallState()).build());
  }
}
