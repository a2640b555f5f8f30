package io.github.ovhrenewal.api.model;

import java.util.List;

/**
 * An HTTP method of an access rule ({@code auth.HTTPMethodEnum}): {@code DELETE, GET, PATCH, POST, PUT}.
 *
 * <p>An open enumeration: values the server adds later parse too and keep their text (see {@link OpenEnum}).
 */
public final class HttpMethod extends OpenEnum {
  private static final Registry<HttpMethod> REGISTRY = new Registry<>("HttpMethod", HttpMethod::new);

  /** The value {@code DELETE}. */
  public static final HttpMethod DELETE = REGISTRY.known("DELETE");
  /** The value {@code GET}. */
  public static final HttpMethod GET = REGISTRY.known("GET");
  /** The value {@code PATCH}. */
  public static final HttpMethod PATCH = REGISTRY.known("PATCH");
  /** The value {@code POST}. */
  public static final HttpMethod POST = REGISTRY.known("POST");
  /** The value {@code PUT}. */
  public static final HttpMethod PUT = REGISTRY.known("PUT");

  private HttpMethod(String value, Boolean known) {
    super(value, known);
  }

  /**
   * Returns the value with this wire text: a constant when known, otherwise a new value that keeps the text.
   *
   * @param value the exact text the API uses, e.g. {@code "GET"}
   * @return the value, never null
   * @throws IllegalArgumentException if {@code value} is null or blank
   */
  public static HttpMethod of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK version knows, in the API's order.
   *
   * @return an unmodifiable list
   */
  public static List<HttpMethod> knownValues() {
    return REGISTRY.values();
  }
}
