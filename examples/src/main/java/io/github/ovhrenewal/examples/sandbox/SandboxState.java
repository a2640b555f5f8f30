package io.github.ovhrenewal.examples.sandbox;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The account's services, offers, orders and payments. Every method is synchronized: MockWebServer
 * dispatches each connection on its own thread, and a renewal touches orders and services at once.
 */
final class SandboxState {

  /** The registered mean that has no id and no payment method: the account's prepaid balance. */
  private static final String OVH_ACCOUNT = "ovhAccount";

  /** billing.ReusablePaymentMeanEnum, from OVH's API description. */
  private static final Set<String> KNOWN_MEANS =
      Set.of(
          "CREDIT_CARD", "CURRENT_ACCOUNT", "DEFERRED_PAYMENT_ACCOUNT", "DOMESTIC_CARD",
          "ENTERPRISE", "INTERNAL_TRUSTED_ACCOUNT", "PAYPAL", "RUPAY", "SEPA_DIRECT_DEBIT",
          "bankAccount", "creditCard", "deferredPaymentAccount", "fidelityAccount", "ovhAccount",
          "paypal");

  private static final Set<String> MEANS_NEEDING_ID = Set.of("paypal", "creditCard", "bankAccount");

  private static final char[] PASSWORD_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

  private final SandboxClock clock;
  private final Map<Long, SandboxService> services = new TreeMap<>();
  private final List<SandboxOffer> offers;
  private final Map<Long, SandboxOrder> orders = new TreeMap<>();
  private final List<SandboxPaymentMethod> paymentMethods;
  private final SecureRandom random = new SecureRandom();
  private long nextOrderId = 123_456_789L;
  private int renewOrderRequests;
  private int paymentRequests;

  SandboxState(
      SandboxClock clock,
      List<SandboxService> seededServices,
      List<SandboxOffer> offers,
      List<SandboxPaymentMethod> paymentMethods) {
    this.clock = clock;
    for (SandboxService service : seededServices) {
      services.put(service.id(), service);
    }
    this.offers = List.copyOf(offers);
    this.paymentMethods = List.copyOf(paymentMethods);
  }

  synchronized List<Long> serviceIds() {
    return new ArrayList<>(services.keySet());
  }

  synchronized SandboxService service(long id) {
    SandboxService service = services.get(id);
    if (service == null) {
      throw SandboxErrors.notFound("The requested object (serviceId = " + id + ") does not exist");
    }
    return service;
  }

  synchronized SandboxService serviceByRoute(String route, String name) {
    return services.values().stream()
        .filter(s -> s.route().equals(route) && s.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                SandboxErrors.notFound(
                    "The requested object (serviceName = " + name + ") does not exist"));
  }

  /** The strategies listed by {@code GET /service/{id}/renew}, in offer order. */
  synchronized List<SandboxOffer> offers(long serviceId, boolean includeOptions) {
    service(serviceId);
    return offers.stream()
        .filter(o -> o.serviceId() == serviceId && (includeOptions || !o.option()))
        .collect(Collectors.toList());
  }

  /**
   * {@code POST /service/{id}/renew}. A real order is counted as soon as it is received, even if
   * invalid, so that "never sent twice" tests see every attempt.
   */
  synchronized SandboxOrder renew(
      long serviceId, String period, List<Long> renewed, boolean dryRun) {
    if (!dryRun) {
      renewOrderRequests++;
    }
    List<SandboxOffer> offered = offers(serviceId, true);
    List<SandboxOffer> forPeriod =
        offered.stream().filter(o -> o.period().equals(period)).collect(Collectors.toList());
    if (forPeriod.isEmpty()) {
      String periods =
          offered.stream().map(SandboxOffer::period).distinct().collect(Collectors.joining(", "));
      throw SandboxErrors.badRequest(
          "Duration " + period + " is not available for service " + serviceId
              + " (available: " + periods + ")");
    }
    Set<Long> asked = new HashSet<>(renewed);
    SandboxOffer offer =
        forPeriod.stream()
            .filter(o -> new HashSet<>(o.services()).equals(asked) && o.services().size() == renewed.size())
            .findFirst()
            .orElseThrow(
                () ->
                    SandboxErrors.badRequest(
                        "Services " + renewed + " do not match any renew strategy of service "
                            + serviceId + " for " + period));
    long orderId = dryRun ? 0L : nextOrderId++;
    SandboxOrder order =
        new SandboxOrder(
            orderId, password(), clock.nowUtc(), period, offer.services(), offer.price(),
            SandboxOrder.NOT_PAID);
    if (!dryRun) {
      orders.put(orderId, order);
    }
    return order;
  }

  synchronized List<Long> orderIds(OffsetDateTime from, OffsetDateTime to) {
    return orders.values().stream()
        .filter(o -> from == null || !o.date().isBefore(from))
        .filter(o -> to == null || !o.date().isAfter(to))
        .map(SandboxOrder::orderId)
        .collect(Collectors.toList());
  }

  synchronized List<Long> orderIds() {
    return new ArrayList<>(orders.keySet());
  }

  synchronized SandboxOrder order(long orderId) {
    SandboxOrder order = orders.get(orderId);
    if (order == null) {
      throw SandboxErrors.notFound("The requested object (orderId = " + orderId + ") does not exist");
    }
    return order;
  }

  /** The means that can still pay this order: none once it is paid. */
  synchronized List<String> availableMeans(long orderId) {
    SandboxOrder order = order(orderId);
    if (!SandboxOrder.NOT_PAID.equals(order.status())) {
      return List.of();
    }
    List<String> means = new ArrayList<>();
    for (SandboxPaymentMethod method : paymentMethods) {
      if (method.isValid() && !means.contains(method.paymentMean())) {
        means.add(method.paymentMean());
      }
    }
    means.add(OVH_ACCOUNT);
    return means;
  }

  /** {@code GET /me/payment/method}: ids of the payment methods matching the filters that are set. */
  synchronized List<Long> paymentMethodIds(String paymentType, String status, Boolean isDefault) {
    return paymentMethods.stream()
        .filter(m -> paymentType == null || m.paymentType().equals(paymentType))
        .filter(m -> status == null || m.status().equals(status))
        .filter(m -> isDefault == null || m.isDefault() == isDefault)
        .map(SandboxPaymentMethod::paymentMethodId)
        .collect(Collectors.toList());
  }

  synchronized SandboxPaymentMethod paymentMethod(long paymentMethodId) {
    return paymentMethods.stream()
        .filter(m -> m.paymentMethodId() == paymentMethodId)
        .findFirst()
        .orElseThrow(() -> SandboxErrors.notFound(
            "The requested object (paymentMethodId = " + paymentMethodId + ") does not exist"));
  }

  /** Whether the account can pay with this mean: its prepaid account, or a valid method's mean and id. */
  private boolean isRegistered(String mean, Long meanId) {
    if (mean.equals(OVH_ACCOUNT)) {
      return true;
    }
    return paymentMethods.stream()
        .anyMatch(m -> m.isValid() && m.paymentMean().equals(mean) && Long.valueOf(m.paymentMeanId()).equals(meanId));
  }

  /**
   * {@code POST /me/order/{id}/payWithRegisteredPaymentMean}: delivers the order and moves the
   * renewed services' expiration by the period.
   */
  synchronized void pay(long orderId, String mean, Long meanId) {
    paymentRequests++;
    SandboxOrder order = order(orderId);
    if (!KNOWN_MEANS.contains(mean)) {
      throw SandboxErrors.badRequest(
          "[paymentMean] Given data (" + mean
              + ") does not belong to the ReusablePaymentMeanEnum enumeration");
    }
    if (meanId == null && MEANS_NEEDING_ID.contains(mean)) {
      throw SandboxErrors.badRequest("paymentMeanId is mandatory for " + mean);
    }
    if (!SandboxOrder.NOT_PAID.equals(order.status())) {
      throw SandboxErrors.conflict("Order " + orderId + " has already been paid");
    }
    if (!isRegistered(mean, meanId)) {
      throw SandboxErrors.badRequest(
          "This order can't be paid with " + mean + (meanId == null ? "" : " " + meanId));
    }
    Period period = Period.parse(order.period());
    for (long id : order.services()) {
      SandboxService service = services.get(id);
      services.put(id, service.withExpiration(service.expiration().plus(period)));
    }
    orders.put(orderId, order.withStatus(SandboxOrder.DELIVERED));
  }

  synchronized int renewOrderRequests() {
    return renewOrderRequests;
  }

  synchronized int paymentRequests() {
    return paymentRequests;
  }

  synchronized List<String> registeredMeansDescription() {
    List<String> lines = new ArrayList<>();
    for (SandboxPaymentMethod method : paymentMethods) {
      lines.add(method.paymentMean() + " paymentMeanId=" + method.paymentMeanId()
          + " (payment method " + method.paymentMethodId() + ", " + method.paymentType() + ", " + method.status() + ")");
    }
    lines.add(OVH_ACCOUNT + " (no paymentMeanId)");
    return lines;
  }

  private String password() {
    char[] chars = new char[4];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = PASSWORD_CHARS[random.nextInt(PASSWORD_CHARS.length)];
    }
    return new String(chars);
  }
}
