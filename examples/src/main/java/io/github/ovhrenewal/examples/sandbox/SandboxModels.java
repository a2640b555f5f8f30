package io.github.ovhrenewal.examples.sandbox;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes OVH's models ({@code serviceList.Service}, {@code services.Service},
 * {@code service.renew.RenewDescription}, {@code billing.Order}...) with every field of OVH's API
 * description, nullable ones as explicit nulls.
 */
final class SandboxModels {

  /** The time zone of the seeded account, a French one: its datetimes carry +01:00 or +02:00. */
  static final ZoneId ACCOUNT_ZONE = ZoneId.of("Europe/Paris");

  /** One entry per distinct day written: a few thousand at most, whatever the fleet's size. */
  private static final Map<LocalDate, String> ACCOUNT_DATE_TIMES = new ConcurrentHashMap<>();

  /** The account's nic handle, in every contact field. */
  private static final String CONTACT = "xx1111-ovh";

  private SandboxModels() {}

  /** {@code order.Price}; value is the exact decimal text. */
  static void price(JsonWriter w, BigDecimal value) throws IOException {
    w.beginObject();
    w.name("currencyCode").value("EUR");
    w.name("text").value(SandboxMoney.text(value));
    w.name("value").value(value);
    w.name("priceInUcents").value(SandboxMoney.ucents(value));
    w.endObject();
  }

  /** {@code serviceList.Service}, answer of {@code GET /service/{id}}. */
  static String serviceListService(SandboxService s, LocalDate today) {
    return SandboxJson.write(w -> {
      w.beginObject();
      w.name("creationDate").value(date(s.creation()));
      w.name("details").beginArray().endArray();
      w.name("engagementDate").nullValue();
      w.name("expirationDate").value(date(s.expiration()));
      w.name("nextBillingDate").value(date(s.expiration()));
      w.name("plan").beginObject();
      w.name("code").value(s.planCode());
      w.name("product").beginObject().name("name").value(s.productName()).endObject();
      w.endObject();
      w.name("quantity").value(1);
      w.name("renew");
      if (s.expires()) {
        w.beginObject();
        w.name("dayOfMonth").value(s.expiration().getDayOfMonth());
        w.name("interval").value(s.renewPeriod());
        w.name("mode").value(
            s.terminationPending() ? "deleteAtExpiration" : s.isAutomatic() ? "automaticV2016" : "manual");
        w.name("possibleIntervals");
        strings(w, s.possibleIntervals());
        w.name("possibleModes");
        strings(w, List.of("automaticV2016", "manual"));
        w.endObject();
      } else {
        w.nullValue();
      }
      w.name("resource").beginObject();
      w.name("displayName").value(s.displayName());
      w.name("name").value(s.name());
      w.name("state").value("ok");
      w.endObject();
      w.name("route");
      route(w, s);
      w.name("state").value(s.expiredOn(today) ? "expired" : "ok");
      w.endObject();
    });
  }

  /** {@code services.Service}, answer of {@code GET /{route}/{serviceName}/serviceInfos}. */
  static String servicesService(SandboxService s, LocalDate today) {
    return SandboxJson.write(w -> {
      w.beginObject();
      w.name("canDeleteAtExpiration").value(true);
      w.name("contactAdmin").value(CONTACT);
      w.name("contactBilling").value(CONTACT);
      w.name("contactTech").value(CONTACT);
      w.name("creation").value(date(s.creation()));
      w.name("domain").value(s.name());
      w.name("engagedUpTo").nullValue();
      w.name("expiration").value(date(s.expiration()));
      w.name("possibleRenewPeriod").beginArray();
      for (String interval : s.possibleIntervals()) {
        w.value(Period.parse(interval).toTotalMonths());
      }
      w.endArray();
      w.name("renew").beginObject();
      w.name("automatic").value(s.isAutomatic());
      w.name("deleteAtExpiration").value(s.terminationPending());
      w.name("forced").value(false);
      w.name("manualPayment").value(!s.isAutomatic());
      w.name("period");
      if (s.isAutomatic()) {
        w.value(Period.parse(s.renewPeriod()).toTotalMonths());
      } else {
        w.nullValue();
      }
      w.endObject();
      w.name("renewalType").value(s.isAutomatic() ? "automaticV2016" : "manual");
      w.name("serviceId").value(s.id());
      w.name("status").value(s.expiredOn(today) ? "expired" : "ok");
      w.endObject();
    });
  }

  /** {@code services.NonExpiringService}, answer of serviceInfos for a product that never expires. */
  static String nonExpiringService(SandboxService s) {
    return SandboxJson.write(w -> {
      w.beginObject();
      w.name("contactAdmin").value(CONTACT);
      w.name("contactBilling").value(CONTACT);
      w.name("contactTech").value(CONTACT);
      w.name("creation").value(date(s.creation()));
      w.name("domain").value(s.name());
      w.name("serviceId").value(s.id());
      w.name("status").value("ok");
      w.endObject();
    });
  }

  /** {@code services.expanded.Service}, answer of {@code GET /services/{id}}. */
  static String expandedService(SandboxService s, LocalDate today) {
    return SandboxJson.write(w -> expandedService(w, s, today));
  }

  /**
   * {@code services.expanded.Service}, one element of a {@code GET /services} page. Datetimes are
   * midnight in the account's time zone, Europe/Paris, as OVH writes them for a French account; the
   * date part is the one {@code GET /service/{id}} shows.
   */
  static void expandedService(JsonWriter w, SandboxService s, LocalDate today) throws IOException {
    w.beginObject();
    w.name("billing").beginObject();
    w.name("engagement").nullValue();
    w.name("engagementRequest").nullValue();
    w.name("expirationDate").value(accountDateTime(s.expiration()));
    w.name("group").nullValue();
    w.name("lifecycle").beginObject();
    w.name("capacities").beginObject().name("actions");
    strings(w, !s.expires() ? List.of("terminate")
        : s.terminationPending() ? List.of("earlyRenewal", "terminate")
        : List.of("earlyRenewal", "terminate", "terminateAtExpirationDate"));
    w.endObject();
    w.name("current").beginObject();
    w.name("creationDate").value(accountDateTime(s.creation()));
    w.name("pendingActions");
    strings(w, s.pendingActions());
    w.name("state").value(s.expiredOn(today) ? "toRenew" : "active");
    w.name("terminationDate").value(s.terminationPending() ? accountDateTime(s.expiration()) : null);
    w.endObject();
    w.endObject();
    w.name("nextBillingDate").value(accountDateTime(s.expiration()));
    w.name("plan").beginObject();
    w.name("code").value(s.planCode());
    w.name("invoiceName").value(s.serviceType());
    w.endObject();
    w.name("pricing");
    BigDecimal price = s.currentPrice();
    if (price == null) {
      w.nullValue();
    } else {
      w.beginObject();
      w.name("capacities");
      strings(w, List.of("renew"));
      w.name("description").value(s.serviceType() + " " + s.renewPeriod());
      w.name("duration").value(s.renewPeriod());
      w.name("engagementConfiguration").nullValue();
      w.name("interval").value(Period.parse(s.renewPeriod()).toTotalMonths());
      w.name("maximumQuantity").nullValue();
      w.name("maximumRepeat").nullValue();
      w.name("minimumQuantity").value(1);
      w.name("minimumRepeat").value(1);
      w.name("price");
      price(w, price);
      w.name("priceInUcents").value(SandboxMoney.ucents(price));
      w.name("pricingMode").value("default");
      w.name("pricingType").value("rental");
      w.endObject();
    }
    w.name("renew");
    if (s.expires()) {
      w.beginObject();
      w.name("capacities").beginObject().name("mode");
      strings(w, s.possibleModes());
      w.endObject();
      w.name("current").beginObject();
      w.name("mode").value(s.renewMode());
      // A service whose termination is pending will not renew: it has no next renewal date.
      w.name("nextDate").value(s.terminationPending() ? null : accountDateTime(s.expiration()));
      w.name("period").value(s.renewPeriod());
      w.endObject();
      w.endObject();
    } else {
      w.nullValue();
    }
    w.endObject();
    w.name("customer").beginObject().name("contacts").beginArray();
    for (String type : List.of("administrator", "billing", "technical")) {
      w.beginObject().name("customerCode").value(CONTACT).name("type").value(type).endObject();
    }
    w.endArray().endObject();
    w.name("parentServiceId").value(s.parentId());
    w.name("resource").beginObject();
    w.name("displayName").value(s.displayName());
    w.name("name").value(s.name());
    w.name("product").beginObject();
    w.name("description").value(s.serviceType());
    w.name("name").value(s.planCode());
    w.endObject();
    w.name("resellingProvider").nullValue();
    w.name("state").value("active");
    w.endObject();
    w.name("route");
    route(w, s);
    w.name("serviceId").value(s.id());
    w.name("tags").beginArray().endArray();
    w.endObject();
  }

  /** {@code billing.OrderDetail}, answer of {@code GET /me/order/{id}/details/{detailId}}. */
  static String orderDetail(SandboxOrder.Detail d) {
    return SandboxJson.write(w -> {
      w.beginObject();
      w.name("cancelled").value(false);
      w.name("description").value(d.description());
      w.name("detailType").value("RENEW");
      w.name("domain").value(d.domain());
      w.name("orderDetailId").value(d.detailId());
      w.name("quantity").value("1");
      w.name("totalPrice");
      price(w, d.price());
      w.name("unitPrice");
      price(w, d.price());
      w.endObject();
    });
  }

  /** {@code service.Route} and {@code services.expanded.Route} share their shape. */
  private static void route(JsonWriter w, SandboxService s) throws IOException {
    w.beginObject();
    w.name("path").value(s.routePath());
    w.name("url").value(s.url());
    w.name("vars").beginArray();
    w.beginObject().name("key").value("serviceName").name("value").value(s.routeValue()).endObject();
    w.endArray();
    w.endObject();
  }

  /**
   * {@code service.renew.RenewDescription[]}: the offers grouped by period, in first-seen order.
   *
   * @param names serviceId to its service, for servicesDetails
   */
  static String renewDescriptions(List<SandboxOffer> offers, Map<Long, SandboxService> names) {
    Map<String, List<SandboxOffer>> byPeriod = new LinkedHashMap<>();
    for (SandboxOffer offer : offers) {
      byPeriod.computeIfAbsent(offer.period(), p -> new java.util.ArrayList<>()).add(offer);
    }
    return SandboxJson.write(w -> {
      w.beginArray();
      for (Map.Entry<String, List<SandboxOffer>> entry : byPeriod.entrySet()) {
        w.beginObject();
        w.name("renewPeriod").value(entry.getKey());
        w.name("strategies").beginArray();
        for (SandboxOffer offer : entry.getValue()) {
          w.beginObject();
          w.name("price");
          price(w, offer.price());
          w.name("priceInUcents").value(SandboxMoney.ucents(offer.price()));
          w.name("services").beginArray();
          for (long id : offer.services()) {
            w.value(id);
          }
          w.endArray();
          w.name("servicesDetails").beginArray();
          for (long id : offer.services()) {
            SandboxService service = names.get(id);
            w.beginObject();
            w.name("serviceId").value(id);
            w.name("serviceName").value(service.name());
            w.name("serviceType").value(service.serviceType());
            w.endObject();
          }
          w.endArray();
          w.endObject();
        }
        w.endArray();
        w.endObject();
      }
      w.endArray();
    });
  }

  /**
   * {@code service.renew.RenewOrder} and {@code billing.Order} share their fields; the latter adds
   * {@code metadatas}.
   */
  static String order(SandboxOrder order, String origin, boolean billingOrder) {
    String url =
        origin + "/order/" + order.orderId() + "?orderPassword=" + order.password();
    return SandboxJson.write(w -> {
      w.beginObject();
      w.name("date").value(SandboxClock.format(order.date()));
      w.name("expirationDate").value(SandboxClock.format(order.expirationDate()));
      if (billingOrder) {
        w.name("metadatas").nullValue();
      }
      w.name("orderId").value(order.orderId());
      w.name("password").value(order.password());
      w.name("pdfUrl").value(origin + "/order/" + order.orderId() + ".pdf");
      w.name("priceWithTax");
      price(w, order.priceWithTax());
      w.name("priceWithoutTax");
      price(w, order.priceWithoutTax());
      w.name("retractionDate").nullValue();
      w.name("tax");
      price(w, order.tax());
      w.name("url").value(url);
      w.endObject();
    });
  }

  /** {@code billing.order.RegisteredPaymentMean[]}. */
  static String registeredMeans(List<String> means) {
    return SandboxJson.write(w -> {
      w.beginArray();
      for (String mean : means) {
        w.beginObject().name("paymentMean").value(mean).endObject();
      }
      w.endArray();
    });
  }

  /** {@code me.payment.PaymentMethod}, answer of {@code GET /me/payment/method/{id}}. */
  static String paymentMethod(SandboxPaymentMethod m) {
    return SandboxJson.write(w -> {
      w.beginObject();
      w.name("billingContactId").nullValue();
      w.name("creationDate").value(SandboxClock.format(m.creation()));
      w.name("default").value(m.isDefault());
      w.name("description").nullValue();
      w.name("expirationDate").value(m.expiration() == null ? null : SandboxClock.format(m.expiration()));
      w.name("formSessionId").nullValue();
      w.name("icon").beginObject();
      w.name("data").nullValue();
      w.name("name").value(m.paymentMean());
      w.name("url").nullValue();
      w.endObject();
      w.name("integration").nullValue();
      w.name("label").value(m.label());
      w.name("lastUpdate").value(SandboxClock.format(m.creation()));
      w.name("merchantId").nullValue();
      w.name("oneclick").value(true);
      w.name("paymentMeanId").value(m.paymentMeanId());
      w.name("paymentMethodId").value(m.paymentMethodId());
      w.name("paymentSubType").value(m.paymentSubType());
      w.name("paymentType").value(m.paymentType());
      w.name("status").value(m.status());
      w.endObject();
    });
  }

  /**
   * {@code billing.order.PaymentMethods}, answer of {@code GET /me/order/{id}/paymentMethods}: the
   * kinds that could pay, the registered methods that can, and their ids.
   */
  static String orderPaymentMethods(List<String> kinds, List<SandboxPaymentMethod> methods) {
    StringBuilder json = new StringBuilder("{\"available\":[");
    for (int i = 0; i < kinds.size(); i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"formSessionId\":null,\"icon\":{\"data\":null,\"name\":null,\"url\":null},\"integration\":\"NONE\",")
          .append("\"merchantId\":null,\"oneshot\":true,\"organizationId\":null,\"paymentSubType\":null,\"paymentType\":")
          .append(SandboxJson.string(kinds.get(i))).append(",\"registerable\":true,\"registerableWithTransaction\":false}");
    }
    json.append("],\"paymentMethods\":[");
    for (int i = 0; i < methods.size(); i++) {
      json.append(i == 0 ? "" : ",").append(paymentMethod(methods.get(i)));
    }
    json.append("],\"registered\":").append(SandboxJson.longs(methods.stream().map(SandboxPaymentMethod::paymentMethodId).toList()));
    return json.append("}").toString();
  }

  /** {@code auth.ApiCredential}, answer of {@code GET /auth/currentCredential}. */
  static String apiCredential(SandboxCredential c) {
    return SandboxJson.write(w -> {
      w.beginObject();
      w.name("allowedIPs").nullValue();
      w.name("applicationId").value(SandboxCredentials.APPLICATION_ID);
      w.name("creation").value(SandboxClock.format(c.creation()));
      w.name("credentialId").value(c.credentialId());
      w.name("expiration").nullValue();
      w.name("lastUse").value(SandboxClock.format(c.lastUse()));
      w.name("ovhSupport").value(false);
      w.name("rules").beginArray();
      for (SandboxRule rule : c.rules()) {
        w.beginObject().name("method").value(rule.method()).name("path").value(rule.path());
        w.endObject();
      }
      w.endArray();
      w.name("status").value("validated");
      w.endObject();
    });
  }

  /** {@code auth.ApiCredentialRequest}, answer of {@code POST /auth/credential}. */
  static String credentialRequest(String validationUrl, String consumerKey) {
    return SandboxJson.write(w -> {
      w.beginObject();
      w.name("validationUrl").value(validationUrl);
      w.name("consumerKey").value(consumerKey);
      w.name("state").value("pendingValidation");
      w.endObject();
    });
  }

  private static void strings(JsonWriter w, List<String> values) throws IOException {
    w.beginArray();
    for (String value : values) {
      w.value(value);
    }
    w.endArray();
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }

  /**
   * Midnight of {@code date} in the account's time zone, with its offset; null stays null. Cached:
   * a page of 5,000 services writes 20,000 of these over a few hundred distinct days, and time zone
   * rules and formatting cost more than the rest of the page.
   */
  static String accountDateTime(LocalDate date) {
    if (date == null) {
      return null;
    }
    return ACCOUNT_DATE_TIMES.computeIfAbsent(
        date, d -> SandboxClock.format(d.atStartOfDay(ACCOUNT_ZONE).toOffsetDateTime()));
  }
}
