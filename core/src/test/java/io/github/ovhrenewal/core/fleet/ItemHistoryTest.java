package io.github.ovhrenewal.core.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemHistoryTest {
  private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 1, 1, 10, 0, 0, 0, ZoneOffset.UTC);
  private static final OffsetDateTime T1 = T0.plusMinutes(1);
  private static final OffsetDateTime T2 = T0.plusMinutes(2);

  private static ItemHistory of(JournalEntry... entries) {
    return ItemHistory.fold(List.of(entries)).get(7L);
  }

  @Test
  void fold_sendingAfterUnknown_countsOneAbandoned() {
    ItemHistory history = of(JournalEntry.sending(7, "P1Y", T0), JournalEntry.unknown(7, "P1Y", T1, "lost"),
        JournalEntry.sending(7, "P1Y", T2));
    assertEquals(1, history.abandonedUnknown());
    assertEquals(T2, history.attemptedAt());
    assertNull(history.error());
  }

  @Test
  void fold_sendingAfterSending_countsOneAbandoned() {
    ItemHistory history = of(JournalEntry.sending(7, "P1Y", T0), JournalEntry.sending(7, "P1Y", T1));
    assertEquals(1, history.abandonedUnknown());
  }

  @Test
  void fold_sendingAfterRefused_countsNoneAbandoned() {
    ItemHistory history = of(JournalEntry.sending(7, "P1Y", T0), JournalEntry.refused(7, "P1Y", T1, "no", "q1"),
        JournalEntry.sending(7, "P1Y", T2));
    assertEquals(0, history.abandonedUnknown());
    assertNull(history.queryId());
  }

  @Test
  void fold_refused_keepsErrorAndQueryId() {
    ItemHistory history = of(JournalEntry.sending(7, "P1Y", T0), JournalEntry.refused(7, "P1Y", T1, "no stock", "q1"));
    assertEquals("no stock", history.error());
    assertEquals("q1", history.queryId());
  }

  @Test
  void fold_unknownWithoutSending_attemptedAtIsUnknownTime() {
    ItemHistory history = of(JournalEntry.unknown(7, "P1Y", T1, "lost"));
    assertEquals(T1, history.attemptedAt());
  }

  @Test
  void fold_unknownAfterSending_attemptedAtStaysSendingTime() {
    ItemHistory history = of(JournalEntry.sending(7, "P1Y", T0), JournalEntry.unknown(7, "P1Y", T1, "lost"));
    assertEquals(T0, history.attemptedAt());
  }

  @Test
  void fold_payUnknownAfterOrdered_keepsOrderIdAndError() {
    ItemHistory history = of(JournalEntry.sending(7, "P1Y", T0),
        JournalEntry.ordered(7, "P1Y", T1, 42, new BigDecimal("12.00"), "EUR", true),
        JournalEntry.payUnknown(7, "P1Y", T2, 42, "timeout"));
    assertEquals(42L, history.orderId());
    assertEquals("timeout", history.error());
    assertTrue(history.reconciled());
    assertEquals(new BigDecimal("12.00"), history.priceWithTax());
  }

  @Test
  void fold_unknownWithoutOrder_keepsEarlierOrderId() {
    ItemHistory history = of(JournalEntry.sending(7, "P1Y", T0),
        JournalEntry.ordered(7, "P1Y", T1, 42, BigDecimal.ONE, "EUR", false),
        JournalEntry.unknown(7, "P1Y", T2, "lost"));
    assertEquals(42L, history.orderId());
    assertFalse(history.reconciled());
  }
}
