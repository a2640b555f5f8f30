package io.github.ovhrenewal.examples.sandbox;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes OVH's models ({@code serviceList.Service}, {@code services.Service},
 * {@code service.renew.RenewDescription}, {@code billing.Order}...) with every field of OVH's API
 * description, nullable ones as explicit nulls.
 */
final class SandboxModels {

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
  static String serviceListService(SandboxService s) {
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
      w.name("renew").beginObject();
      w.name("dayOfMonth").value(s.expiration().getDayOfMonth());
      w.name("interval").value(s.possibleIntervals().get(0));
      w.name("mode").value("manual");
      w.name("possibleIntervals");
      strings(w, s.possibleIntervals());
      w.name("possibleModes");
      strings(w, List.of("automaticV2016", "manual"));
      w.endObject();
      w.name("resource").beginObject();
      w.name("displayName").value(s.name());
      w.name("name").value(s.name());
      w.name("state").value("ok");
      w.endObject();
      w.name("route").beginObject();
      w.name("path").value(s.route() + "/{serviceName}");
      w.name("url").value(s.route() + "/" + s.name());
      w.name("vars").beginArray();
      w.beginObject().name("key").value("serviceName").name("value").value(s.name()).endObject();
      w.endArray();
      w.endObject();
      w.name("state").value("ok");
      w.endObject();
    });
  }

  /** {@code services.Service}, answer of {@code GET /{route}/{serviceName}/serviceInfos}. */
  static String servicesService(SandboxService s) {
    return SandboxJson.write(w -> {
      w.beginObject();
      w.name("canDeleteAtExpiration").value(true);
      w.name("contactAdmin").value("xx1111-ovh");
      w.name("contactBilling").value("xx1111-ovh");
      w.name("contactTech").value("xx1111-ovh");
      w.name("creation").value(date(s.creation()));
      w.name("domain").value(s.name());
      w.name("engagedUpTo").nullValue();
      w.name("expiration").value(date(s.expiration()));
      w.name("possibleRenewPeriod").beginArray();
      for (String interval : s.possibleIntervals()) {
        w.value(java.time.Period.parse(interval).toTotalMonths());
      }
      w.endArray();
      w.name("renew").beginObject();
      w.name("automatic").value(false);
      w.name("deleteAtExpiration").value(false);
      w.name("forced").value(false);
      w.name("manualPayment").value(true);
      w.name("period").nullValue();
      w.endObject();
      w.name("renewalType").value("manual");
      w.name("serviceId").value(s.id());
      w.name("status").value("ok");
      w.endObject();
    });
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
      w.name("expirationDate").nullValue();
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
      w.name("paymentSubType").nullValue();
      w.name("paymentType").value(m.paymentType());
      w.name("status").value(m.status());
      w.endObject();
    });
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
    return date.toString();
  }
}
