package io.github.ovhrenewal.api;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import io.github.ovhrenewal.api.json.OvhJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test fixtures from the classpath (api/src/test/resources/fixtures), and the adapters that read them. */
public final class Fixtures {
  private Fixtures() {}

  /** The fixture file names, one per top-level model. */
  public static final List<String> ALL =
      List.of(
          "renew-descriptions-guide.json",
          "renew-order-guide.json",
          "service-details-full.json",
          "service-infos-full.json",
          "order-full.json",
          "registered-payment-means.json",
          "order-status-not-paid.json",
          "expanded-service-vps.json",
          "services-page-objects.json",
          "renew-period-capacities.json",
          "order-detail-renew.json",
          "order-follow-up.json",
          "order-payment-methods.json");

  public static String read(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static <T> JsonAdapter<T> adapter(Class<T> type) {
    return OvhJson.moshi().adapter(type);
  }

  public static <T> JsonAdapter<List<T>> listAdapter(Class<T> element) {
    return OvhJson.moshi().adapter(Types.newParameterizedType(List.class, element));
  }

  public static <T> T parse(Class<T> type, String json) {
    try {
      return adapter(type).fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static <T> List<T> parseList(Class<T> element, String json) {
    try {
      return listAdapter(element).fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
