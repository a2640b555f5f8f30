package io.github.ovhrenewal.examples.sandbox;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;

/**
 * Reads request bodies and writes answers with Moshi's streaming API. Numbers are read as their
 * exact decimal text ({@link BigDecimal}), never as doubles, so that ids and money stay exact.
 */
final class SandboxJson {

  /** Writes one JSON document. */
  interface Body {
    void write(JsonWriter writer) throws IOException;
  }

  private SandboxJson() {}

  static String write(Body body) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      // OVH sends nullable fields as explicit nulls; clients must cope with them.
      writer.setSerializeNulls(true);
      body.write(writer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8();
  }

  static String string(String value) {
    return write(w -> w.value(value));
  }

  static String longs(Iterable<Long> values) {
    return write(w -> {
      w.beginArray();
      for (Long value : values) {
        w.value(value.longValue());
      }
      w.endArray();
    });
  }

  /**
   * Parses a body that must be a JSON object. Anything else (empty, truncated, trailing garbage,
   * not an object) is a 400 Client::BadRequest, as OVH does.
   */
  static Map<String, Object> parseObject(String text) {
    Object value = parse(text);
    if (!(value instanceof Map)) {
      throw SandboxErrors.badRequest("Invalid JSON body: an object is expected");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) value;
    return map;
  }

  static Object parse(String text) {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(text))) {
      Object value = read(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw SandboxErrors.badRequest("Invalid JSON body: trailing content");
      }
      return value;
    } catch (IOException | RuntimeException e) {
      if (e instanceof SandboxException) {
        throw (SandboxException) e;
      }
      // Moshi reports syntax errors as IOException (JsonEncodingException) or JsonDataException.
      throw SandboxErrors.badRequest("Invalid JSON body");
    }
  }

  private static Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          map.put(name, read(reader));
        }
        reader.endObject();
        return map;
      }
      case BEGIN_ARRAY: {
        List<Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(read(reader));
        }
        reader.endArray();
        return list;
      }
      case STRING:
        return reader.nextString();
      case NUMBER:
        // nextString on a number yields its literal text: exact, unlike nextDouble.
        return new BigDecimal(reader.nextString());
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw SandboxErrors.badRequest("Invalid JSON body");
    }
  }

  // Typed access to parsed bodies; the messages name the parameter, as OVH's do.

  static String requiredString(Map<String, Object> body, String name) {
    Object value = body.get(name);
    if (value == null) {
      throw SandboxErrors.badRequest("[" + name + "] Property is mandatory");
    }
    if (!(value instanceof String)) {
      throw SandboxErrors.badRequest("[" + name + "] Given data (" + value + ") is not a string");
    }
    return (String) value;
  }

  static boolean optionalBoolean(Map<String, Object> body, String name, boolean absent) {
    Object value = body.get(name);
    if (value == null) {
      return absent;
    }
    if (!(value instanceof Boolean)) {
      throw SandboxErrors.badRequest(
          "[" + name + "] Given data (" + value + ") is not valid for type boolean");
    }
    return (Boolean) value;
  }

  static Long optionalLong(Map<String, Object> body, String name) {
    Object value = body.get(name);
    if (value == null) {
      return null;
    }
    return toLong(name, value);
  }

  static List<Long> requiredLongs(Map<String, Object> body, String name) {
    Object value = body.get(name);
    if (value == null) {
      throw SandboxErrors.badRequest("[" + name + "] Property is mandatory");
    }
    if (!(value instanceof List)) {
      throw SandboxErrors.badRequest("[" + name + "] Given data is not an array of long");
    }
    List<Long> longs = new ArrayList<>();
    for (Object item : (List<?>) value) {
      longs.add(toLong(name, item));
    }
    return longs;
  }

  static List<Object> requiredList(Map<String, Object> body, String name) {
    Object value = body.get(name);
    if (!(value instanceof List)) {
      throw SandboxErrors.badRequest("[" + name + "] Property is mandatory and must be an array");
    }
    @SuppressWarnings("unchecked")
    List<Object> list = (List<Object>) value;
    return list;
  }

  private static long toLong(String name, Object value) {
    if (value instanceof BigDecimal) {
      try {
        return ((BigDecimal) value).longValueExact();
      } catch (ArithmeticException e) {
        // falls through to the error below: 1.5 or 1e30 is not a long
      }
    }
    throw SandboxErrors.badRequest(
        "[" + name + "] Given data (" + value + ") is not valid for type long");
  }
}
