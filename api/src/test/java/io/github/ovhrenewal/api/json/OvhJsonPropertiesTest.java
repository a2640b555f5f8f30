package io.github.ovhrenewal.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.Types;
import io.github.ovhrenewal.api.Fixtures;
import io.github.ovhrenewal.api.model.ExpandedService;
import io.github.ovhrenewal.api.model.Order;
import io.github.ovhrenewal.api.model.OrderDetail;
import io.github.ovhrenewal.api.model.OrderFollowUp;
import io.github.ovhrenewal.api.model.OrderPaymentMethods;
import io.github.ovhrenewal.api.model.OrderStatus;
import io.github.ovhrenewal.api.model.RegisteredPaymentMean;
import io.github.ovhrenewal.api.model.RenewDescription;
import io.github.ovhrenewal.api.model.RenewOrder;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.api.model.ServiceDetails;
import io.github.ovhrenewal.api.model.ServiceInfos;
import java.io.EOFException;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/**
 * Whatever the server sends, parsing a top-level model returns a value or fails with Moshi's own
 * exceptions (which core maps to "could not parse"), never with a programming error.
 */
class OvhJsonPropertiesTest {

  private static final String JSON_ALPHABET = "{}[]\",:0123456789.-+eE truefalsnulP1YMDT:\\u/abcdxyz€";

  /** The top-level model each endpoint returns, with the fixture that shows a valid document of it. */
  enum Model {
    RENEW_DESCRIPTIONS(Types.newParameterizedType(List.class, RenewDescription.class), "renew-descriptions-guide.json"),
    RENEW_ORDER(RenewOrder.class, "renew-order-guide.json"),
    SERVICE_DETAILS(ServiceDetails.class, "service-details-full.json"),
    SERVICE_INFOS(ServiceInfos.class, "service-infos-full.json"),
    ORDER(Order.class, "order-full.json"),
    REGISTERED_PAYMENT_MEANS(
        Types.newParameterizedType(List.class, RegisteredPaymentMean.class), "registered-payment-means.json"),
    ORDER_STATUS(OrderStatus.class, "order-status-not-paid.json"),
    EXPANDED_SERVICE(ExpandedService.class, "expanded-service-vps.json"),
    SERVICES_PAGE(Types.newParameterizedType(List.class, ExpandedService.class), "services-page-objects.json"),
    RENEW_PERIOD_CAPACITIES(Types.newParameterizedType(List.class, RenewPeriod.class), "renew-period-capacities.json"),
    ORDER_DETAIL(OrderDetail.class, "order-detail-renew.json"),
    ORDER_FOLLOW_UP(Types.newParameterizedType(List.class, OrderFollowUp.class), "order-follow-up.json"),
    ORDER_PAYMENT_METHODS(OrderPaymentMethods.class, "order-payment-methods.json");

    final JsonAdapter<Object> adapter;
    final String fixture;

    Model(Type type, String fixture) {
      this.adapter = OvhJson.moshi().adapter(type);
      this.fixture = Fixtures.read(fixture);
    }
  }

  @Property(tries = 300)
  void fromJson_arbitraryString_valueOrMoshiException(
      @ForAll Model model, @ForAll @StringLength(max = 120) String text) {
    assertParsesOrFailsCleanly(model, text);
  }

  @Property(tries = 300)
  void fromJson_stringOfJsonCharacters_valueOrMoshiException(@ForAll Model model, @ForAll("jsonish") String text) {
    assertParsesOrFailsCleanly(model, text);
  }

  @Property(tries = 300)
  void fromJson_truncatedFixture_valueOrMoshiException(
      @ForAll Model model, @ForAll @IntRange(min = 0, max = 10_000) int cut) {
    String json = model.fixture;
    assertParsesOrFailsCleanly(model, json.substring(0, cut % (json.length() + 1)));
  }

  @Property(tries = 300)
  void fromJson_fixtureWithOneCharacterReplaced_valueOrMoshiException(
      @ForAll Model model,
      @ForAll @IntRange(min = 0, max = 10_000) int position,
      @ForAll("jsonCharacter") char replacement) {
    StringBuilder json = new StringBuilder(model.fixture);
    json.setCharAt(position % json.length(), replacement);
    assertParsesOrFailsCleanly(model, json.toString());
  }

  @Property(tries = 300)
  void fromJson_fixtureWithOneValueOfAnotherType_valueOrMoshiException(
      @ForAll Model model,
      @ForAll @IntRange(min = 0, max = 10_000) int node,
      @ForAll("replacementValue") Object replacement) throws IOException {
    assertParsesOrFailsCleanly(model, replaceNode(model.fixture, node, replacement));
  }

  @Property(tries = 300)
  void fromJson_randomObjectWithModelKeys_valueOrMoshiException(
      @ForAll Model model, @ForAll("objectWithModelKeys") Object document) {
    assertParsesOrFailsCleanly(model, OvhJson.moshi().adapter(Object.class).toJson(document));
  }

  private static void assertParsesOrFailsCleanly(Model model, String json) {
    try {
      model.adapter.fromJson(json);
    } catch (JsonDataException | JsonEncodingException | EOFException e) {
      // The documented failures: the document does not match the model, is not JSON, or ends early.
    } catch (IOException e) {
      // Moshi declares IOException for reading; also acceptable.
    } catch (Throwable e) {
      throw new AssertionError(model + " leaked " + e + " for input: " + json, e);
    }
  }

  /** Replaces the node-th value (in document order, containers included) of the fixture. */
  @SuppressWarnings("unchecked")
  private static String replaceNode(String fixture, int node, Object replacement) throws IOException {
    JsonAdapter<Object> tree = OvhJson.moshi().adapter(Object.class);
    Object root = tree.fromJson(fixture);
    List<Object[]> slots = new ArrayList<>(); // {container, key or index}
    collect(root, slots);
    if (slots.isEmpty()) {
      return tree.toJson(replacement);
    }
    Object[] slot = slots.get(node % slots.size());
    if (slot[0] instanceof Map) {
      ((Map<String, Object>) slot[0]).put((String) slot[1], replacement);
    } else {
      ((List<Object>) slot[0]).set((Integer) slot[1], replacement);
    }
    return tree.toJson(root);
  }

  @SuppressWarnings("unchecked")
  private static void collect(Object value, List<Object[]> slots) {
    if (value instanceof Map) {
      for (Map.Entry<String, Object> entry : ((Map<String, Object>) value).entrySet()) {
        slots.add(new Object[] {value, entry.getKey()});
        collect(entry.getValue(), slots);
      }
    } else if (value instanceof List) {
      List<Object> list = (List<Object>) value;
      for (int i = 0; i < list.size(); i++) {
        slots.add(new Object[] {value, i});
        collect(list.get(i), slots);
      }
    }
  }

  @Provide
  Arbitrary<String> jsonish() {
    return Arbitraries.strings().withChars(JSON_ALPHABET.toCharArray()).ofMaxLength(120);
  }

  @Provide
  Arbitrary<Character> jsonCharacter() {
    return Arbitraries.oneOf(Arbitraries.of(JSON_ALPHABET.toCharArray()), Arbitraries.chars());
  }

  @Provide
  Arbitrary<Object> replacementValue() {
    return Arbitraries.oneOf(scalar(), Arbitraries.of(List.of(), Map.of(), List.of("P1Y"), Map.of("value", 1.5)));
  }

  @Provide
  Arbitrary<Object> objectWithModelKeys() {
    return value(3);
  }

  private static Arbitrary<Object> value(int depth) {
    if (depth == 0) {
      return scalar();
    }
    Arbitrary<Object> child = Arbitraries.lazy(() -> value(depth - 1));
    Arbitrary<Object> object =
        Arbitraries.maps(modelKeys(), child).ofMaxSize(6).map(m -> (Object) new LinkedHashMap<>(m));
    Arbitrary<Object> array = child.list().ofMaxSize(4).map(l -> (Object) l);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, scalar()), net.jqwik.api.Tuple.of(4, object), net.jqwik.api.Tuple.of(2, array));
  }

  private static Arbitrary<String> modelKeys() {
    return Arbitraries.of(
        "renewPeriod", "strategies", "price", "priceInUcents", "services", "servicesDetails", "serviceId",
        "serviceName", "serviceType", "value", "text", "currencyCode", "orderId", "password", "url", "pdfUrl",
        "date", "expirationDate", "retractionDate", "priceWithTax", "priceWithoutTax", "tax", "metadatas",
        "creationDate", "details", "key", "engagementDate", "nextBillingDate", "plan", "code", "product", "name",
        "quantity", "renew", "dayOfMonth", "interval", "mode", "possibleIntervals", "possibleModes", "resource",
        "displayName", "state", "route", "path", "vars", "canDeleteAtExpiration", "contactAdmin", "creation",
        "domain", "engagedUpTo", "expiration", "possibleRenewPeriod", "automatic", "period", "renewalType",
        "status", "paymentMean", "parentServiceId", "billing", "customer", "contacts", "customerCode", "type",
        "tags", "resellingProvider", "invoiceName", "pricing", "pricingMode", "pricingType", "duration", "group",
        "id", "engagement", "endDate", "endRule", "strategy", "possibleStrategies", "engagementRequest",
        "requestDate", "lifecycle", "current", "capacities", "pendingActions", "actions", "terminationDate",
        "nextDate", "description", "cancelled", "detailType", "orderDetailId", "totalPrice", "unitPrice",
        "history", "step", "label", "available", "paymentMethods", "registered", "oneshot", "paymentType",
        "paymentSubType", "registerable", "registerableWithTransaction", "paymentMethodId", "paymentMeanId");
  }

  private static Arbitrary<Object> scalar() {
    return Arbitraries.oneOf(
        Arbitraries.just(null),
        Arbitraries.of(Boolean.TRUE, Boolean.FALSE),
        Arbitraries.longs().map(l -> (Object) l),
        Arbitraries.doubles().map(d -> (Object) d),
        Arbitraries.of(
            (Object) 1e300, -0.0, 1.5, 9.223372036854776E18, 0.0),
        Arbitraries.of(
            "", " ", "P1Y", "P12M", "P10D", "P-1M", "P999999999Y", "notPaid", "paypal", "EUR", "abc", "45.44",
            "1e2", "NaN", "Infinity", "2024-01-31", "2018-05-16T15:49:06+02:00", "2018-05-16T15:49:06",
            "2024-01-31T23:30:00+99:00", "yesterday", "+10000-01-01", "9999999999999999999999"),
        Arbitraries.strings().ofMaxLength(20).map(s -> (Object) s));
  }

  @Property(tries = 1)
  void fixtures_unchanged_parse() throws IOException {
    for (Model model : Model.values()) {
      assertThat(model.adapter.fromJson(model.fixture)).as(model.name()).isNotNull();
    }
  }
}
