package io.github.ovhrenewal.examples.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Renewing a fleet against the sandbox: order details, the orders' date filter, expirations moved
 * by payment, and the faults a bulk renewal must survive.
 */
class SandboxFleetRenewalTest {

  private static final String PAY_PAYPAL = "{\"paymentMean\":\"paypal\",\"paymentMeanId\":1234}";
  private static final int FLEET = 400;

  private OvhSandbox sandbox;
  private SandboxTestClient client;
  private List<SandboxService> fleet;

  @BeforeEach
  void start() {
    sandbox = OvhSandbox.startWithFleet(FLEET);
    client = SandboxTestClient.of(sandbox);
    fleet = SandboxFleet.generate(FLEET, sandbox.seedDate());
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private static String renewBody(boolean dryRun, String period, long... services) {
    StringBuilder ids = new StringBuilder();
    for (long id : services) {
      ids.append(ids.length() == 0 ? "" : ",").append(id);
    }
    return "{\"dryRun\":" + dryRun + ",\"duration\":\"" + period + "\",\"services\":[" + ids + "]}";
  }

  private long order(long serviceId, String period) throws IOException {
    SandboxTestClient.Answer answer = client.post("/service/" + serviceId + "/renew", renewBody(false, period, serviceId));
    assertThat(answer.code()).as(answer.body()).isEqualTo(200);
    return ((Number) answer.object().get("orderId")).longValue();
  }

  private void pay(long orderId) throws IOException {
    assertThat(client.post("/me/order/" + orderId + "/payWithRegisteredPaymentMean", PAY_PAYPAL).code()).isEqualTo(200);
  }

  private List<Long> ids(SandboxTestClient.Answer answer) {
    List<Long> ids = new ArrayList<>();
    answer.array().forEach(n -> ids.add(((Number) n).longValue()));
    return ids;
  }

  /** Manual fleet services whose current period is offered, soonest expiring first. */
  private List<SandboxService> renewableManual() {
    return fleet.stream()
        .filter(s -> s.expires() && !s.isAutomatic() && !s.terminationPending()
            && s.possibleIntervals().contains(s.renewPeriod()))
        .sorted(java.util.Comparator.comparing(SandboxService::expiration))
        .toList();
  }

  @Test
  @SuppressWarnings("unchecked")
  void orderDetails_vpsOrder_oneRenewDetailNamingTheService() throws IOException {
    long orderId = order(sandbox.vpsServiceId(), "P3M");

    List<Long> detailIds = ids(client.get("/me/order/" + orderId + "/details"));
    Map<String, Object> detail = client.get("/me/order/" + orderId + "/details/" + detailIds.get(0)).object();

    assertThat(detailIds).hasSize(1);
    assertThat(detail).containsOnlyKeys(
        "cancelled", "description", "detailType", "domain", "orderDetailId", "quantity", "totalPrice", "unitPrice")
        .containsEntry("cancelled", false)
        .containsEntry("description", "VPS Value 1-2-40 - renewal P3M")
        .containsEntry("detailType", "RENEW")
        .containsEntry("domain", "vps112233.ovh.net")
        .containsEntry("orderDetailId", detailIds.get(0).doubleValue())
        .containsEntry("quantity", "1");
    assertThat(client.get("/me/order/" + orderId + "/details/" + detailIds.get(0)).body())
        .contains("\"totalPrice\":{\"currencyCode\":\"EUR\",\"text\":\"21.00 \u20ac\",\"value\":21.00,"
            + "\"priceInUcents\":2100000000}")
        .contains("\"unitPrice\":{\"currencyCode\":\"EUR\",\"text\":\"21.00 \u20ac\",\"value\":21.00,");
  }

  @Test
  void orderDetails_hostingWithDomain_twoDetailsAddingUpToTheOrder() throws IOException {
    SandboxTestClient.Answer ordered = client.post(
        "/service/67890/renew", renewBody(false, "P1Y", 67890L, 12345L));
    long orderId = ((Number) ordered.object().get("orderId")).longValue();

    List<Long> detailIds = ids(client.get("/me/order/" + orderId + "/details"));
    List<Map<String, Object>> details = new ArrayList<>();
    for (long detailId : detailIds) {
      details.add(client.get("/me/order/" + orderId + "/details/" + detailId).object());
    }

    assertThat(detailIds).hasSize(2).doesNotHaveDuplicates();
    assertThat(details).extracting(d -> d.get("domain")).containsExactly("example.ovh", "example.ovh");
    assertThat(details).extracting(d -> d.get("description"))
        .containsExactly("Hosting Perso 2014 - renewal P1Y", "Domain .ovh - renewal P1Y");
    assertThat(details).extracting(d -> (Object) ((Map<?, ?>) d.get("totalPrice")).get("text"))
        .containsExactly("18.94 \u20ac", "18.93 \u20ac");
  }

  @Test
  void orderDetails_everyOrderOfAFleetRun_namesItsOwnService() throws IOException {
    List<SandboxService> chosen = renewableManual().subList(0, 12);
    List<Long> orderIds = new ArrayList<>();
    for (SandboxService service : chosen) {
      orderIds.add(order(service.id(), service.renewPeriod()));
    }

    for (int i = 0; i < chosen.size(); i++) {
      List<Long> detailIds = ids(client.get("/me/order/" + orderIds.get(i) + "/details"));
      assertThat(detailIds).hasSize(1);
      Map<String, Object> detail = client.get("/me/order/" + orderIds.get(i) + "/details/" + detailIds.get(0)).object();
      assertThat(detail).containsEntry("domain", chosen.get(i).name());
    }
  }

  @Test
  void orderDetail_unknownOrOtherOrdersDetail_notFound() throws IOException {
    long first = order(sandbox.vpsServiceId(), "P1M");
    long second = order(sandbox.dedicatedServiceId(), "P1M");
    long secondDetail = ids(client.get("/me/order/" + second + "/details")).get(0);

    SandboxTestClient.Answer otherOrders = client.get("/me/order/" + first + "/details/" + secondDetail);
    SandboxTestClient.Answer unknownOrder = client.get("/me/order/1/details");
    SandboxTestClient.Answer notANumber = client.get("/me/order/" + first + "/details/abc");

    assertThat(otherOrders.code()).isEqualTo(404);
    assertThat(otherOrders.object()).containsEntry(
        "message", "The requested object (orderDetailId = " + secondDetail + ") does not exist");
    assertThat(unknownOrder.code()).isEqualTo(404);
    assertThat(notANumber.code()).isEqualTo(400);
  }

  @Test
  void listOrders_dateFromAndTo_filterByCreationToTheSecond() throws IOException {
    long orderId = order(sandbox.vpsServiceId(), "P1M");
    OffsetDateTime date = OffsetDateTime.parse((String) client.get("/me/order/" + orderId).object().get("date"));

    List<Long> sinceJustBefore = ids(client.get("/me/order?date.from=" + date.minusMinutes(1)));
    List<Long> sinceLaterInItsSecond = ids(client.get("/me/order?date.from=" + date.plusNanos(600_000_000)));
    List<Long> sinceNextSecond = ids(client.get("/me/order?date.from=" + date.plusSeconds(1)));
    List<Long> untilBefore = ids(client.get("/me/order?date.to=" + date.minusSeconds(1)));
    List<Long> within = ids(client.get(
        "/me/order?date.from=" + date.minusHours(1) + "&date.to=" + date.plusHours(1)));

    assertThat(sinceJustBefore).containsExactly(orderId);
    assertThat(sinceLaterInItsSecond).containsExactly(orderId);
    assertThat(sinceNextSecond).isEmpty();
    assertThat(untilBefore).isEmpty();
    assertThat(within).containsExactly(orderId);
  }

  @Test
  @SuppressWarnings("unchecked")
  void pay_fleetService_expirationMovesByThePeriodInEveryView() throws IOException {
    SandboxService service = renewableManual().get(0);
    LocalDate moved = service.expiration().plus(Period.parse(service.renewPeriod()));

    long orderId = order(service.id(), service.renewPeriod());
    LocalDate beforePayment = sandbox.expirationOf(service.id());
    pay(orderId);

    Map<String, Object> billing = (Map<String, Object>) client.get("/services/" + service.id()).object().get("billing");
    Map<String, Object> current = (Map<String, Object>) ((Map<String, Object>) billing.get("renew")).get("current");
    assertThat(beforePayment).isEqualTo(service.expiration());
    assertThat(sandbox.expirationOf(service.id())).isEqualTo(moved);
    assertThat(OffsetDateTime.parse((String) billing.get("expirationDate")).toLocalDate()).isEqualTo(moved);
    assertThat(OffsetDateTime.parse((String) billing.get("nextBillingDate")).toLocalDate()).isEqualTo(moved);
    assertThat(OffsetDateTime.parse((String) current.get("nextDate")).toLocalDate()).isEqualTo(moved);
    assertThat(current).containsEntry("mode", "manual").containsEntry("period", service.renewPeriod());
    assertThat(client.get("/service/" + service.id()).object())
        .containsEntry("expirationDate", moved.toString())
        .containsEntry("nextBillingDate", moved.toString());
  }

  @Test
  @SuppressWarnings("unchecked")
  void pay_expiredService_becomesActiveAgain() throws IOException {
    SandboxService expired = fleet.stream()
        .filter(s -> s.expiredOn(sandbox.seedDate()) && s.possibleIntervals().contains("P1Y")
            && !s.terminationPending())
        .findFirst().orElseThrow();
    String stateBefore = lifecycleState(expired.id());

    pay(order(expired.id(), "P1Y"));

    assertThat(stateBefore).isEqualTo("toRenew");
    assertThat(lifecycleState(expired.id())).isEqualTo("active");
    assertThat(client.get("/service/" + expired.id()).object()).containsEntry("state", "ok");
  }

  @SuppressWarnings("unchecked")
  private String lifecycleState(long id) throws IOException {
    Map<String, Object> billing = (Map<String, Object>) client.get("/services/" + id).object().get("billing");
    return (String) ((Map<String, Object>) ((Map<String, Object>) billing.get("lifecycle")).get("current")).get("state");
  }

  @Test
  void pay_everyServiceDueWithinThirtyDays_secondListingShowsNoneOfThemDue() throws IOException {
    LocalDate horizon = sandbox.seedDate().plusDays(30);
    List<SandboxService> due = renewableManual().stream()
        .filter(s -> !s.expiration().isAfter(horizon)).toList();
    assertThat(due).hasSizeGreaterThan(5);

    for (SandboxService service : due) {
      // The longest period offered, a year or more: a month would leave a lapsed one still due.
      List<String> periods = service.possibleIntervals();
      pay(order(service.id(), periods.get(periods.size() - 1)));
    }

    List<Long> stillDue = new ArrayList<>();
    for (Object element : client.get("/services", Map.of(
        "X-Pagination-Mode", "CachedObjectList-Pages", "X-Pagination-Size", "5000", "X-Pagination-Number", "1")).array()) {
      Map<?, ?> billing = (Map<?, ?>) ((Map<?, ?>) element).get("billing");
      String expiration = (String) billing.get("expirationDate");
      if (expiration != null && !OffsetDateTime.parse(expiration).toLocalDate().isAfter(horizon)) {
        stillDue.add(((Number) ((Map<?, ?>) element).get("serviceId")).longValue());
      }
    }
    assertThat(stillDue).isNotEmpty().doesNotContainAnyElementsOf(due.stream().map(SandboxService::id).toList());
    assertThat(sandbox.orderIds()).hasSize(due.size());
  }

  @Test
  void nextOrderAnswerDroppedForService_oneOrderAmongMany_onlyItsAnswerLostAndItsOrderFoundByDetails()
      throws IOException {
    List<SandboxService> chosen = renewableManual().subList(0, 5);
    SandboxService lost = chosen.get(2);
    sandbox.faults().nextOrderAnswerDropped(lost.id());
    OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1);

    List<Long> answered = new ArrayList<>();
    for (SandboxService service : chosen) {
      if (service == lost) {
        assertThatThrownBy(() -> order(service.id(), service.renewPeriod())).isInstanceOf(IOException.class);
      } else {
        answered.add(order(service.id(), service.renewPeriod()));
      }
    }

    List<Long> created = ids(client.get("/me/order?date.from=" + before));
    List<Long> unanswered = new ArrayList<>(created);
    unanswered.removeAll(answered);
    assertThat(created).hasSize(5);
    assertThat(unanswered).hasSize(1);
    long detailId = ids(client.get("/me/order/" + unanswered.get(0) + "/details")).get(0);
    assertThat(client.get("/me/order/" + unanswered.get(0) + "/details/" + detailId).object())
        .containsEntry("domain", lost.name());
    assertThat(sandbox.renewOrderRequests()).isEqualTo(5);
  }

  @Test
  void nextOrderAnswerDropped_sixConcurrentOrders_exactlyOneAnswerLostAllSixCommitted() throws Exception {
    List<SandboxService> chosen = renewableManual().subList(0, 6);
    sandbox.faults().nextOrderAnswerDropped();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Long>> results = new ArrayList<>();
      for (SandboxService service : chosen) {
        results.add(pool.submit(() -> order(service.id(), service.renewPeriod())));
      }
      int lost = 0;
      for (Future<Long> result : results) {
        try {
          result.get();
        } catch (java.util.concurrent.ExecutionException e) {
          assertThat(e.getCause()).isInstanceOf(IOException.class);
          lost++;
        }
      }

      assertThat(lost).isEqualTo(1);
      assertThat(sandbox.orderIds()).hasSize(6);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void pricingFails_service_offersAndDryRun500WithQueryIdOthersAndOrdersUnaffected() throws IOException {
    SandboxService failing = renewableManual().get(0);
    SandboxService other = renewableManual().get(1);
    sandbox.faults().pricingFails(failing.id());

    SandboxTestClient.Answer offers = client.get("/service/" + failing.id() + "/renew");
    SandboxTestClient.Answer quote = client.post(
        "/service/" + failing.id() + "/renew", renewBody(true, failing.renewPeriod(), failing.id()));
    SandboxTestClient.Answer otherOffers = client.get("/service/" + other.id() + "/renew");
    SandboxTestClient.Answer otherQuote = client.post(
        "/service/" + other.id() + "/renew", renewBody(true, other.renewPeriod(), other.id()));
    long orderId = order(failing.id(), failing.renewPeriod());
    sandbox.faults().pricingRestored(failing.id());
    SandboxTestClient.Answer restored = client.get("/service/" + failing.id() + "/renew");

    for (SandboxTestClient.Answer answer : List.of(offers, quote)) {
      assertThat(answer.code()).isEqualTo(500);
      assertThat(answer.object())
          .containsEntry("class", "Server::InternalServerError")
          .containsEntry("message", "Internal server error");
      assertThat(answer.headers().get("X-Ovh-QueryId")).startsWith("EU.ext-3.");
    }
    assertThat(otherOffers.code()).isEqualTo(200);
    assertThat(otherQuote.code()).isEqualTo(200);
    assertThat(orderId).isPositive();
    assertThat(restored.code()).isEqualTo(200);
  }
}
