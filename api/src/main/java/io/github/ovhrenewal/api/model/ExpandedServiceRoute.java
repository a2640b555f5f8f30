package io.github.ovhrenewal.api.model;

import java.util.List;

/**
 * Where a service lives in the API, as the {@code /services} API gives it ({@code services.expanded.Route}).
 * The same shape as {@link ServiceRoute}, kept apart so that each follows its own API.
 *
 * @param path the path template, e.g. {@code "/vps/{serviceName}"}, or null
 * @param url the path with its variables filled in, e.g. {@code "/vps/vps112233.ovh.net"}, or null
 * @param vars the variables of the path, never null
 */
public record ExpandedServiceRoute(String path, String url, List<KeyValue> vars) {

  /**
   * Absent lists become empty lists.
   *
   * @param path the path template, e.g. {@code "/vps/{serviceName}"}, or null
   * @param url the path with its variables filled in, e.g. {@code "/vps/vps112233.ovh.net"}, or null
   * @param vars the variables of the path, never null
   */
  public ExpandedServiceRoute {
    vars = Lists.orEmpty(vars);
  }
}
