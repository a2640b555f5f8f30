package io.github.ovhrenewal.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress shown on stderr: the bar's text, its throttled redraws (fake clock), and the line per item. */
class ProgressTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final StringWriter err = new StringWriter();

  private Progress<String> progress(boolean bar) {
    return new Progress<>("plan", new PrintWriter(err, true), bar, now::get, item -> "item " + item);
  }

  private void advanceMillis(long millis) {
    now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
  }

  @Test
  void line_knownTotalHalfway_barCountRateAndEta() {
    assertThat(Progress.line("plan", 50, 200, TimeUnit.SECONDS.toNanos(10)))
        .isEqualTo("plan [######..................] 50/200  5.0/s  ETA 0:30");
  }

  @Test
  void line_allDone_fullBarAndTimeTaken() {
    assertThat(Progress.line("apply", 200, 200, TimeUnit.SECONDS.toNanos(40)))
        .isEqualTo("apply [########################] 200/200  5.0/s  in 0:40");
  }

  @Test
  void line_unknownTotal_countAndRateOnly() {
    assertThat(Progress.line("due", 50, -1, TimeUnit.SECONDS.toNanos(4))).isEqualTo("due 50  12.5/s");
  }

  @Test
  void line_noTimeElapsed_noRateNoEta() {
    assertThat(Progress.line("plan", 0, 10, 0)).isEqualTo("plan [........................] 0/10  -/s  ETA -");
  }

  @Test
  void line_emptyTotal_fullBar() {
    assertThat(Progress.line("plan", 0, 0, TimeUnit.SECONDS.toNanos(1))).startsWith("plan [########################] 0/0");
  }

  @Test
  void clock_underAndOverAnHour_minutesSecondsOrHours() {
    assertThat(Progress.clock(0)).isEqualTo("0:00");
    assertThat(Progress.clock(75)).isEqualTo("1:15");
    assertThat(Progress.clock(3723)).isEqualTo("1:02:03");
  }

  @Test
  void bar_eventsCloserThanRedrawInterval_drawnOnceUntilIntervalPasses() {
    Progress<String> progress = progress(true);

    advanceMillis(1000);
    progress.progressed(1, 10, "a");
    advanceMillis(50);
    progress.progressed(2, 10, "b");
    advanceMillis(40);
    progress.progressed(3, 10, "c");
    String afterThrottled = err.toString();
    advanceMillis(20);
    progress.progressed(4, 10, "d");

    assertThat(afterThrottled).isEqualTo("\rovh-renew: plan [##......................] 1/10  1.0/s  ETA 0:09");
    assertThat(err.toString()).isEqualTo(afterThrottled + "\rovh-renew: " + Progress.line("plan", 4, 10, TimeUnit.MILLISECONDS.toNanos(1110)));
    assertThat(err.toString()).doesNotContain("\n").doesNotContain("item ");
  }

  @Test
  void bar_lastEvent_drawnAtOnceEvenWithinInterval() {
    Progress<String> progress = progress(true);
    advanceMillis(1000);
    progress.progressed(1, 2, "a");
    advanceMillis(10);

    progress.progressed(2, 2, "b");

    // One space over the last character of the longer "ETA 0:01".
    assertThat(err.toString()).endsWith("\rovh-renew: plan [########################] 2/2  2.0/s  in 0:01 ");
  }

  @Test
  void finish_afterThrottledEvent_drawsLastStateThenEndsLine() {
    Progress<String> progress = progress(true);
    advanceMillis(1000);
    progress.progressed(1, 10, "a");
    advanceMillis(10);
    progress.progressed(2, 10, "b");

    progress.finish();

    assertThat(err.toString()).contains("1/10").endsWith("2/10  2.0/s  ETA 0:04\n");
  }

  @Test
  void finish_calledTwice_endsLineOnce() {
    Progress<String> progress = progress(true);
    progress.progressed(1, 1, "a");

    progress.finish();
    progress.finish();

    assertThat(err.toString()).endsWith("\n").doesNotEndWith("\n\n");
  }

  @Test
  void bar_shorterLineAfterLongerOne_paddedOverOldText() {
    Progress<String> progress = progress(true);
    advanceMillis(1000);
    progress.progressed(1, -1, "a");
    advanceMillis(1000);
    progress.progressed(100, -1, "b");
    advanceMillis(200_000);
    progress.progressed(101, -1, "c");

    String[] draws = err.toString().split("\r");

    assertThat(draws[2]).isEqualTo("ovh-renew: plan 100  50.0/s");
    assertThat(draws[3]).isEqualTo("ovh-renew: plan 101  0.5/s ");
  }

  @Test
  void finish_noEvent_printsNothing() {
    Progress<String> bar = progress(true);
    Progress<String> lines = progress(false);

    bar.finish();
    lines.finish();

    assertThat(err.toString()).isEmpty();
  }

  @Test
  void lines_withoutTerminal_oneLinePerItemNoCarriageReturn() {
    Progress<String> progress = progress(false);

    progress.progressed(1, 3, "a");
    progress.progressed(2, 3, "b");
    progress.progressed(3, -1, "c");
    progress.finish();

    assertThat(err.toString()).isEqualTo(String.format(
        "ovh-renew: plan 1/3: item a%novh-renew: plan 2/3: item b%novh-renew: plan 3: item c%n"));
  }

  @Test
  void on_interactiveTerminal_drawsBar() {
    OvhRenewCli cli = new OvhRenewCli(Map.of(), FakeTerminal.answering(true));
    cli.err = new PrintWriter(err, true);

    Progress.<String>on(cli, "apply", s -> s).progressed(1, 2, "x");

    assertThat(err.toString()).startsWith("\rovh-renew: apply [").doesNotContain("\n");
  }

  @Test
  void on_noTerminal_writesLines() {
    OvhRenewCli cli = new OvhRenewCli(Map.of(), FakeTerminal.nonInteractive());
    cli.err = new PrintWriter(err, true);

    Progress.<String>on(cli, "apply", s -> "service " + s).progressed(1, 2, "x");

    assertThat(err.toString()).isEqualTo(String.format("ovh-renew: apply 1/2: service x%n"));
  }
}
