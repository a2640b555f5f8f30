package io.github.ovhrenewal.examples.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
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
  /** {@code routePath + " " + routeValue} to serviceId, for serviceInfos. */
  private final Map<String, Long> byRoute = new HashMap<>();
  /** The strategies beyond each service alone, by the serviceId whose /renew lists them. */
  private final Map<Long, List<SandboxOffer>> extraOffers = new HashMap<>();
  private final Map<Long, SandboxOrder> orders = new TreeMap<>();
  private final List<SandboxPaymentMethod> paymentMethods;
  private final SecureRandom random = new SecureRandom();
  private long nextOrderId = 123_456_789L;
  private long nextDetailId = 900_000_001L;
  private int renewOrderRequests;
  private int paymentRequests;
  private int renewUpdates;
  private int deliveringReads;
  private final Map<Long, Integer> readsBeforeDelivery = new HashMap<>();

  SandboxState(
      SandboxClock clock,
      List<SandboxService> seededServices,
      List<SandboxOffer> extraOffers,
      List<SandboxPaymentMethod> paymentMethods) {
    this.clock = clock;
    for (SandboxService service : seededServices) {
      if (services.put(service.id(), service) != null) {
        throw new IllegalArgumentException("serviceId " + service.id() + " is seeded twice");
      }
      byRoute.put(routeKey(service.routePath(), service.routeValue()), service.id());
    }
    for (SandboxOffer offer : extraOffers) {
      this.extraOffers.computeIfAbsent(offer.serviceId(), id -> new ArrayList<>()).add(offer);
    }
    this.paymentMethods = List.copyOf(paymentMethods);
  }

  synchronized List<Long> serviceIds() {
    return new ArrayList<>(services.keySet());
  }

  /**
   * The services matching the filters of {@code GET /services}, by id: a snapshot, safe to read
   * after the lock is released (services are immutable).
   *
   * @param resourceName only the services of that resource name, or null for all
   * @param routes only the services on these route paths, or null for all
   */
  synchronized List<SandboxService> services(String resourceName, Set<String> routes) {
    List<SandboxService> matching = new ArrayList<>();
    for (SandboxService service : services.values()) {
      if ((resourceName == null || resourceName.equals(service.name()))
          && (routes == null || routes.contains(service.routePath()))) {
        matching.add(service);
      }
    }
    return matching;
  }

  synchronized SandboxService service(long id) {
    SandboxService service = services.get(id);
    if (service == null) {
      throw SandboxErrors.notFound("The requested object (serviceId = " + id + ") does not exist");
    }
    return service;
  }

  /** The service at {@code route/{serviceName}} named {@code name}, as serviceInfos finds it. */
  synchronized SandboxService serviceByRoute(String route, String name) {
    Long id = byRoute.get(routeKey(route + "/{serviceName}", name));
    if (id == null) {
      throw SandboxErrors.notFound("The requested object (serviceName = " + name + ") does not exist");
    }
    return services.get(id);
  }

  private static String routeKey(String routePath, String routeValue) {
    return routePath + " " + routeValue;
  }

  /**
   * The strategies listed by {@code GET /service/{id}/renew}: for each period offered, the service
   * alone at its list price, then the other strategies for that period (options only with
   * {@code includeOptions}).
   */
  synchronized List<SandboxOffer> offers(long serviceId, boolean includeOptions) {
    SandboxService service = service(serviceId);
    List<SandboxOffer> extras = extraOffers.getOrDefault(serviceId, List.of());
    List<SandboxOffer> offers = new ArrayList<>();
    for (String period : service.possibleIntervals()) {
      BigDecimal price = service.product().prices().get(period);
      if (price != null) {
        offers.add(new SandboxOffer(serviceId, period, List.of(serviceId), price, false));
      }
      for (SandboxOffer extra : extras) {
        if (extra.period().equals(period) && (includeOptions || !extra.option())) {
          offers.add(extra);
        }
      }
    }
    return offers;
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
            SandboxOrder.NOT_PAID, dryRun ? List.of() : details(offer, period));
    if (!dryRun) {
      orders.put(orderId, order);
    }
    return order;
  }

  /**
   * One entry per renewed service. A strategy's price is shared out evenly, the cents left over on
   * the first entry, so that the entries add up to the order's price exactly.
   */
  private List<SandboxOrder.Detail> details(SandboxOffer offer, String period) {
    int count = offer.services().size();
    BigDecimal share = offer.price().divide(BigDecimal.valueOf(count), 2, RoundingMode.DOWN);
    BigDecimal first = offer.price().subtract(share.multiply(BigDecimal.valueOf(count - 1)));
    List<SandboxOrder.Detail> details = new ArrayList<>();
    for (long id : offer.services()) {
      SandboxService service = service(id);
      details.add(new SandboxOrder.Detail(
          nextDetailId++, id, service.name(), service.serviceType() + " - renewal " + period,
          details.isEmpty() ? first : share));
    }
    return details;
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
    deliver(orderId, order);
  }

  /** A payment made: the renewed services' expiration moves by the period, the order is delivered (or delivering). */
  private void deliver(long orderId, SandboxOrder order) {
    Period period = Period.parse(order.period());
    for (long id : order.services()) {
      SandboxService service = services.get(id);
      if (service.expires()) {
        services.put(id, service.withExpiration(service.expiration().plus(period)));
      }
    }
    if (deliveringReads > 0) {
      readsBeforeDelivery.put(orderId, deliveringReads);
      orders.put(orderId, order.withStatus(SandboxOrder.DELIVERING));
    } else {
      orders.put(orderId, order.withStatus(SandboxOrder.DELIVERED));
    }
  }

  /**
   * {@code PUT /services/{id}} with a {@code renew}: the mode must be one the service allows, the
   * period one of its {@code renewPeriodCapacities} (or its current one), as OVH checks them.
   */
  synchronized void updateRenewal(long serviceId, String mode, String period) {
    SandboxService service = service(serviceId);
    if (!service.expires()) {
      throw SandboxErrors.badRequest("Service " + serviceId + " does not renew: it has no renewal to configure");
    }
    if (!service.possibleModes().contains(mode)) {
      throw SandboxErrors.badRequest("Renew mode " + mode + " is not available for service " + serviceId
          + "; available modes: " + String.join(", ", service.possibleModes()));
    }
    if (!period.equals(service.renewPeriod()) && !service.possibleIntervals().contains(period)) {
      throw SandboxErrors.badRequest("Renew period " + period + " is not available for service " + serviceId
          + "; available periods: " + String.join(", ", service.possibleIntervals()));
    }
    services.put(serviceId, service.withRenewal(mode, period));
    renewUpdates++;
  }

  synchronized int renewUpdates() {
    return renewUpdates;
  }

  /**
   * {@code POST /me/order/{id}/pay}: pays with a registered payment method, which must be
   * {@code VALID}, as OVH refuses an expired card.
   */
  synchronized void payWithMethod(long orderId, long paymentMethodId) {
    paymentRequests++;
    SandboxOrder order = order(orderId);
    SandboxPaymentMethod method = paymentMethods.stream().filter(m -> m.paymentMethodId() == paymentMethodId).findFirst()
        .orElseThrow(() -> SandboxErrors.badRequest("Payment method " + paymentMethodId + " does not exist on this account"));
    if (!SandboxOrder.NOT_PAID.equals(order.status())) {
      throw SandboxErrors.conflict("Order " + orderId + " has already been paid");
    }
    if (!method.isValid()) {
      throw SandboxErrors.badRequest("Payment method " + paymentMethodId + " is " + method.status() + " and cannot pay this order");
    }
    deliver(orderId, order);
  }

  /** {@code GET /me/order/{id}/paymentMethods}: the valid methods, while the order is unpaid. */
  synchronized List<SandboxPaymentMethod> methodsFor(long orderId) {
    SandboxOrder order = order(orderId);
    if (!SandboxOrder.NOT_PAID.equals(order.status())) {
      return List.of();
    }
    return paymentMethods.stream().filter(SandboxPaymentMethod::isValid).toList();
  }

  /**
   * After a payment, the status reads {@code delivering} this many times before {@code delivered}
   * ({@link OvhSandbox#deliverAfterStatusReads(int)}).
   */
  synchronized void deliverAfterStatusReads(int reads) {
    deliveringReads = reads;
  }

  /** {@code GET /me/order/{id}/status}: counts the reads of a delivering order down to delivery. */
  synchronized String readStatus(long orderId) {
    SandboxOrder order = order(orderId);
    if (SandboxOrder.DELIVERING.equals(order.status())) {
      int left = readsBeforeDelivery.merge(orderId, -1, Integer::sum);
      if (left < 0) {
        readsBeforeDelivery.remove(orderId);
        orders.put(orderId, order.withStatus(SandboxOrder.DELIVERED));
        return SandboxOrder.DELIVERED;
      }
    }
    return order.status();
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
      lines.add("method:" + method.paymentMethodId() + "  " + method.paymentType()
          + (method.paymentSubType() == null ? "" : " " + method.paymentSubType()) + ", " + method.status()
          + (method.isDefault() ? ", default" : "") + "  (registered mean " + method.paymentMean() + ":" + method.paymentMeanId() + ")");
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
