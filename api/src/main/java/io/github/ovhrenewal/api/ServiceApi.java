package io.github.ovhrenewal.api;

import io.github.ovhrenewal.api.model.RenewDescription;
import io.github.ovhrenewal.api.model.RenewOrder;
import io.github.ovhrenewal.api.model.RenewRequest;
import io.github.ovhrenewal.api.model.ServiceDetails;
import java.util.List;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** {@code /service}: the account's services and their renewal. Paths are relative to the endpoint's base URL. */
public interface ServiceApi {

  /**
   * {@code GET /service}: the ids of every service of the account.
   *
   * @return the call
   */
  @GET("service")
  Call<List<Long>> listServices();

  /**
   * {@code GET /service/{serviceId}}.
   *
   * @param serviceId the service id
   * @return the call
   */
  @GET("service/{serviceId}")
  Call<ServiceDetails> getService(@Path("serviceId") long serviceId);

  /**
   * {@code GET /service/{serviceId}/renew[?includeOptions=true|false]}: the periods and strategies offered.
   *
   * @param serviceId the service id
   * @param includeOptions whether to include options and linked services; null leaves the parameter out
   * @return the call
   */
  @GET("service/{serviceId}/renew")
  Call<List<RenewDescription>> getRenewOptions(
      @Path("serviceId") long serviceId, @Query("includeOptions") Boolean includeOptions);

  /**
   * {@code POST /service/{serviceId}/renew}: orders (or, with {@code dryRun}, prices) a renewal.
   * Not idempotent when {@code dryRun} is false: never retry it blindly.
   *
   * @param serviceId the service id
   * @param body the period and services
   * @return the call
   */
  @POST("service/{serviceId}/renew")
  Call<RenewOrder> renew(@Path("serviceId") long serviceId, @Body RenewRequest body);
}
