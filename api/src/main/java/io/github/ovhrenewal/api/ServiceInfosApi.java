package io.github.ovhrenewal.api;

import io.github.ovhrenewal.api.model.ServiceInfos;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;

/** {@code GET /{route}/{serviceName}/serviceInfos}, shared by every product route ({@code vps}, {@code domain}, {@code hosting/web}...). */
public interface ServiceInfosApi {

  /**
   * {@code GET /{route}/{serviceName}/serviceInfos}.
   *
   * @param route the product route without leading or trailing slash, e.g. {@code "vps"} or
   *     {@code "hosting/web"}; inserted as is (its slashes are path separators), so callers must
   *     pass only route segments
   * @param serviceName the service name, e.g. {@code "vps112233.ovh.net"}; percent-encoded
   * @return the call
   */
  @GET("{route}/{serviceName}/serviceInfos")
  Call<ServiceInfos> getServiceInfos(
      @Path(value = "route", encoded = true) String route, @Path("serviceName") String serviceName);
}
