package io.github.ovhrenewal.examples.sandbox;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import mockwebserver3.MockWebServer;

/**
 * An in-process fake of the OVH API v1 renewal endpoints, strict like the real API: it checks
 * application key, consumer key, timestamp, signature and access rules, and keeps services, orders
 * and payments in memory.
 *
 * <pre>{@code
 * try (OvhSandbox sandbox = OvhSandbox.start()) {
 *   String endpoint = sandbox.baseUrl();            // http://127.0.0.1:PORT/1.0
 *   long vps = sandbox.vpsServiceId();
 *   // point the client at endpoint with sandbox.applicationKey(), applicationSecret(), consumerKey()
 * }
 * }</pre>
 *
 * <p>Seeded services: domain {@code example.ovh} (12345), web hosting {@code example.ovh} (67890),
 * VPS {@code vps112233.ovh.net} (112233), dedicated server {@code ns3001234.ip-51-91-0.eu}
 * (445566), whose renewal may only be manual. Payment methods under {@code /me/payment/method}:
 * 3001 (PayPal, registered mean paypal 1234), 3002 (a VISA card, the account's default, creditCard
 * 5678) and 3003 (a MASTERCARD card, EXPIRED, creditCard 9012); and the ovhAccount mean.
 *
 * <p>Payment: {@code POST /me/order/{id}/pay} with a payment method, or
 * {@code payWithRegisteredPaymentMean} with a mean; an invalid method or mean is refused, an order
 * paid twice gets 409. A payment moves the order to {@code delivered} (or to {@code delivering}
 * for the next {@link #deliverAfterStatusReads(int) n} status reads). {@code GET
 * /me/order/{id}/paymentMethods} says what can pay an order. {@code PUT /services/{id}} changes how
 * a service renews, checked against its capacities ({@code renew.capacities.mode} and
 * {@code renewPeriodCapacities}), and both {@code /services/{id}} and {@code /service/{id}} show the
 * change.
 *
 * <p>A fleet, for bulk renewal: {@link #startWithFleet(int)} adds generated services (ids from
 * 20000001) to the four above, served by {@code /service}, by {@code /services} with OVH's
 * pagination mode ({@code X-Pagination-Mode: CachedObjectList-Pages}), and renewable like them.
 * Orders list their entries under {@code /me/order/{id}/details}; a paid order moves each renewed
 * service's expiration forward by its period. {@link #requests()}, {@link #requestCount} and
 * {@link #maxInFlight()} show what reached the server; {@link #faults()} changes how it answers.
 * Thread-safe.
 */
public final class OvhSandbox implements AutoCloseable {

  private final MockWebServer server;
  private final SandboxClock clock;
  private final SandboxState state;
  private final SandboxFaults faults;
  private final SandboxTraffic traffic;
  private final String origin;
  private final LocalDate seedDate;

  private OvhSandbox(
      MockWebServer server, SandboxClock clock, SandboxState state, SandboxFaults faults,
      SandboxTraffic traffic, String origin, LocalDate seedDate) {
    this.server = server;
    this.clock = clock;
    this.state = state;
    this.faults = faults;
    this.traffic = traffic;
    this.origin = origin;
    this.seedDate = seedDate;
  }

  /**
   * Starts a seeded sandbox on 127.0.0.1 and a random free port.
   *
   * @return the running sandbox; close it when done
   * @throws UncheckedIOException if no port can be bound
   */
  public static OvhSandbox start() {
    return start(0);
  }

  /**
   * Starts a sandbox holding the four guide services plus {@code services} generated ones, on
   * 127.0.0.1 and a random free port.
   *
   * <p>The fleet is the same for the same size and day (a fixed seed): ids {@code 20000001}
   * onwards, add-ons right after their parent. About two in five are domains, one in five web
   * hostings (some with a private SQL add-on), one in four VPS, one in eight dedicated servers (half
   * with a backup storage add-on, whose {@code parentServiceId} is the server), and a few vRacks
   * that never expire. Expirations spread over the next 400 days from {@link #seedDate()}, a few
   * already a week or less past; renewal is manual for most and automatic for about three in ten;
   * periods from P1M to P3Y; about 3% have {@code terminateAtExpirationDate} pending and 2% have no
   * offer for their current period. Every name is unique and every service renews like the guide's:
   * offers, dry run, order, payment. A thousand services seed in milliseconds.
   *
   * @param services how many services to generate, from 0 to 100,000
   * @return the running sandbox; close it when done
   * @throws IllegalArgumentException if {@code services} is out of range, before anything starts
   * @throws UncheckedIOException if no port can be bound
   */
  public static OvhSandbox startWithFleet(int services) {
    if (services < 0 || services > SandboxFleet.MAX_SIZE) {
      throw new IllegalArgumentException(
          "services must be between 0 and " + SandboxFleet.MAX_SIZE + ", was " + services);
    }
    return start(0, services);
  }

  /** Starts on this port (0 for a random free one): {@link #main} lets people pick one. */
  static OvhSandbox start(int port) {
    return start(port, 0);
  }

  private static OvhSandbox start(int port, int fleetSize) {
    MockWebServer server = new MockWebServer();
    server.setServerSocketFactory(new SandboxSockets());
    try {
      server.start(InetAddress.getByName("127.0.0.1"), port);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the OVH sandbox on port " + port, e);
    }
    String origin = "http://127.0.0.1:" + server.getPort();
    SandboxClock clock = new SandboxClock(Clock.systemUTC());
    LocalDate today = clock.today();
    List<SandboxService> services = new ArrayList<>(SandboxSeed.services(today));
    services.addAll(SandboxFleet.generate(fleetSize, today));
    SandboxState state =
        new SandboxState(
            clock, services, SandboxSeed.extraOffers(), SandboxSeed.paymentMethods(today));
    SandboxCredentials credentials = new SandboxCredentials(clock.nowUtc());
    SandboxAuthenticator authenticator = new SandboxAuthenticator(credentials, clock);
    SandboxFaults faults = new SandboxFaults();
    SandboxTraffic traffic = new SandboxTraffic();
    server.setDispatcher(
        new SandboxDispatcher(
            authenticator,
            new SandboxQueryIds(server.getPort()),
            faults,
            traffic,
            () -> forgetRecorded(server),
            List.of(
                new SandboxAuthApi(credentials, authenticator, clock, origin).routes(),
                new SandboxServiceApi(state, clock, faults, origin).routes(),
                new SandboxServicesApi(state, clock, faults).routes(),
                new SandboxOrderApi(state, faults, origin).routes(),
                new SandboxPaymentMethodApi(state).routes())));
    return new OvhSandbox(server, clock, state, faults, traffic, origin, today);
  }

  private static void forgetRecorded(MockWebServer server) {
    try {
      while (server.takeRequest(0, TimeUnit.MILLISECONDS) != null) {
        // each request is logged by SandboxTraffic; MockWebServer's copy is not needed
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The API endpoint to configure in a client.
   *
   * @return e.g. {@code http://127.0.0.1:43121/1.0}, without trailing slash
   */
  public String baseUrl() {
    return origin + "/1.0";
  }

  /**
   * The sandbox's application key (constant).
   *
   * @return the application key
   */
  public String applicationKey() {
    return SandboxCredentials.APPLICATION_KEY;
  }

  /**
   * The sandbox's application secret (constant; it protects nothing).
   *
   * @return the application secret
   */
  public String applicationSecret() {
    return SandboxCredentials.APPLICATION_SECRET;
  }

  /**
   * A consumer key allowed GET, POST, PUT and DELETE on every path (constant).
   *
   * @return the consumer key
   */
  public String consumerKey() {
    return SandboxCredentials.CONSUMER_KEY;
  }

  /**
   * A consumer key allowed only GET on every path: its POSTs get 403 NOT_GRANTED_CALL.
   *
   * @return the read-only consumer key
   */
  public String readOnlyConsumerKey() {
    return SandboxCredentials.READ_ONLY_CONSUMER_KEY;
  }

  /**
   * Shifts the sandbox's clock from the real one, to simulate a client whose clock drifts.
   *
   * @param offset sandbox clock minus real clock; {@link Duration#ZERO} to reset
   */
  public void serverClockOffset(Duration offset) {
    clock.offset(Objects.requireNonNull(offset, "offset == null"));
  }

  /**
   * The seeded VPS {@code vps112233.ovh.net}.
   *
   * @return its serviceId
   */
  public long vpsServiceId() {
    return SandboxSeed.VPS_ID;
  }

  /**
   * The seeded domain {@code example.ovh}.
   *
   * @return its serviceId
   */
  public long domainServiceId() {
    return SandboxSeed.DOMAIN_ID;
  }

  /**
   * The seeded web hosting {@code example.ovh}, renewable together with the domain.
   *
   * @return its serviceId
   */
  public long hostingServiceId() {
    return SandboxSeed.HOSTING_ID;
  }

  /**
   * The seeded dedicated server {@code ns3001234.ip-51-91-0.eu}.
   *
   * @return its serviceId
   */
  public long dedicatedServiceId() {
    return SandboxSeed.DEDICATED_ID;
  }

  /**
   * Every service id of the account, ascending: the guide's four, then the generated fleet.
   *
   * @return a snapshot of the ids
   */
  public List<Long> serviceIds() {
    return List.copyOf(state.serviceIds());
  }

  /**
   * A service's expiration date as the sandbox holds it now: moved forward by each paid renewal.
   *
   * @param serviceId a service of this sandbox
   * @return its expiration date, or null for a service that never expires (a vRack)
   * @throws IllegalArgumentException if the sandbox has no such service
   */
  public LocalDate expirationOf(long serviceId) {
    try {
      return state.service(serviceId).expiration();
    } catch (SandboxException e) {
      throw new IllegalArgumentException("this sandbox has no service " + serviceId, e);
    }
  }

  /**
   * The day the seeded expirations are counted from: the sandbox clock's date (UTC) when it started.
   *
   * @return the seed date
   */
  public LocalDate seedDate() {
    return seedDate;
  }

  /**
   * Every request received so far, in arrival order, as method and path relative to the API root,
   * without the query: {@code "GET /services"}, {@code "POST /service/112233/renew"}. Requests
   * outside the API show their whole path. Unauthenticated and refused requests are included.
   *
   * @return a snapshot of the log
   */
  public List<String> requests() {
    return traffic.requests();
  }

  /**
   * How many requests with this method matched this path so far, as {@link #requests()} lists them.
   *
   * @param method the HTTP method, e.g. {@code GET}
   * @param path a path relative to the API root where a {@code {name}} segment matches any value,
   *     e.g. {@code /services/{serviceId}}
   * @return the count
   */
  public int requestCount(String method, String path) {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(path, "path == null");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path '" + path + "' must start with /, e.g. /services");
    }
    return traffic.count(method, path);
  }

  /**
   * The most requests the sandbox was handling at once since it started: to check a client's bound
   * on concurrency. Meaningful with a {@link #latency(Duration)}, without which answers are too
   * quick to overlap much.
   *
   * @return the maximum, 0 before the first request
   */
  public int maxInFlight() {
    return traffic.maxInFlight();
  }

  /**
   * Delays every answer by this much, as a distant server would: for benchmarks and concurrency
   * checks. Requests stay in flight while delayed, and are delayed in parallel.
   *
   * @param latency the delay per request, {@link Duration#ZERO} (the default) for none
   * @throws IllegalArgumentException if negative
   */
  public void latency(Duration latency) {
    Objects.requireNonNull(latency, "latency == null");
    if (latency.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative, was " + latency);
    }
    traffic.latency(latency);
  }

  /** The traffic counters, for this package's tests. */
  SandboxTraffic traffic() {
    return traffic;
  }

  /**
   * The orders created so far (dry runs create none), oldest first.
   *
   * @return a snapshot of the order ids
   */
  public List<Long> orderIds() {
    return List.copyOf(state.orderIds());
  }

  /**
   * How many non-dry-run {@code POST /service/{id}/renew} the sandbox received past
   * authentication, valid or not: for "never ordered twice" tests.
   *
   * @return the count
   */
  public int renewOrderRequests() {
    return state.renewOrderRequests();
  }

  /**
   * After each payment, the order's status reads {@code delivering} for the next {@code reads}
   * reads of {@code GET /me/order/{id}/status}, then {@code delivered}: to watch a client wait for
   * delivery. 0 (the default) delivers at once.
   *
   * @param reads how many status reads see {@code delivering}, zero or more
   * @throws IllegalArgumentException if negative
   */
  public void deliverAfterStatusReads(int reads) {
    if (reads < 0) {
      throw new IllegalArgumentException("reads must be zero or more, got " + reads);
    }
    state.deliverAfterStatusReads(reads);
  }

  /**
   * How many renewal changes ({@code PUT /services/{id}}) the sandbox carried out.
   *
   * @return the count
   */
  public int renewUpdates() {
    return state.renewUpdates();
  }

  /**
   * How many payments ({@code POST /me/order/{id}/payWithRegisteredPaymentMean} and
   * {@code POST /me/order/{id}/pay}) the sandbox received past authentication, valid or not.
   *
   * @return the count
   */
  public int paymentRequests() {
    return state.paymentRequests();
  }

  /**
   * Fault injection: the next non-dry-run renew POST that creates an order gets no answer; the
   * connection is closed instead. The order exists, as when a real network drops the answer. The
   * same as {@code faults().nextOrderAnswerDropped()}.
   */
  public void dropNextOrderAnswer() {
    faults.nextOrderAnswerDropped();
  }

  /**
   * The faults this sandbox injects on demand: answers dropped, spoiled after the order or payment
   * was carried out, huge or endless. Each fires once, on the next call it concerns.
   *
   * @return the fault controls of this sandbox
   */
  public SandboxFaults faults() {
    return faults;
  }

  /**
   * A multi-line description for people: base URL, credentials, seeded services and payment means.
   *
   * @return the text, ending with a line break
   */
  public String describe() {
    StringBuilder text = new StringBuilder();
    text.append("OVH API sandbox\n");
    text.append("  endpoint            ").append(baseUrl()).append('\n');
    text.append("  application_key     ").append(applicationKey()).append('\n');
    text.append("  application_secret  ").append(applicationSecret()).append('\n');
    text.append("  consumer_key        ").append(consumerKey()).append("  (GET POST PUT DELETE /*)\n");
    text.append("  read-only key       ").append(readOnlyConsumerKey()).append("  (GET /*)\n");
    text.append("Services\n");
    List<SandboxService> fleet = new ArrayList<>();
    for (SandboxService s : state.services(null, null)) {
      if (s.id() >= SandboxFleet.FIRST_ID) {
        fleet.add(s);
        continue;
      }
      text.append(
          String.format(
              "  %-7d %-40s expires %s  renew %s %s (may be: %s; periods %s)%n",
              s.id(), s.url(), s.expiration(), s.renewMode(), s.renewPeriod(), String.join(" ", s.possibleModes()),
              String.join(" ", s.possibleIntervals())));
    }
    if (!fleet.isEmpty()) {
      text.append(fleetSummary(fleet));
    }
    text.append("Payment methods (and registered payment means)\n");
    for (String mean : state.registeredMeansDescription()) {
      text.append("  ").append(mean).append('\n');
    }
    return text.toString();
  }

  /** One line per product route, then renew modes, for a generated fleet. */
  private static String fleetSummary(List<SandboxService> fleet) {
    Map<String, Integer> byRoute = new TreeMap<>();
    int manual = 0;
    int automatic = 0;
    int addOns = 0;
    for (SandboxService s : fleet) {
      byRoute.merge(s.routePath().replace("/{serviceName}", ""), 1, Integer::sum);
      manual += SandboxService.MANUAL.equals(s.renewMode()) ? 1 : 0;
      automatic += s.isAutomatic() ? 1 : 0;
      addOns += s.parentId() != null ? 1 : 0;
    }
    StringBuilder text = new StringBuilder();
    text.append(String.format(
        "  and %d generated services, ids %d to %d: %d renewed by hand, %d automatically, %d never expire, %d add-ons%n",
        fleet.size(), fleet.get(0).id(), fleet.get(fleet.size() - 1).id(), manual, automatic,
        fleet.size() - manual - automatic, addOns));
    byRoute.forEach((route, count) -> text.append(String.format("    %6d  %s%n", count, route)));
    return text.toString();
  }

  /** Stops the server; pending calls fail. */
  @Override
  public void close() {
    server.close();
  }

  /** The arguments of {@link #main}, as its usage line shows them. */
  static final String USAGE = "usage: OvhSandbox [PORT]  (0 to 65535; a random free port by default)";

  /**
   * Starts a sandbox, prints {@link #describe()} and serves until killed, so that python-ovh or
   * curl can be pointed at it. Bad arguments or a port that cannot be bound are one line on stderr
   * and exit code 2 or 1.
   *
   * @param args {@code [PORT]}: a port number, a random free port by default
   */
  public static void main(String[] args) {
    int code = serve(args, System.out, System.err, OvhSandbox::serveUntilKilled);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * {@link #main} without leaving the JVM: checks the arguments, starts the sandbox, prints its
   * description, then hands it to {@code serving} and closes it when that returns.
   *
   * @return 0 once served, 1 if the sandbox cannot start, 2 on bad usage
   */
  static int serve(String[] args, PrintStream out, PrintStream err, Consumer<OvhSandbox> serving) {
    if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
      out.println(USAGE);
      return 0;
    }
    Integer port = args.length == 0 ? Integer.valueOf(0) : args.length == 1 ? port(args[0]) : null;
    if (port == null) {
      err.println("OvhSandbox: " + (args.length > 1 ? "too many arguments " + List.of(args) : "'" + args[0] + "' is not a port number")
          + "; " + USAGE);
      return 2;
    }
    OvhSandbox sandbox;
    try {
      sandbox = start(port);
    } catch (UncheckedIOException e) {
      err.println("OvhSandbox: " + e.getMessage() + " (" + e.getCause().getMessage() + "); choose another PORT, or none for a free one");
      return 1;
    }
    try {
      out.print(sandbox.describe());
      out.flush();
      serving.accept(sandbox);
      return 0;
    } finally {
      sandbox.close();
    }
  }

  private static Integer port(String text) {
    try {
      int port = Integer.parseInt(text);
      return port >= 0 && port <= 65_535 ? port : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Blocks until the JVM is stopped (Ctrl-C, kill), closing the sandbox on the way out. */
  private static void serveUntilKilled(OvhSandbox sandbox) {
    Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "ovh-sandbox-shutdown"));
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Names the endpoint only: the credentials are in {@link #describe()} for people who ask. */
  @Override
  public String toString() {
    return "OvhSandbox{" + baseUrl() + "}";
  }
}
