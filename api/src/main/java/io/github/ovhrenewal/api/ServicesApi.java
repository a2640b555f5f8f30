package io.github.ovhrenewal.api;

import io.github.ovhrenewal.api.model.ExpandedService;
import io.github.ovhrenewal.api.model.NoContent;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.api.model.ServiceUpdate;
import java.util.List;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Streaming;

/**
 * {@code /services}: the account's services as the newer API describes them, with their renewal
 * settings. Paths are relative to the endpoint's base URL.
 */
public interface ServicesApi {

  /** The value of {@code X-Pagination-Mode} that asks for a page of whole objects instead of ids. */
  String CACHED_OBJECT_LIST_PAGES = "CachedObjectList-Pages";

  /**
   * {@code GET /services[?resourceName=…&routes=…]}: the ids of the account's services.
   *
   * @param resourceName only the services whose {@code resource.name} is this, or null for all
   * @param routes only the services on these API route paths, comma separated (e.g.
   *     {@code "/vps/{serviceName},/domain/{serviceName}"}), or null for all
   * @return the call
   */
  @GET("services")
  Call<List<Long>> listServices(@Query("resourceName") String resourceName, @Query("routes") String routes);

  /**
   * {@code GET /services} in the pagination mode: one page of the account's services, for a whole
   * fleet in a few calls instead of one per service.
   *
   * <p>The answer is raw because its shape is the server's choice: a server that knows the mode
   * answers a JSON array of {@link ExpandedService} objects, with the headers
   * {@code X-Pagination-Elements} (the total count), {@code X-Pagination-Number} and
   * {@code X-Pagination-Size}; a server or proxy that does not answers a plain array of ids, as
   * {@link #listServices} does. A typed call would fail on the second shape, so the caller looks at
   * the first element and falls back to {@link #getService} per id when it is a number. The mode
   * is not in OVH's published reference; these headers are not signed.
   *
   * <p>The body is streamed, not held in memory (a page may hold thousands of services): the
   * caller reads it, for instance with {@code OvhJson.moshi()}'s {@code JsonReader}, and must
   * close it.
   *
   * @param mode the pagination mode, {@link #CACHED_OBJECT_LIST_PAGES}
   * @param size how many services a page holds
   * @param number which page, from 1
   * @return the call
   */
  @Streaming
  @GET("services")
  Call<ResponseBody> listPage(
      @Header("X-Pagination-Mode") String mode,
      @Header("X-Pagination-Size") int size,
      @Header("X-Pagination-Number") int number);

  /**
   * {@code GET /services/{serviceId}}.
   *
   * @param serviceId the service id
   * @return the call
   */
  @GET("services/{serviceId}")
  Call<ExpandedService> getService(@Path("serviceId") long serviceId);

  /**
   * {@code PUT /services/{serviceId}}: changes how a service renews (or its display name, or its
   * termination policy), e.g. with {@code ServiceUpdate.renew(ServiceRenewMode.AUTOMATIC, RenewPeriod.P1Y)}.
   *
   * @param serviceId the service id
   * @param body what to change
   * @return the call; the answer is empty or {@code null}, anything else is not what the reference says
   */
  @PUT("services/{serviceId}")
  Call<NoContent> updateService(@Path("serviceId") long serviceId, @Body ServiceUpdate body);

  /**
   * {@code GET /services/{serviceId}/options}: the services attached to this one (its add-ons),
   * whose {@code parentServiceId} is this service.
   *
   * @param serviceId the service id
   * @return the call
   */
  @GET("services/{serviceId}/options")
  Call<List<ExpandedService>> getOptions(@Path("serviceId") long serviceId);

  /**
   * {@code GET /services/{serviceId}/renewPeriodCapacities}: the periods the service can renew for,
   * e.g. {@code ["P1M","P3M","P6M","P1Y"]}.
   *
   * @param serviceId the service id
   * @return the call
   */
  @GET("services/{serviceId}/renewPeriodCapacities")
  Call<List<RenewPeriod>> getRenewPeriodCapacities(@Path("serviceId") long serviceId);
}
