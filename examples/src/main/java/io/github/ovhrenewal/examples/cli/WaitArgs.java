package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.api.model.OrderStatus;
import io.github.ovhrenewal.core.RenewalClient;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * {@code --wait [--wait-timeout DURATION]}: after paying, wait until the order is
 * {@code delivered}. A timeout is exit code 5: the order is paid, delivery is late.
 */
final class WaitArgs {
  /** How long {@code --wait} waits unless told otherwise. */
  static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

  @Option(names = "--wait", description = "After paying, wait until the order is delivered (exit 5 if --wait-timeout passes first).")
  boolean wait;

  @Option(names = "--wait-timeout", paramLabel = "DURATION", description = "How long --wait waits: 10m (default), 90s, 1h, or ISO PT10M.")
  String waitTimeout;

  /**
   * The wait asked for, checked before anything is sent.
   *
   * @param paying whether the command pays (an unpaid order is never delivered)
   * @return the timeout, or null when not waiting
   * @throws IllegalArgumentException if the duration is malformed, or --wait comes without --pay
   */
  Duration timeout(boolean paying) {
    if (!wait) {
      if (waitTimeout != null) {
        throw new IllegalArgumentException("--wait-timeout " + waitTimeout + " needs --wait");
      }
      return null;
    }
    if (!paying) {
      throw new IllegalArgumentException("--wait needs --pay: an order that is not paid is never delivered");
    }
    return waitTimeout == null ? DEFAULT_TIMEOUT : parse(waitTimeout);
  }

  /** Parses {@code 90s}, {@code 10m}, {@code 1h} or ISO {@code PT10M}; positive, at most a day. */
  static Duration parse(String text) {
    String t = text.trim();
    Duration duration;
    try {
      if (t.matches("\\d{1,6}[smh]")) {
        long amount = Long.parseLong(t.substring(0, t.length() - 1));
        char unit = t.charAt(t.length() - 1);
        duration = unit == 's' ? Duration.ofSeconds(amount) : unit == 'm' ? Duration.ofMinutes(amount) : Duration.ofHours(amount);
      } else {
        duration = Duration.parse(t);
      }
    } catch (RuntimeException e) {
      duration = null;
    }
    if (duration == null || duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofDays(1)) > 0) {
      throw new IllegalArgumentException("--wait-timeout '" + text + "' is not a duration from 1s to 24h; expected e.g. 90s, 10m, 1h or PT10M");
    }
    return duration;
  }

  /**
   * Waits for delivery, telling the person on stderr that it waits.
   *
   * @param client the client
   * @param orderId the paid order
   * @param timeout how long
   * @param err where the waiting line goes
   * @return the status reached: delivered, or cancelled
   */
  static OrderStatus untilDelivered(RenewalClient client, long orderId, Duration timeout, PrintWriter err) {
    err.println("ovh-renew: waiting for order " + orderId + " to be delivered (at most " + Progress.clock(timeout.toSeconds()) + ")...");
    err.flush();
    return client.orders().awaitStatus(orderId, Set.of(OrderStatus.DELIVERED), timeout);
  }
}
