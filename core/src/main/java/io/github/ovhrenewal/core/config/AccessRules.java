package io.github.ovhrenewal.core.config;

import io.github.ovhrenewal.core.util.Arguments;
import io.github.ovhrenewal.api.model.AccessRule;
import io.github.ovhrenewal.api.model.HttpMethod;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The routes a new consumer key may call: an immutable set of {@code (method, path)} rules, in
 * which {@code *} stands for any text. Ready sets mirror python-ovh's {@code ConsumerKeyRequest}
 * ({@link #readOnly()}, {@link #readWrite()}, {@link #readWriteSafe()}), plus {@link #renewal()},
 * which grants exactly what this SDK calls and nothing more.
 *
 * <pre>{@code
 * AccessRules rules = AccessRules.renewal().addServiceInfos("/license/windows");
 * AccessRules mine = AccessRules.none().add("GET", "/me").addRecursive("GET", "/domain");
 * }</pre>
 */
public final class AccessRules {
  private static final List<String> READ_WRITE = List.of("GET", "POST", "PUT", "DELETE");

  /**
   * The product routes whose {@code serviceInfos} {@link #renewal()} may read: the products the
   * renewal guide names, and the common ones with a yearly renewal. Listed one by one because a
   * rule such as {@code GET /*}{@code /serviceInfos} would also match every other route ending so.
   */
  public static final List<String> RENEWAL_PRODUCT_ROUTES = List.of(
      "/domain", "/domain/zone", "/hosting/web", "/vps", "/dedicated/server", "/email/domain",
      "/dedicatedCloud", "/hosting/privateDatabase", "/ssl", "/license/windows", "/license/cpanel",
      "/license/plesk", "/license/directadmin", "/license/virtuozzo", "/license/sqlserver", "/ip");

  private final List<AccessRule> rules;

  private AccessRules(List<AccessRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /**
   * No rule; add some with {@link #add} and {@link #addRecursive}.
   *
   * @return the empty set
   */
  public static AccessRules none() {
    return new AccessRules(List.of());
  }

  /**
   * Exactly what this SDK calls to list services, price and order renewals, pay them and set
   * automatic renewal: {@code GET /service}, {@code GET /service/*}, {@code POST /service/*}{@code /renew},
   * {@code GET /services}, {@code GET /services/*} and {@code PUT /services/*} (the fleet's listing and
   * renewal settings), {@code GET} of each product's {@code serviceInfos}
   * ({@link #RENEWAL_PRODUCT_ROUTES}), {@code GET /me/order}, {@code GET /me/order/*},
   * {@code POST /me/order/*}{@code /payWithRegisteredPaymentMean}, {@code POST /me/order/*}{@code /pay},
   * {@code GET /me/payment/method} and {@code GET /me/payment/method/*} (to check a payment before
   * ordering), and {@code GET /auth/currentCredential} to check the key.
   *
   * @return the rules
   */
  public static AccessRules renewal() {
    AccessRules rules = none()
        .add("GET", "/service")
        .add("GET", "/service/*")
        .add("POST", "/service/*/renew")
        .add("GET", "/services")
        .add("GET", "/services/*")
        .add("PUT", "/services/*");
    for (String route : RENEWAL_PRODUCT_ROUTES) {
      rules = rules.addServiceInfos(route);
    }
    return rules
        .add("GET", "/me/order")
        .add("GET", "/me/order/*")
        .add("POST", "/me/order/*/payWithRegisteredPaymentMean")
        .add("POST", "/me/order/*/pay")
        .add("GET", "/me/payment/method")
        .add("GET", "/me/payment/method/*")
        .add("GET", "/auth/currentCredential");
  }

  /**
   * Read everything: {@code GET /*} (python-ovh's {@code API_READ_ONLY}).
   *
   * @return the rules
   */
  public static AccessRules readOnly() {
    return none().add("GET", "/*");
  }

  /**
   * Read and change everything: {@code GET, POST, PUT, DELETE} on {@code /*} (python-ovh's
   * {@code API_READ_WRITE}).
   *
   * @return the rules
   */
  public static AccessRules readWrite() {
    AccessRules rules = none();
    for (String method : READ_WRITE) {
      rules = rules.add(method, "/*");
    }
    return rules;
  }

  /**
   * Read and change, but never delete: {@code GET, POST, PUT} on {@code /*} (python-ovh's
   * {@code API_READ_WRITE_SAFE}).
   *
   * @return the rules
   */
  public static AccessRules readWriteSafe() {
    return none().add("GET", "/*").add("POST", "/*").add("PUT", "/*");
  }

  /**
   * Every method OVH knows ({@code GET, POST, PUT, DELETE, PATCH}) on {@code /*}.
   *
   * @return the rules
   */
  public static AccessRules all() {
    return readWrite().add("PATCH", "/*");
  }

  /**
   * A ready set by name, for command lines: {@code renewal}, {@code read-only}, {@code read-write},
   * {@code read-write-safe} or {@code all}.
   *
   * @param name the name, case-insensitive
   * @return the rules
   * @throws IllegalArgumentException naming the value and the names allowed
   */
  public static AccessRules named(String name) {
    Arguments.notBlank("rules name", name);
    switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "renewal":
        return renewal();
      case "read-only":
        return readOnly();
      case "read-write":
        return readWrite();
      case "read-write-safe":
        return readWriteSafe();
      case "all":
        return all();
      default:
        throw new IllegalArgumentException(
            "unknown rule set '" + Arguments.bounded(name) + "'; expected one of renewal, read-only, read-write, read-write-safe, all");
    }
  }

  /**
   * These rules plus one; a rule already present is not repeated.
   *
   * @param method {@code GET}, {@code POST}, {@code PUT}, {@code DELETE} or {@code PATCH}, case-insensitive
   * @param path a path starting with {@code /}, without the {@code /1.0} prefix; {@code *} for any text
   * @return new rules
   * @throws IllegalArgumentException if the method is not one of those or the path does not start with {@code /}
   */
  public AccessRules add(String method, String path) {
    HttpMethod checked = method(method);
    String checkedPath = path(path);
    Set<AccessRule> more = new LinkedHashSet<>(rules);
    more.add(new AccessRule(checked, checkedPath));
    return new AccessRules(new ArrayList<>(more));
  }

  /**
   * These rules plus {@code path} and {@code path/*}, as python-ovh's {@code add_recursive_rules}:
   * a trailing {@code /} or {@code *} of {@code path} is dropped first, and {@code "/"} or {@code "/*"} give {@code /*} alone.
   *
   * @param method the method, as for {@link #add}
   * @param path e.g. {@code /domain}
   * @return new rules
   */
  public AccessRules addRecursive(String method, String path) {
    path(path);
    String base = path.trim().replaceAll("[*/]+$", "");
    AccessRules withBase = base.isEmpty() ? this : add(method, base);
    return withBase.add(method, base + "/*");
  }

  /**
   * These rules plus {@code GET <route>/*}{@code /serviceInfos}, to read the service id of one more product.
   *
   * @param route a product route such as {@code /license/windows}
   * @return new rules
   */
  public AccessRules addServiceInfos(String route) {
    return add("GET", "/" + Arguments.route(route) + "/*/serviceInfos");
  }

  /**
   * The rules, in the order added.
   *
   * @return an unmodifiable list
   */
  public List<AccessRule> rules() {
    return rules;
  }

  private static HttpMethod method(String method) {
    Arguments.notBlank("method", method);
    HttpMethod checked = HttpMethod.of(method.trim().toUpperCase(Locale.ROOT));
    if (!checked.isKnown()) {
      throw new IllegalArgumentException("method '" + Arguments.bounded(method) + "' is not one of " + HttpMethod.knownValues());
    }
    return checked;
  }

  private static String path(String path) {
    Arguments.notBlank("path", path);
    String trimmed = path.trim();
    if (!trimmed.startsWith("/") || trimmed.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("path '" + Arguments.bounded(path) + "' must start with / and hold no blanks, e.g. /service/*");
    }
    return trimmed;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AccessRules && ((AccessRules) other).rules.equals(rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  /** Returns the rules, e.g. {@code [GET /service, GET /service/*]}. */
  @Override
  public String toString() {
    return rules.toString();
  }
}
