package io.github.ovhrenewal.core.fleet;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one task per input with at most {@code concurrency} in flight, and returns the results in
 * the inputs' order. Each task runs the synchronous call path (retry, limiter, signing), so the
 * bound on threads is the bound on requests in flight; OkHttp's own dispatcher is not involved.
 *
 * <p>Hand-written because the JDK's executors give the bound but not the ordered results with
 * serialized progress events; the pool lives only as long as one operation, so nothing is left
 * running when the caller returns.
 */
final class BoundedRunner {
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final int concurrency;

  BoundedRunner(int concurrency) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
    }
    this.concurrency = concurrency;
  }

  int concurrency() {
    return concurrency;
  }

  /**
   * Maps every input through {@code task}, at most {@code concurrency} at a time. A task that
   * throws stops the operation: the tasks not yet started are not started, and the failure is
   * rethrown once the running ones have finished.
   *
   * @param inputs the inputs
   * @param task what to do with one input; it should turn expected failures into a result
   * @param listener told of each result, one call at a time
   * @param <T> the inputs' type
   * @param <R> the results' type
   * @return the results, in the inputs' order
   */
  <T, R> List<R> map(List<T> inputs, Function<? super T, ? extends R> task, ProgressListener<? super R> listener) {
    int total = inputs.size();
    if (total == 0) {
      return List.of();
    }
    if (concurrency == 1 || total == 1) {
      List<R> results = new ArrayList<>(total);
      for (T input : inputs) {
        R result = task.apply(input);
        results.add(result);
        notify(listener, results.size(), total, result);
      }
      return results;
    }
    AtomicInteger done = new AtomicInteger();
    AtomicBoolean failed = new AtomicBoolean();
    Object progressLock = new Object();
    int threads = Math.min(concurrency, total);
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    try {
      List<Future<R>> futures = new ArrayList<>(total);
      for (T input : inputs) {
        futures.add(pool.submit(() -> {
          if (failed.get()) {
            // Another task failed: the operation is over, start nothing more.
            return null;
          }
          R result;
          try {
            result = task.apply(input);
          } catch (RuntimeException | Error e) {
            failed.set(true);
            throw e;
          }
          synchronized (progressLock) {
            notify(listener, done.incrementAndGet(), total, result);
          }
          return result;
        }));
      }
      List<R> results = new ArrayList<>(total);
      for (Future<R> future : futures) {
        results.add(await(future, futures, pool));
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }

  /**
   * The result of one task. On a failure, the tasks not yet started are cancelled and the running
   * ones are left to finish (never interrupted: an order interrupted half way would have an
   * unknown outcome) before the failure is rethrown.
   */
  private static <R> R await(Future<R> future, List<? extends Future<?>> all, ExecutorService pool) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      // The caller asked to stop: interrupting is theirs to decide, and each task reports its own outcome.
      all.forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the fleet's calls", e);
    } catch (ExecutionException e) {
      all.forEach(f -> f.cancel(false));
      pool.shutdown();
      awaitRunning(pool);
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static void awaitRunning(ExecutorService pool) {
    try {
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        // A running call ends within the client's call timeout; keep waiting for it.
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static <R> void notify(ProgressListener<? super R> listener, int done, int total, R result) {
    try {
      listener.progressed(done, total, result);
    } catch (RuntimeException ignored) {
      // A broken progress display must not stop a renewal run half way.
    }
  }

  private static ThreadFactory daemonThreads() {
    int pool = POOLS.incrementAndGet();
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "ovh-renewal-fleet-" + pool + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
