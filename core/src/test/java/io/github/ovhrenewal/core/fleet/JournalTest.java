package io.github.ovhrenewal.core.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.core.exception.JournalException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal file: its header, its lines, its lock, and what it does with a crash's leftovers. */
class JournalTest {
  private static final OffsetDateTime NOW = OffsetDateTime.parse("2024-03-01T09:15:30.750Z");
  private static final Supplier<OffsetDateTime> CLOCK = () -> NOW;
  private static final String HEADER_START = "{\"journal\":1,\"plan\":\"sha256:";

  @TempDir
  Path dir;

  static PlanItem ready(long serviceId, String price) {
    return new PlanItem(serviceId, "s" + serviceId + ".example", "/domain/s" + serviceId + ".example", LocalDate.parse("2024-04-01"),
        RenewPeriod.P1Y, PlanItem.Status.READY, null, null, new BigDecimal(price), BigDecimal.ZERO, new BigDecimal(price), "EUR");
  }

  static PlanItem skipped(long serviceId) {
    return new PlanItem(serviceId, "s" + serviceId + ".example", null, null, RenewPeriod.P1Y, PlanItem.Status.SKIPPED,
        PlanItem.SkipReason.AUTOMATIC_RENEWAL, "renews automatically", null, null, null, null);
  }

  static RenewalPlan plan(PlanItem... items) {
    return new RenewalPlan(RenewalPlan.VERSION, NOW, List.of(items), List.of());
  }

  private Journal open(Path file, RenewalPlan plan) {
    return Journal.open(file, Journal.fingerprint(plan), CLOCK, UnaryOperator.identity());
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  @Test
  void open_newFile_writesHeaderWithFingerprintAndServerTime() throws IOException {
    Path file = dir.resolve("renewals.journal");
    RenewalPlan plan = plan(ready(1, "2.39"));

    try (Journal journal = open(file, plan)) {
      assertThat(journal.entries()).isEmpty();
    }

    assertThat(Files.readString(file)).isEqualTo(
        "{\"journal\":1,\"plan\":\"" + Journal.fingerprint(plan) + "\",\"createdAt\":\"2024-03-01T09:15:30Z\"}\n");
  }

  @Test
  void fingerprint_readyItemsOnly_ignoresSkippedItemsAndTrailingZeros() {
    String fingerprint = Journal.fingerprint(plan(ready(1, "2.39"), ready(2, "10")));

    assertThat(fingerprint).matches("sha256:[0-9a-f]{64}");
    assertThat(Journal.fingerprint(plan(ready(1, "2.390"), skipped(7), ready(2, "10.00")))).isEqualTo(fingerprint);
    assertThat(Journal.fingerprint(plan(ready(1, "2.40"), ready(2, "10")))).as("another price").isNotEqualTo(fingerprint);
    assertThat(Journal.fingerprint(plan(ready(2, "10"), ready(1, "2.39")))).as("another order").isNotEqualTo(fingerprint);
  }

  @Test
  void append_everyField_readBackByTheNextOpen() throws IOException {
    Path file = dir.resolve("j");
    RenewalPlan plan = plan(ready(1, "2.39"));
    List<JournalEntry> written = List.of(
        JournalEntry.sending(1, "P1Y", NOW),
        JournalEntry.ordered(1, "P1Y", NOW, 124, new BigDecimal("2.390"), "EUR", true),
        JournalEntry.refused(1, "P1Y", NOW, "refused \"quoted\"\nnext line", "EU.q1"),
        JournalEntry.unknown(1, "P1Y", NOW, "lost"),
        JournalEntry.paying(1, "P1Y", NOW, 124),
        JournalEntry.payRefused(1, "P1Y", NOW, 124, "no", "EU.q2"),
        JournalEntry.payUnknown(1, "P1Y", NOW, 124, "lost too"),
        JournalEntry.paid(1, "P1Y", NOW, 124, "delivered"));
    try (Journal journal = open(file, plan)) {
      written.forEach(journal::append);
    }

    try (Journal journal = open(file, plan)) {
      assertThat(journal.entries()).containsExactlyElementsOf(written);
    }
    List<String> lines = lines(file);
    assertThat(lines).hasSize(9);
    assertThat(lines.get(2)).isEqualTo("{\"serviceId\":1,\"period\":\"P1Y\",\"state\":\"ordered\",\"at\":\"2024-03-01T09:15:30.75Z\","
        + "\"orderId\":124,\"priceWithTax\":2.390,\"currency\":\"EUR\",\"reconciled\":true}");
    assertThat(lines.get(3)).isEqualTo("{\"serviceId\":1,\"period\":\"P1Y\",\"state\":\"refused\",\"at\":\"2024-03-01T09:15:30.75Z\","
        + "\"error\":\"refused \\\"quoted\\\"\\nnext line\",\"queryId\":\"EU.q1\"}");
  }

  @Test
  void open_journalOfAnotherPlan_refusedNamingBothFingerprintsAndFileUnchanged() throws IOException {
    Path file = dir.resolve("j");
    RenewalPlan first = plan(ready(1, "2.39"));
    RenewalPlan second = plan(ready(1, "2.49"));
    open(file, first).close();
    String before = Files.readString(file);

    assertThatThrownBy(() -> open(file, second))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining(Journal.fingerprint(first) + " in the journal")
        .hasMessageContaining(Journal.fingerprint(second) + " for this plan");
    assertThat(Files.readString(file)).isEqualTo(before);
    // The refusal released the lock.
    open(file, first).close();
  }

  @Test
  void open_tornLastLine_ignoredAndCutOffBeforeAppending() throws IOException {
    Path file = dir.resolve("j");
    RenewalPlan plan = plan(ready(1, "2.39"));
    try (Journal journal = open(file, plan)) {
      journal.append(JournalEntry.sending(1, "P1Y", NOW));
    }
    Files.writeString(file, "{\"serviceId\":1,\"period\":\"P1Y\",\"state\":\"ord", java.nio.file.StandardOpenOption.APPEND);

    try (Journal journal = open(file, plan)) {
      assertThat(journal.entries()).containsExactly(JournalEntry.sending(1, "P1Y", NOW));
      journal.append(JournalEntry.unknown(1, "P1Y", NOW, "lost"));
    }

    List<String> lines = lines(file);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(2)).contains("\"state\":\"unknown\"");
    try (Journal journal = open(file, plan)) {
      assertThat(journal.entries()).hasSize(2);
    }
  }

  @Test
  void open_tornHeaderOnly_startsAFreshJournal() throws IOException {
    Path file = dir.resolve("j");
    Files.writeString(file, "{\"journal\":1,\"pl");
    RenewalPlan plan = plan(ready(1, "2.39"));

    open(file, plan).close();

    assertThat(lines(file)).hasSize(1).allMatch(line -> line.startsWith(HEADER_START));
  }

  @Test
  void open_malformedMiddleLine_failsWithFileAndLineNumber() throws IOException {
    Path file = dir.resolve("j");
    RenewalPlan plan = plan(ready(1, "2.39"));
    try (Journal journal = open(file, plan)) {
      journal.append(JournalEntry.sending(1, "P1Y", NOW));
    }
    List<String> lines = new java.util.ArrayList<>(lines(file));
    lines.add(1, "{\"serviceId\":1,\"period\":\"P1Y\",\"state\":\"sent\",\"at\":\"2024-03-01T09:15:30Z\"}");
    Files.write(file, lines);

    assertThatThrownBy(() -> open(file, plan))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining(file + " is malformed at line 2")
        .hasMessageContaining("\"state\" is \"sent\"");
  }

  @Test
  void open_notJsonLine_failsWithLineNumber() throws IOException {
    Path file = dir.resolve("j");
    RenewalPlan plan = plan(ready(1, "2.39"));
    open(file, plan).close();
    Files.writeString(file, "garbage\n{\"serviceId\":1}\n", java.nio.file.StandardOpenOption.APPEND);

    assertThatThrownBy(() -> open(file, plan))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining("malformed at line 2")
        .satisfies(e -> assertThat(((JournalException) e).file()).isEqualTo(file.toString()));
  }

  @Test
  void open_firstLineNotAHeader_failsAtLine1() throws IOException {
    Path file = dir.resolve("j");
    Files.writeString(file, "{\"serviceId\":1,\"period\":\"P1Y\",\"state\":\"sending\",\"at\":\"2024-03-01T09:15:30Z\"}\n");

    assertThatThrownBy(() -> open(file, plan(ready(1, "2.39"))))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining("malformed at line 1: the first line is not the journal's header");
  }

  @Test
  void open_otherVersion_refused() throws IOException {
    Path file = dir.resolve("j");
    Files.writeString(file, "{\"journal\":2,\"plan\":\"sha256:00\"}\n");

    assertThatThrownBy(() -> open(file, plan(ready(1, "2.39"))))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining("\"journal\" is 2; this SDK reads version 1");
  }

  @Test
  void open_whileAnotherRunHoldsIt_failsClearly() {
    Path file = dir.resolve("j");
    RenewalPlan plan = plan(ready(1, "2.39"));
    try (Journal held = open(file, plan)) {
      assertThatThrownBy(() -> open(file, plan))
          .isInstanceOf(JournalException.class)
          .hasMessageContaining(file + " is in use by another apply");
    }
    open(file, plan).close();
  }

  @Test
  void open_missingDirectory_failsNamingTheFile() {
    Path file = dir.resolve("absent/j");

    assertThatThrownBy(() -> open(file, plan(ready(1, "2.39"))))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining("cannot open the journal " + file);
  }

  @Test
  void append_afterAWriteFailed_refusesEveryLaterLine() throws IOException {
    Path file = dir.resolve("j");
    AtomicInteger writes = new AtomicInteger();
    UnaryOperator<Journal.Sink> failSecond = sink -> line -> {
      if (writes.incrementAndGet() == 2) {
        throw new IOException("No space left on device");
      }
      sink.write(line);
    };
    try (Journal journal = Journal.open(file, Journal.fingerprint(plan(ready(1, "2.39"))), CLOCK, failSecond)) {
      assertThatThrownBy(() -> journal.append(JournalEntry.sending(1, "P1Y", NOW)))
          .isInstanceOf(JournalException.class)
          .hasMessageContaining("cannot write to the journal " + file + " (No space left on device)");
      assertThatThrownBy(() -> journal.append(JournalEntry.sending(1, "P1Y", NOW)))
          .isInstanceOf(JournalException.class)
          .hasMessageContaining("could not be written earlier");
    }
    assertThat(writes).hasValue(2);
    assertThat(lines(file)).hasSize(1);
  }
}
