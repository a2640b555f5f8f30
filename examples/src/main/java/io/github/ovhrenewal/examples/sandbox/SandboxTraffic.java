package io.github.ovhrenewal.examples.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What reaches the sandbox: every request's method and path in arrival order, how many are being
 * handled at once (and the most ever), and the latency the sandbox adds to each, to behave like a
 * distant server. Thread-safe: MockWebServer handles each connection on its own thread.
 */
final class SandboxTraffic {

  private final List<String> log = new ArrayList<>();
  private int inFlight;
  private int maxInFlight;
  private long latencyNanos;
  private boolean held;

  /**
   * Records a request and counts it in flight until {@link #finished()}; waits for the latency,
   * and while requests are held, before returning.
   */
  void started(String method, String path) {
    long latency;
    synchronized (this) {
      log.add(method + " " + path);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      notifyAll();
      latency = latencyNanos;
    }
    try {
      synchronized (this) {
        while (held) {
          wait();
        }
      }
      if (latency > 0) {
        // Simulated network and server time: the request stays in flight meanwhile.
        TimeUnit.NANOSECONDS.sleep(latency);
      }
    } catch (InterruptedException e) {
      // The sandbox is closing: answer at once.
      Thread.currentThread().interrupt();
    }
  }

  synchronized void finished() {
    inFlight--;
    notifyAll();
  }

  synchronized List<String> requests() {
    return List.copyOf(log);
  }

  /** How many requests of this method matched this path pattern ({@code {x}} matches a segment). */
  synchronized int count(String method, String path) {
    SandboxRoute pattern = SandboxRoute.anyMethod(path);
    int count = 0;
    for (String line : log) {
      int space = line.indexOf(' ');
      if (line.substring(0, space).equals(method)
          && pattern.matchesPath(segments(line.substring(space + 1)))) {
        count++;
      }
    }
    return count;
  }

  private static List<String> segments(String path) {
    return List.of(path.substring(1).split("/", -1));
  }

  synchronized int maxInFlight() {
    return maxInFlight;
  }

  synchronized void latency(Duration latency) {
    this.latencyNanos = latency.toNanos();
  }

  /** Requests arriving from now on wait, in flight, until {@link #release()}: for concurrency tests. */
  synchronized void hold() {
    held = true;
  }

  synchronized void release() {
    held = false;
    notifyAll();
  }

  /**
   * Waits until {@code count} requests are in flight at once.
   *
   * @return false if that did not happen within {@code timeout}
   */
  synchronized boolean awaitInFlight(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (inFlight < count) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return true;
  }
}
