package io.github.ovhrenewal.core;

import io.github.ovhrenewal.core.StreamingOvhServer.Computed;
import io.github.ovhrenewal.core.StreamingOvhServer.Json;
import io.github.ovhrenewal.core.StreamingOvhServer.Raw;
import io.github.ovhrenewal.core.config.RetryPolicy;
import io.github.ovhrenewal.core.exception.OvhDecodingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.api.model.RenewPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Whatever a 200 answer holds, a typed call gives a value or an {@link OvhDecodingException}
 * carrying the query id and an excerpt; never a NullPointerException, AssertionError or a raw
 * parser exception.
 *
 * <p>The facades run on a real client, its whole stack included (body cap, trace, converter,
 * executor), against a loopback server that answers each try's body.
 */
class DecodingPropertiesTest {
  private static final String QUERY_ID = "EU.ext-7.prop";

  /** The answer the fake server gives next; properties run one try at a time. */
  private static volatile Answer next;

  record Answer(String body, String contentType, String queryId) {}

  private static final Services SERVICES;
  private static final Renewals RENEWALS;
  private static final Orders ORDERS;

  static {
    try {
      // Never closed: it serves every try of this class, on loopback, and its threads are daemons.
      StreamingOvhServer server = new StreamingOvhServer()
          .on("GET", "/1.0/auth/time", new Json(Long.toString(WireMockOvh.SERVER_EPOCH_SECONDS)))
          .otherwise(new Computed(head -> new Raw(next.body(), next.contentType(), next.queryId())));
      // Each try is one answer: a retried HTML page would be asked for again, which proves nothing more here.
      RenewalClient client = WireMockOvh.builder(server.port()).retryPolicy(RetryPolicy.none()).build();
      SERVICES = client.services();
      RENEWALS = client.renewals();
      ORDERS = client.orders();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A typed call, with the fixture of a valid answer. */
  enum Target {
    SERVICE_GET("service-12345.json", () -> SERVICES.get(12345)),
    SERVICE_LIST("[12345,67890]", SERVICES::list),
    SERVICE_INFO("service-infos-vps.json", () -> SERVICES.info("/vps", "vps112233.ovh.net")),
    SERVICE_ID_BY_NAME("service-infos-vps.json", () -> RENEWALS.forService("/vps", "vps112233.ovh.net").serviceId()),
    RENEW_OPTIONS("renew-descriptions-guide.json", () -> RENEWALS.forService(12345).options()),
    RENEW_CHOOSE("renew-descriptions-guide.json", () -> RENEWALS.forService(12345).choose(RenewPeriod.P1Y)),
    ORDER_GET("order-124.json", () -> ORDERS.get(124)),
    ORDER_STATUS("\"delivered\"", () -> ORDERS.status(124)),
    ORDER_LIST("[123,124]", () -> ORDERS.list(null, null)),
    PAYMENT_MEANS("available-registered-payment-means.json", () -> ORDERS.availableRegisteredPaymentMeans(124));

    private final String valid;
    private final java.util.function.Supplier<Object> call;

    Target(String fixtureOrBody, java.util.function.Supplier<Object> call) {
      this.valid = fixtureOrBody.endsWith(".json") ? WireMockOvh.fixture(fixtureOrBody) : fixtureOrBody;
      this.call = call;
    }
  }

  // --- Properties. ---

  @Property(tries = 200)
  void arbitraryString_givesValueOrDecodingException(
      @ForAll Target target, @ForAll("arbitraryBodies") String body, @ForAll("queryIds") String queryId) {
    check(target, body, "application/json; charset=utf-8", queryId);
  }

  @Property(tries = 200)
  void truncatedValidAnswer_givesValueOrDecodingException(
      @ForAll Target target, @ForAll("fractions") double cut, @ForAll("queryIds") String queryId) {
    String body = target.valid.substring(0, (int) (target.valid.length() * cut));
    check(target, body, "application/json", queryId);
  }

  @Property(tries = 200)
  void mutatedValidAnswer_givesValueOrDecodingException(
      @ForAll Target target, @ForAll("mutations") List<Tuple.Tuple3<Double, Integer, Character>> mutations,
      @ForAll("queryIds") String queryId) {
    check(target, mutate(target.valid, mutations), "application/json", queryId);
  }

  @Property(tries = 200)
  void wrongTypedValueInValidAnswer_givesValueOrDecodingException(
      @ForAll Target target, @ForAll("fractions") double where, @ForAll("wrongValues") String replacement,
      @ForAll("queryIds") String queryId) {
    check(target, replaceValue(target.valid, where, replacement), "application/json", queryId);
  }

  @Property(tries = 200)
  void nonJsonPageWithStatus200_givesDecodingException(
      @ForAll Target target, @ForAll("pages") String body, @ForAll("queryIds") String queryId) {
    Object result = check(target, body, "text/html; charset=utf-8", queryId);
    assertThat(result).as("a page is never a value of %s", target).isInstanceOf(OvhDecodingException.class);
  }

  // --- Generators. ---

  @Provide
  Arbitrary<String> arbitraryBodies() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(120),
        Arbitraries.strings().withChars("{}[]\":,.-+eE0123456789 \ntrufalsn\\").ofMaxLength(60),
        Arbitraries.of("", " ", "null", "true", "0", "-1", "\"\"", "[]", "{}", "[null]", "[[]]", "[{}]", "{\"a\":null}",
            "[null,null]", "\"x\"", "1e400", "9223372036854775808", "[9223372036854775808]", "[-1,0]", "[1.5]",
            // Nulls nested where objects are expected.
            "[{\"renewPeriod\":\"P1Y\",\"strategies\":[null]}]", "[{\"renewPeriod\":null,\"strategies\":null}]",
            "[{\"renewPeriod\":\"P1Y\",\"strategies\":[{\"services\":[null],\"servicesDetails\":[null],\"price\":null}]}]",
            "[{\"renewPeriod\":\"P1Y\",\"strategies\":[{\"services\":[12345],\"price\":{\"value\":null}}]}]",
            "{\"renew\":null,\"resource\":null,\"route\":null,\"plan\":null,\"details\":[null]}",
            "{\"orderId\":null,\"priceWithTax\":{},\"metadatas\":[null]}", "{\"serviceId\":null}", "{\"serviceId\":-5}"));
  }

  @Provide
  Arbitrary<String> queryIds() {
    return Arbitraries.of(QUERY_ID, null);
  }

  @Provide
  Arbitrary<Double> fractions() {
    return Arbitraries.doubles().between(0, 1).filter(d -> d < 1);
  }

  @Provide
  Arbitrary<List<Tuple.Tuple3<Double, Integer, Character>>> mutations() {
    Arbitrary<Character> chars = Arbitraries.oneOf(
        Arbitraries.chars().with("{}[]\":,.-0123456789 nulltruefalse\\"), Arbitraries.chars());
    return Combinators.combine(fractions(), Arbitraries.integers().between(0, 2), chars)
        .as(Tuple::of).list().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<String> wrongValues() {
    return Arbitraries.of("null", "true", "false", "0", "-1", "1.5", "1e400", "-9223372036854775809", "\"\"", "\"x\"",
        "\"2024-13-45\"", "\"P99X\"", "[]", "[null]", "{}", "{\"value\":\"x\"}", "[1,\"a\"]", "\"\\u0000\"");
  }

  @Provide
  Arbitrary<String> pages() {
    return Arbitraries.strings().alpha().numeric().withChars(" .").ofMaxLength(40)
        .map(text -> "<html><head><title>502 Bad Gateway</title></head><body>" + text + "</body></html>");
  }

  private static String mutate(String text, List<Tuple.Tuple3<Double, Integer, Character>> mutations) {
    StringBuilder out = new StringBuilder(text);
    for (Tuple.Tuple3<Double, Integer, Character> m : mutations) {
      int at = (int) (out.length() * m.get1());
      switch (m.get2()) {
        case 0 -> {
          if (out.length() > 0) {
            out.deleteCharAt(Math.min(at, out.length() - 1));
          }
        }
        case 1 -> out.insert(at, m.get3());
        default -> {
          if (out.length() > 0) {
            out.setCharAt(Math.min(at, out.length() - 1), m.get3());
          }
        }
      }
    }
    return out.toString();
  }

  private static final Pattern SCALAR = Pattern.compile(
      "(?<=[:\\[,]\\s{0,8})(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?|true|false|null)");

  /** Replaces one scalar value (object member or array element) by another, often of a wrong type. */
  private static String replaceValue(String json, double where, String replacement) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = SCALAR.matcher(json);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    if (spans.isEmpty()) {
      return replacement;
    }
    int[] span = spans.get((int) (spans.size() * where));
    return json.substring(0, span[0]) + replacement + json.substring(span[1]);
  }

  // --- The check. ---

  /** Runs the call on the answer; returns its value or the decoding exception, lets anything else fail the property. */
  private static Object check(Target target, String body, String contentType, String queryId) {
    next = new Answer(body, contentType, queryId);
    Object value;
    try {
      value = target.call.get();
    } catch (OvhDecodingException e) {
      assertThat(e.queryId()).as("query id of %s", e).isEqualTo(queryId);
      assertThat(e.excerpt()).as("excerpt of %s", e).isNotNull();
      assertThat(e.excerpt().length()).isLessThanOrEqualTo(201);
      assertThat(e.getMessage()).endsWith("[queryId: " + (queryId == null ? "none" : queryId) + "]");
      return e;
    } catch (IllegalArgumentException e) {
      // choose() answers a well-formed offer list that lacks the period or the strategy so.
      if (target == Target.RENEW_CHOOSE
          && (e.getMessage().contains("is not offered") || e.getMessage().contains("no strategy renews"))) {
        return e;
      }
      throw e;
    }
    assertThat(value).as("%s answered %s", target, body).isNotNull();
    if (value instanceof List<?> list) {
      assertThat(list).as("%s answered %s", target, body).doesNotContainNull();
    }
    // The value is usable: printing it must not fail either.
    assertThat(String.valueOf(value)).isNotNull();
    return value;
  }
}
