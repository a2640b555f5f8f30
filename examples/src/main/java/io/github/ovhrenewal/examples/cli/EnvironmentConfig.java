package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.core.RenewalClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds a client from the {@code OVH_*} variables the official clients read. */
final class EnvironmentConfig {
  private EnvironmentConfig() {}

  static RenewalClient client(Map<String, String> environment, String endpointOverride) {
    String endpoint = endpointOverride != null ? endpointOverride : value(environment, "OVH_ENDPOINT");
    List<String> missing = new ArrayList<>();
    if (endpoint == null) {
      missing.add("OVH_ENDPOINT (or --endpoint)");
    }
    for (String name : List.of("OVH_APPLICATION_KEY", "OVH_APPLICATION_SECRET", "OVH_CONSUMER_KEY")) {
      if (value(environment, name) == null) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "no OVH credentials: " + String.join(", ", missing) + " not set; set them, or try --sandbox");
    }
    return RenewalClient.builder()
        .endpoint(endpoint)
        .applicationKey(value(environment, "OVH_APPLICATION_KEY"))
        .applicationSecret(value(environment, "OVH_APPLICATION_SECRET"))
        .consumerKey(value(environment, "OVH_CONSUMER_KEY"))
        .build();
  }

  private static String value(Map<String, String> environment, String name) {
    String value = environment.get(name);
    return value == null || value.isBlank() ? null : value;
  }
}
