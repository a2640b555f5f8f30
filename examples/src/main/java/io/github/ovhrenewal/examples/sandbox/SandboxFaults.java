package io.github.ovhrenewal.examples.sandbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The faults a sandbox injects on demand, so that tests (yours too) rehearse what real networks,
 * proxies and OVH itself do to money calls. Reach it with {@link OvhSandbox#faults()}.
 *
 * <pre>{@code
 * sandbox.faults().nextPaymentAnswerGarbled(SandboxFaults.Garbage.HTML);
 * client.orders().payWithRegisteredPaymentMean(orderId, PaymentMean.PAYPAL, 1234L); // must not pass for a success
 * }</pre>
 *
 * <p>The {@code next…} methods arm one fault for the next call it concerns, and that call consumes
 * it: the calls after it are answered normally. The call itself is carried out first, exactly as
 * without the fault, and only its answer is spoiled: the order exists, the payment is made. That is
 * what makes these faults dangerous, and what a client must survive: whoever trusts the answer, or
 * sends the call again, gets the money wrong.
 *
 * <p>Names read {@code next<Call>Answer<Fault>}: {@code nextOrderAnswer…} concerns the next renew
 * {@code POST} that creates an order (dry runs are left alone), {@code nextPaymentAnswer…} the next
 * payment that is made, {@code nextAnswer…} the next call of any kind, or the next one to a path.
 * Arming the same fault twice before it fires arms it once.
 *
 * <p>The other methods describe how the server differs from OVH's until they are switched back,
 * for fleet clients that must cope with other servers: {@link #paginationModeIgnored(boolean)},
 * {@link #servicesApiMissing(boolean)}, {@link #pricingFails(long)}. Thread-safe.
 */
public final class SandboxFaults {

  /** An unreadable body that a proxy or a failing server answers with status 200. */
  public enum Garbage {
    /** JSON cut in the middle, as when a connection is cut mid-answer behind a proxy. */
    TRUNCATED_JSON("{\"orderId\":123456789,\"paymentMean\":\"pay", SandboxAnswer.JSON),
    /** An HTML page, as a proxy or a maintenance page sends. */
    HTML(
        "<html><head><title>502 Bad Gateway</title></head>"
            + "<body><h1>502 Bad Gateway</h1><p>The proxy got no valid answer.</p></body></html>",
        "text/html; charset=utf-8");

    private final String body;
    private final String contentType;

    Garbage(String body, String contentType) {
      this.body = body;
      this.contentType = contentType;
    }

    /** The answer that replaces a successful one. */
    SandboxAnswer answer() {
      return new SandboxAnswer(200, body, contentType, false);
    }
  }

  /** What happens to the next order's answer. */
  private enum OrderFault {
    NONE,
    DROPPED,
    UNAUTHORIZED
  }

  /** A generic fault waiting for its call: any call when {@code path} is null. */
  private record Pending(String path, SandboxRoute route, SandboxStreamedBody body) {}

  private OrderFault orderFault = OrderFault.NONE;
  private final Set<Long> orderAnswerDroppedFor = new HashSet<>();
  private Garbage paymentGarbage;
  private final List<Pending> pending = new ArrayList<>();
  private boolean paginationModeIgnored;
  private boolean servicesApiMissing;
  private final Set<Long> pricingFails = new HashSet<>();
  private final Set<Long> renewUpdateRefused = new HashSet<>();

  SandboxFaults() {}

  /**
   * Whether {@code GET /services} ignores {@code X-Pagination-Mode}, as a server or proxy that does
   * not know the mode does: with {@code true}, a request for a page of objects gets the plain array
   * of every id, without {@code X-Pagination-*} headers, and a client must fall back to
   * {@code GET /services/{id}} per id. Stays until switched back.
   *
   * @param ignored true to ignore the mode, false (the default) to honour it
   */
  public synchronized void paginationModeIgnored(boolean ignored) {
    paginationModeIgnored = ignored;
  }

  /**
   * Whether the {@code /services} API is absent, as on an endpoint without it: with {@code true},
   * {@code /services} and every path under it answer 404 {@code Client::NotFound} "Got an invalid
   * (or empty) URL", before authentication, as any unknown path does; a client must fall back to
   * {@code GET /service} and {@code GET /service/{id}}. Stays until switched back.
   *
   * @param missing true to remove the API, false (the default) to serve it
   */
  public synchronized void servicesApiMissing(boolean missing) {
    servicesApiMissing = missing;
  }

  /**
   * Pricing this service fails from now on: its renew offers ({@code GET /service/{id}/renew}) and
   * its dry runs ({@code POST /service/{id}/renew} with {@code dryRun:true}) answer 500
   * {@code Server::InternalServerError}, with their {@code X-Ovh-QueryId} as always. A real order is
   * still carried out: a client that orders what it could not price has a bug this does not hide.
   * Undo with {@link #pricingRestored(long)}.
   *
   * @param serviceId the service whose pricing fails; need not exist
   */
  public synchronized void pricingFails(long serviceId) {
    pricingFails.add(serviceId);
  }

  /**
   * Pricing this service works again, after {@link #pricingFails(long)}.
   *
   * @param serviceId the service
   */
  public synchronized void pricingRestored(long serviceId) {
    pricingFails.remove(serviceId);
  }

  /**
   * The next renew {@code POST} that creates an order for this service (its {@code serviceId} in
   * the path) gets no answer: the connection is closed instead, and the order exists. Orders for
   * other services, sent before or alongside, are answered normally: for "one order among many"
   * tests. Fires before a fault armed with {@link #nextOrderAnswerDropped()} and leaves it armed.
   *
   * @param serviceId the service whose next order answer is lost
   */
  public synchronized void nextOrderAnswerDropped(long serviceId) {
    orderAnswerDroppedFor.add(serviceId);
  }

  synchronized boolean isPaginationModeIgnored() {
    return paginationModeIgnored;
  }

  synchronized boolean isServicesApiMissing() {
    return servicesApiMissing;
  }

  synchronized boolean pricingFailsFor(long serviceId) {
    return pricingFails.contains(serviceId);
  }

  /**
   * The next {@code PUT /services/{serviceId}} for this service is refused: 400
   * {@code Client::BadRequest} "This service cannot be modified right now", and nothing changes, as
   * when OVH refuses a change it did not announce in the capacities (a suspended service, a
   * commitment being renewed). For a bulk change with one refusal among many.
   *
   * @param serviceId the service whose next change is refused
   */
  public synchronized void renewUpdateRefused(long serviceId) {
    renewUpdateRefused.add(serviceId);
  }

  /** Consumes a {@link #renewUpdateRefused} fault for this service: whether its change is refused. */
  synchronized boolean takeRenewUpdateRefused(long serviceId) {
    return renewUpdateRefused.remove(serviceId);
  }

  /**
   * The next renew {@code POST} that creates an order gets no answer: the connection is closed
   * instead. The order exists, as when a network drops an answer. Replaces an armed
   * {@link #nextOrderAnswerUnauthorized()}.
   */
  public synchronized void nextOrderAnswerDropped() {
    orderFault = OrderFault.DROPPED;
  }

  /**
   * The next renew {@code POST} that creates an order is answered 401 {@code INVALID_CREDENTIAL}
   * after the order was committed: the order exists, as when a credential expires or a token is
   * revoked while the call is in flight. A client that refreshes its credentials and sends the order
   * again orders twice. Replaces an armed {@link #nextOrderAnswerDropped()}.
   */
  public synchronized void nextOrderAnswerUnauthorized() {
    orderFault = OrderFault.UNAUTHORIZED;
  }

  /**
   * The next payment that is made ({@code POST /me/order/{orderId}/payWithRegisteredPaymentMean}
   * accepted: the order moves to {@code delivered}) is answered 200 with an unreadable body instead
   * of the empty answer. Payments the sandbox refuses do not consume the fault.
   *
   * @param garbage what the body holds
   */
  public synchronized void nextPaymentAnswerGarbled(Garbage garbage) {
    paymentGarbage = Objects.requireNonNull(garbage, "garbage == null");
  }

  /**
   * The next answer, to any call, is replaced by status 200 and a JSON array ({@code [0,0,…,0]})
   * of exactly {@code bytes} bytes, with its {@code Content-Length}. The body is streamed as the
   * client reads it, never held in the sandbox's memory, so it may be larger than the heap. The call
   * is carried out as usual first.
   *
   * @param bytes the body's length, at least 3
   */
  public void nextAnswerHuge(long bytes) {
    arm(null, SandboxStreamedBody.huge(bytes));
  }

  /**
   * As {@link #nextAnswerHuge(long)}, for the next call to this path only.
   *
   * @param path a path under the API root, as the reference writes it: {@code /service}, or
   *     {@code /me/order/{orderId}/status}, where a {@code {name}} segment matches any value
   * @param bytes the body's length, at least 3
   */
  public void nextAnswerHuge(String path, long bytes) {
    arm(checkedPath(path), SandboxStreamedBody.huge(bytes));
  }

  /**
   * The next answer, to any call, is replaced by status 200 and a chunked JSON array that never
   * ends: chunks of {@code 0,0,…} are written for as long as the client reads, never held in the
   * sandbox's memory. Only the client closing the connection, or the sandbox closing, ends it.
   * The call is carried out as usual first.
   */
  public void nextAnswerEndless() {
    arm(null, SandboxStreamedBody.endless());
  }

  /**
   * As {@link #nextAnswerEndless()}, for the next call to this path only.
   *
   * @param path a path under the API root, as {@link #nextAnswerHuge(String, long)} takes it
   */
  public void nextAnswerEndless(String path) {
    arm(checkedPath(path), SandboxStreamedBody.endless());
  }

  /** The answer an order for {@code serviceId} gets: {@code answer} itself, or its spoiled form. */
  synchronized SandboxAnswer orderAnswer(long serviceId, SandboxAnswer answer) {
    if (orderAnswerDroppedFor.remove(serviceId)) {
      return answer.dropped();
    }
    OrderFault fault = orderFault;
    orderFault = OrderFault.NONE;
    switch (fault) {
      case DROPPED:
        return answer.dropped();
      case UNAUTHORIZED:
        return SandboxErrors.unauthorized().answer();
      default:
        return answer;
    }
  }

  /** The answer a payment that was made gets: {@code answer} itself, or garbage. */
  synchronized SandboxAnswer paymentAnswer(SandboxAnswer answer) {
    Garbage garbage = paymentGarbage;
    paymentGarbage = null;
    return garbage == null ? answer : garbage.answer();
  }

  /**
   * The streamed body that replaces this request's answer, consuming its fault, or null.
   * Requests outside the API (the validation page) match only a fault armed for any call.
   */
  synchronized SandboxStreamedBody takeBodyFault(SandboxRequest request) {
    for (int i = 0; i < pending.size(); i++) {
      Pending fault = pending.get(i);
      boolean matches = fault.route() == null
          || (request.underApi() && fault.route().matchesPath(request.segments()));
      if (matches) {
        pending.remove(i);
        return fault.body();
      }
    }
    return null;
  }

  private synchronized void arm(String path, SandboxStreamedBody body) {
    // Arming again replaces the fault armed for the same place: a fault fires once.
    pending.removeIf(p -> Objects.equals(p.path(), path));
    pending.add(new Pending(path, path == null ? null : SandboxRoute.anyMethod(path), body));
  }

  private static String checkedPath(String path) {
    Objects.requireNonNull(path, "path == null");
    if (!path.startsWith("/") || path.length() < 2 || path.endsWith("/")) {
      throw new IllegalArgumentException("path '" + path + "' must start with / and name a call, e.g. /service");
    }
    return path;
  }
}
