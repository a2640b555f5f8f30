package io.github.ovhrenewal.examples.bench;

import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.core.fleet.PlanOptions;
import io.github.ovhrenewal.core.fleet.ServiceSummary;
import io.github.ovhrenewal.examples.sandbox.OvhSandbox;
import java.io.IOException;
import java.io.PrintStream;
import java.io.InterruptedIOException;
import java.lang.management.ManagementFactory;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * The fleet's figures, measured against the embedded sandbox with a fixed latency added to every
 * request on the client's side (a network interceptor that waits before each call goes out), so
 * the measure is the number and overlap of round trips, as against a distant server.
 *
 * <p>It prints figures and ratios, not verdicts:
 * <ul>
 *   <li>{@code due} with the pagination mode: requests and wall time;
 *   <li>{@code due} when the server ignores the mode: sequential (concurrency 1) against the
 *       client's default concurrency, and their ratio;
 *   <li>{@code plan} over the first 200 due services, the same two ways;
 *   <li>the heap held by the summaries of a 10,000-service account (after a full GC).
 * </ul>
 *
 * <pre>
 * mvn -q -B package -DskipTests
 * java -cp examples/target/ovh-renew.jar io.github.ovhrenewal.examples.bench.FleetBench [SERVICES [LATENCY_MS]]
 * </pre>
 *
 * <p>Defaults: 1,000 services, 20 ms. Each figure is the median of 3 runs after one warm-up run.
 * A harness rather than a JMH benchmark: each run takes seconds and is dominated by the wire, so
 * JMH's per-invocation machinery would add nothing but time.
 */
public final class FleetBench {
  private static final int RUNS = 3;
  private static final int HEAP_SERVICES = 10_000;

  private FleetBench() {}

  /**
   * Runs every measure and prints the figures.
   *
   * @param args {@code [SERVICES [LATENCY_MS]]}
   */
  public static void main(String[] args) {
    int services = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int latencyMs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    run(services, latencyMs, System.out);
  }

  /**
   * Measures and prints.
   *
   * @param services how many generated services the sandbox holds
   * @param latencyMs the latency added to each request
   * @param out where to print
   */
  static void run(int services, int latencyMs, PrintStream out) {
    out.printf(Locale.ROOT, "fleet benchmark: %d services, %d ms per request, %d cores, Java %s%n",
        services, latencyMs, Runtime.getRuntime().availableProcessors(), Runtime.version());
    try (OvhSandbox sandbox = OvhSandbox.startWithFleet(services)) {
      Latency latency = new Latency(latencyMs);
      try (RenewalClient parallel = client(sandbox, latency, RenewalClient.DEFAULT_CONCURRENCY);
          RenewalClient sequential = client(sandbox, latency, 1)) {
        Period window = Period.ofDays(60);
        Measure due = measure(latency, () -> parallel.services().expiringWithin(window));
        out.printf(Locale.ROOT, "due, pagination mode:        %6d ms, %4d requests, %d services due within %s%n",
            due.millis, due.requests, due.size, window);

        sandbox.faults().paginationModeIgnored(true);
        Measure seqDue = measure(latency, () -> sequential.services().expiringWithin(window));
        Measure parDue = measure(latency, () -> parallel.services().expiringWithin(window));
        out.printf(Locale.ROOT, "due, one call per service:   %6d ms sequential, %6d ms at concurrency %d: %.2f of sequential (%d requests)%n",
            seqDue.millis, parDue.millis, RenewalClient.DEFAULT_CONCURRENCY, (double) parDue.millis / seqDue.millis, parDue.requests);
        sandbox.faults().paginationModeIgnored(false);

        List<ServiceSummary> due200 = manualDue(parallel, 200);
        PlanOptions options = PlanOptions.defaults();
        Measure seqPlan = measure(latency, () -> sequential.renewals().plan(due200, options).items());
        Measure parPlan = measure(latency, () -> parallel.renewals().plan(due200, options).items());
        out.printf(Locale.ROOT, "plan, %d services:           %6d ms sequential, %6d ms at concurrency %d: %.2f of sequential (%d requests)%n",
            due200.size(), seqPlan.millis, parPlan.millis, RenewalClient.DEFAULT_CONCURRENCY,
            (double) parPlan.millis / seqPlan.millis, parPlan.requests);
      }
    }
    heap(out);
  }

  /** The heap that the summaries of a large account hold, listed in pages. */
  private static void heap(PrintStream out) {
    try (OvhSandbox sandbox = OvhSandbox.startWithFleet(HEAP_SERVICES);
        RenewalClient client = client(sandbox, new Latency(0), RenewalClient.DEFAULT_CONCURRENCY)) {
      client.services().summaries(); // warm-up: classes loaded, clock read
      long before = usedAfterGc();
      List<ServiceSummary> all = client.services().summaries();
      long after = usedAfterGc();
      out.printf(Locale.ROOT, "heap: %d summaries held in %.1f MB (%d bytes each), peak heap of this JVM %.1f MB%n",
          all.size(), (after - before) / 1048576.0, all.isEmpty() ? 0 : (after - before) / all.size(),
          peakHeap() / 1048576.0);
    }
  }

  private static List<ServiceSummary> manualDue(RenewalClient client, int count) {
    List<ServiceSummary> due = new ArrayList<>();
    for (ServiceSummary summary : client.services().expiringWithin(Period.ofDays(400))) {
      if (!summary.renewsAutomatically() && !summary.terminationPending() && due.size() < count) {
        due.add(summary);
      }
    }
    return due;
  }

  private static Measure measure(Latency latency, Supplier<? extends List<?>> work) {
    work.get();
    long[] millis = new long[RUNS];
    int requests = 0;
    int size = 0;
    for (int run = 0; run < RUNS; run++) {
      int startRequests = latency.requests.get();
      long start = System.nanoTime();
      size = work.get().size();
      millis[run] = (System.nanoTime() - start) / 1_000_000;
      requests = latency.requests.get() - startRequests;
    }
    Arrays.sort(millis);
    return new Measure(millis[RUNS / 2], requests, size);
  }

  private static RenewalClient client(OvhSandbox sandbox, Latency latency, int concurrency) {
    return RenewalClient.builder()
        .endpoint(sandbox.baseUrl())
        .applicationKey(sandbox.applicationKey())
        .applicationSecret(sandbox.applicationSecret())
        .consumerKey(sandbox.consumerKey())
        .okHttpClient(new OkHttpClient.Builder().addNetworkInterceptor(latency).build())
        .concurrency(concurrency)
        .build();
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long peakHeap() {
    long peak = 0;
    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private record Measure(long millis, int requests, int size) {}

  /** Waits before each request goes out, and counts them. */
  private static final class Latency implements Interceptor {
    private final int millis;
    private final AtomicInteger requests = new AtomicInteger();

    Latency(int millis) {
      this.millis = millis;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
      requests.incrementAndGet();
      if (millis > 0) {
        try {
          Thread.sleep(millis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while simulating latency");
        }
      }
      return chain.proceed(chain.request());
    }
  }
}
