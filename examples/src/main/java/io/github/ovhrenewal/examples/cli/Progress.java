package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.core.fleet.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Shows the progress of a fleet operation on stderr, never on stdout (so {@code --json} and
 * {@code --csv} output stays pure). On a terminal: one line redrawn in place with {@code \r}, a
 * bar with done/total, the rate per second and the time left, redrawn at most every
 * {@link #REDRAW_NANOS} (a thousand events must not mean a thousand writes to the terminal).
 * Without a terminal (cron, a pipe, a log file): one line per item, which a log keeps and a
 * person can grep.
 *
 * <p>Hand-written rather than taken from a progress-bar library: a few dozen lines, where a
 * dependency would add to the CLI's start time and to what it ships.
 *
 * @param <T> what each event reports
 */
final class Progress<T> implements ProgressListener<T> {
  /** The least time between two redraws of the bar. */
  static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
  private static final int BAR_WIDTH = 24;

  private final String label;
  private final PrintWriter err;
  private final boolean bar;
  private final LongSupplier nanoTime;
  private final Function<? super T, String> describe;
  private final long start;
  private long lastDraw;
  private int drawnLength = -1;
  private int done;
  private int total = -1;
  private boolean undrawn;

  /**
   * Progress shown as a bar (on a terminal) or as one line per item.
   *
   * @param label what is progressing, e.g. {@code "plan"}
   * @param err where it is shown
   * @param bar true for the redrawn bar, false for one line per item
   * @param nanoTime the clock, {@link System#nanoTime()} but in tests
   * @param describe an item in a few words, for the line per item
   */
  Progress(String label, PrintWriter err, boolean bar, LongSupplier nanoTime, Function<? super T, String> describe) {
    this.label = label;
    this.err = err;
    this.bar = bar;
    this.nanoTime = nanoTime;
    this.describe = describe;
    this.start = nanoTime.getAsLong();
  }

  /** Progress on the CLI's stderr: a bar when a person is watching a terminal, lines otherwise. */
  static <T> Progress<T> on(OvhRenewCli cli, String label, Function<? super T, String> describe) {
    return new Progress<>(label, cli.err, cli.terminal.isInteractive(), System::nanoTime, describe);
  }

  // Events come one at a time from the workers (ProgressListener's contract), and finish() from
  // the command's thread: synchronized keeps the two from interleaving on the stream.
  @Override
  public synchronized void progressed(int done, int total, T item) {
    this.done = done;
    this.total = total;
    if (!bar) {
      err.println("ovh-renew: " + label + " " + done + (total >= 0 ? "/" + total : "") + ": " + describe.apply(item));
      err.flush();
      return;
    }
    long now = nanoTime.getAsLong();
    if (drawnLength < 0 || now - lastDraw >= REDRAW_NANOS || done == total) {
      draw(now);
    } else {
      undrawn = true;
    }
  }

  /** Ends the bar's line (drawing the last state first) so that what follows starts on a new line. */
  synchronized void finish() {
    if (!bar || drawnLength < 0) {
      return;
    }
    if (undrawn) {
      draw(nanoTime.getAsLong());
    }
    err.println();
    err.flush();
    drawnLength = -1;
  }

  private void draw(long now) {
    String line = "ovh-renew: " + line(label, done, total, now - start);
    // Spaces over what a longer previous line left on the screen.
    String padding = drawnLength > line.length() ? " ".repeat(drawnLength - line.length()) : "";
    err.print("\r" + line + padding);
    err.flush();
    drawnLength = line.length();
    lastDraw = now;
    undrawn = false;
  }

  /**
   * The bar's text: {@code plan [######......] 50/200 12.5/s ETA 0:12}; with an unknown total,
   * {@code due 50 12.5/s}; once done, the time it took instead of the time left.
   *
   * @param label what is progressing
   * @param done items done
   * @param total items in all, or -1 while unknown
   * @param elapsedNanos time since the start
   * @return the text, without line ending
   */
  static String line(String label, int done, int total, long elapsedNanos) {
    double seconds = elapsedNanos / 1e9;
    double rate = seconds > 0 ? done / seconds : 0;
    String rateText = seconds > 0 ? String.format(Locale.ROOT, "%.1f/s", rate) : "-/s";
    if (total < 0) {
      return label + " " + done + "  " + rateText;
    }
    int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * Math.min(done, total) / total);
    String barText = "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "]";
    String time;
    if (done >= total) {
      time = "in " + clock(Math.round(seconds));
    } else if (rate > 0) {
      time = "ETA " + clock(Math.round((total - done) / rate));
    } else {
      time = "ETA -";
    }
    return label + " " + barText + " " + done + "/" + total + "  " + rateText + "  " + time;
  }

  /** Seconds as {@code m:ss}, or {@code h:mm:ss} from an hour. */
  static String clock(long seconds) {
    long h = seconds / 3600;
    long m = seconds % 3600 / 60;
    long s = seconds % 60;
    return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
  }
}
