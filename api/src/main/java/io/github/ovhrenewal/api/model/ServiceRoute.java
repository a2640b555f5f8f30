package io.github.ovhrenewal.api.model;

import java.util.List;

/**
 * Where a service lives in the API ({@code service.Route}).
 *
 * @param path the path template, e.g. {@code "/vps/{serviceName}"}, or null
 * @param url the path with its variables filled in, e.g. {@code "/vps/vps112233.ovh.net"}, or null
 * @param vars the variables of the path, never null
 */
public record ServiceRoute(String path, String url, List<KeyValue> vars) {

  /**
   * Absent lists become empty lists. Nothing is checked: whatever the server answers must parse.
   *
   * @param path the path template, or null
   * @param url the path with its variables filled in, or null
   * @param vars the variables of the path, or null for none
   */
  public ServiceRoute {
    vars = Lists.orEmpty(vars);
  }
}
