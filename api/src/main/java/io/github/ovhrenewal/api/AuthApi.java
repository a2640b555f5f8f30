package io.github.ovhrenewal.api;

import retrofit2.Call;
import retrofit2.http.GET;

/** {@code /auth}: the server clock and credentials. */
public interface AuthApi {

  /**
   * {@code GET /auth/time}: the server's Unix time in seconds, unauthenticated.
   *
   * @return the call
   */
  @Unauthenticated
  @GET("auth/time")
  Call<Long> time();
}
