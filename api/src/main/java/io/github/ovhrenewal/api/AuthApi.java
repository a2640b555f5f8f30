package io.github.ovhrenewal.api;

import io.github.ovhrenewal.api.model.ApiCredential;
import io.github.ovhrenewal.api.model.CredentialRequest;
import io.github.ovhrenewal.api.model.CredentialRequestParams;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;

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

  /**
   * {@code POST /auth/credential}: asks for a new consumer key with these rules; unauthenticated
   * (only the application key is sent).
   *
   * @param params the rules, redirection and allowed IP blocks
   * @return the call
   */
  @Unauthenticated
  @POST("auth/credential")
  Call<CredentialRequest> createCredential(@Body CredentialRequestParams params);

  /**
   * {@code GET /auth/currentCredential}: the credential this request is signed with, and its rules.
   *
   * @return the call
   */
  @GET("auth/currentCredential")
  Call<ApiCredential> currentCredential();
}
