package io.github.ovhrenewal.core;

import io.github.ovhrenewal.core.exception.OvhException;
import io.github.ovhrenewal.core.exception.OvhNotFoundException;
import io.github.ovhrenewal.core.util.Arguments;
import io.github.ovhrenewal.api.model.ServiceDetails;
import io.github.ovhrenewal.api.model.ServiceInfos;
import java.util.List;

/**
 * The account's services: {@code client.services()}.
 *
 * <pre>{@code
 * long id = client.services().info("/vps", "vps112233.ovh.net").serviceId();
 * }</pre>
 */
public final class Services {
  private final ClientContext context;

  Services(ClientContext context) {
    this.context = context;
  }

  /**
   * {@code GET /service}: the id of every service of the account.
   *
   * @return the ids, never null
   * @throws OvhException if the call fails
   */
  public List<Long> list() {
    List<Long> ids = context.executor.execute(context.services.listServices());
    return ids == null ? List.of() : List.copyOf(ids);
  }

  /**
   * {@code GET /service/{serviceId}}: one service, with its route, expiry and renewal mode.
   *
   * @param serviceId the service id, positive
   * @return the service
   * @throws IllegalArgumentException if the id is not positive (nothing is sent)
   * @throws OvhNotFoundException if there is no such service
   */
  public ServiceDetails get(long serviceId) {
    Arguments.positiveId("serviceId", serviceId);
    return context.executor.execute(context.services.getService(serviceId));
  }

  /**
   * {@code GET /{route}/{serviceName}/serviceInfos}: a product's service, whose
   * {@link ServiceInfos#serviceId()} the renewal calls take.
   *
   * @param route the product route, e.g. {@code "/vps"}, {@code "/domain"}, {@code "/hosting/web"}, {@code "/dedicated/server"}
   * @param serviceName the service name, e.g. {@code "vps112233.ovh.net"}
   * @return the service's information
   * @throws IllegalArgumentException if the route or name is blank or malformed (nothing is sent)
   * @throws OvhNotFoundException if there is no such service
   */
  public ServiceInfos info(String route, String serviceName) {
    String bareRoute = Arguments.route(route);
    String name = Arguments.serviceName(serviceName);
    return context.executor.execute(context.serviceInfos.getServiceInfos(bareRoute, name));
  }
}
