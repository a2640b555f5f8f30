package io.github.ovhrenewal.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A scripted OVH endpoint for CLI tests that the sandbox cannot stage (a payment accepted but not
 * made, prices such as {@code 18.0}): fixed answers by method and path, no signature check, every
 * request recorded. {@code GET /auth/time} answers the current time unless scripted.
 */
final class FakeOvh implements AutoCloseable {
  static final String APPLICATION_KEY = "fakeAppKey";
  static final String APPLICATION_SECRET = "fakeSecretNeverPrinted";
  static final String CONSUMER_KEY = "fakeConsumerKeyNeverPrinted";

  private final MockWebServer server = new MockWebServer();
  private final Map<String, MockResponse> answers = new ConcurrentHashMap<>();
  private final List<String> received = new CopyOnWriteArrayList<>();

  FakeOvh() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath().replaceFirst("^/1\\.0", "");
        String key = request.getMethod() + " " + path;
        received.add(key);
        MockResponse answer = answers.get(key);
        if (answer != null) {
          return answer;
        }
        if (key.equals("GET /auth/time")) {
          return json(200, Long.toString(Instant.now().getEpochSecond()));
        }
        return json(404, "{\"class\":\"Client::NotFound\",\"message\":\"Got an invalid (or empty) URL\"}");
      }
    });
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Answers every {@code method path} (path under {@code /1.0}, without query) with this status and body. */
  FakeOvh answer(String method, String path, int status, String body) {
    answers.put(method + " " + path, json(status, body));
    return this;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getPort() + "/1.0";
  }

  /** The OVH_* variables pointing at this endpoint. */
  Map<String, String> env() {
    return CliHarness.env(baseUrl(), APPLICATION_KEY, APPLICATION_SECRET, CONSUMER_KEY);
  }

  /** The requests received, as {@code METHOD /path}, oldest first. */
  List<String> received() {
    return List.copyOf(received);
  }

  /** A price as OVH writes it, its value given as the JSON number's exact text (e.g. {@code 18.0}). */
  static String price(String value) {
    return "{\"currencyCode\":\"EUR\",\"text\":\"" + value + " \\u20ac\",\"value\":" + value + "}";
  }

  /** A {@code service.renew.RenewOrder} with these prices. */
  static String renewOrder(long orderId, String withoutTax, String tax, String withTax) {
    return "{\"orderId\":" + orderId + ",\"date\":\"2026-01-10T10:00:00+01:00\",\"expirationDate\":\"2026-01-11T10:00:00+01:00\","
        + "\"password\":\"pWd1\",\"pdfUrl\":\"https://example.invalid/order.pdf\",\"url\":\"https://example.invalid/order\","
        + "\"retractionDate\":null,\"priceWithoutTax\":" + price(withoutTax) + ",\"tax\":" + price(tax)
        + ",\"priceWithTax\":" + price(withTax) + "}";
  }

  /** {@code service.renew.RenewDescription[]}: one period, one strategy renewing the service alone. */
  static String renewOffers(long serviceId, String period, String price) {
    return "[{\"renewPeriod\":\"" + period + "\",\"strategies\":[{\"price\":" + price(price)
        + ",\"services\":[" + serviceId + "],\"servicesDetails\":[{\"serviceId\":" + serviceId
        + ",\"serviceName\":\"vps.example\",\"serviceType\":\"VPS\"}]}]}]";
  }

  /** A {@code billing.Order} with these prices. */
  static String order(long orderId, String withoutTax, String tax, String withTax) {
    return renewOrder(orderId, withoutTax, tax, withTax).replaceFirst("^\\{", "{\"metadatas\":null,");
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "application/json; charset=utf-8")
        .addHeader("X-Ovh-QueryId", "FAKE.query.1")
        .body(body)
        .build();
  }

  @Override
  public void close() {
    server.close();
  }
}
