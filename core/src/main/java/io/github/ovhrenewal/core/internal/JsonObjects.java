package io.github.ovhrenewal.core.internal;

import com.squareup.moshi.JsonAdapter;
import io.github.ovhrenewal.api.json.OvhJson;
import java.util.Map;

/**
 * Reads the loose JSON objects that are not API models (error bodies, OAuth2 token answers),
 * where any body, JSON or not, must give an answer rather than an exception.
 *
 * <p>Internal: not part of the SDK's API.
 */
final class JsonObjects {
  private static final JsonAdapter<Object> JSON = OvhJson.moshi().adapter(Object.class);

  private JsonObjects() {}

  /** The body as a JSON object, or null when it is empty, not JSON, or not an object. */
  static Map<?, ?> parse(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      Object parsed = JSON.fromJson(body);
      return parsed instanceof Map ? (Map<?, ?>) parsed : null;
    } catch (Exception | AssertionError e) {
      return null;
    }
  }

  /** A member's value as text, or null when absent. */
  static String text(Map<?, ?> object, String name) {
    Object value = object == null ? null : object.get(name);
    return value == null ? null : value.toString();
  }
}
