package io.github.ovhrenewal.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.api.json.OvhJson;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.core.internal.CallExecutor;
import io.github.ovhrenewal.core.internal.BodyCap;
import io.github.ovhrenewal.core.internal.CallTrace;
import io.github.ovhrenewal.core.internal.TracedCallFactory;
import io.github.ovhrenewal.core.internal.DecodingConverterFactory;
import io.github.ovhrenewal.core.internal.ServerClock;
import io.github.ovhrenewal.core.internal.Timeouts;
import java.time.Clock;
import java.time.Duration;
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
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Whatever a 200 answer holds, a typed call gives a value or an {@link OvhDecodingException}
 * carrying the query id and an excerpt; never a NullPointerException, AssertionError or a raw
 * parser exception.
 *
 * <p>The facades run on the client's own decoding stack (the converter factory, {@link CallTrace},
 * {@link CallExecutor}); an OkHttp interceptor plays the server, so a try costs no socket.
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
    OkHttpClient http = new OkHttpClient.Builder()
        .addInterceptor(new BodyCap(RenewalClient.DEFAULT_MAX_RESPONSE_BYTES))
        .addInterceptor(new CallTrace())
        .addInterceptor(chain -> {
          Answer answer = next;
          Response.Builder response = new Response.Builder()
              .request(chain.request())
              .protocol(Protocol.HTTP_1_1)
              .code(200)
              .message("OK")
              .body(ResponseBody.create(answer.body(), MediaType.get(answer.contentType())));
          if (answer.queryId() != null) {
            response.header("X-Ovh-QueryId", answer.queryId());
          }
          return response.build();
        })
        .build();
    Retrofit retrofit = new Retrofit.Builder()
        .baseUrl("http://ovh.invalid/1.0/")
        .callFactory(new TracedCallFactory(http))
        .addConverterFactory(new DecodingConverterFactory(MoshiConverterFactory.create(OvhJson.moshi())))
        .build();
    Duration timeout = Duration.ofSeconds(5);
    ClientContext context = new ClientContext(
        retrofit, new CallExecutor(new Timeouts(timeout, timeout, timeout)), new ServerClock(() -> 1_700_000_000L, Clock.systemUTC()));
    SERVICES = new Services(context);
    RENEWALS = new Renewals(context);
    ORDERS = new Orders(context);
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
