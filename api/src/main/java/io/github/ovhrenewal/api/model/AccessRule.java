package io.github.ovhrenewal.api.model;

/**
 * One API route a credential may call ({@code auth.AccessRule}, and {@code auth.AccessRuleRequest}
 * in a request): {@code {"method":"GET","path":"/service/*"}}. In {@code path}, {@code *} stands for
 * any text.
 *
 * <p>Also a response record, so it does not validate; {@code AccessRules} in the core module
 * checks the rules it builds.
 *
 * @param method the allowed method
 * @param path the allowed path, without the {@code /1.0} prefix, e.g. {@code /service/*}
 */
public record AccessRule(HttpMethod method, String path) {

  /** Returns e.g. {@code GET /service/*}. */
  @Override
  public String toString() {
    return method + " " + path;
  }
}
