package io.github.ovhrenewal.core.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JournalEntryTest {

  @Test
  void optionalLong_one_returnsOne() {
    assertEquals(1L, JournalEntry.optionalLong(Map.of("orderId", BigDecimal.ONE), "orderId"));
  }

  @Test
  void optionalLong_zero_failsNamingField() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> JournalEntry.optionalLong(Map.of("orderId", BigDecimal.ZERO), "orderId"));
    assertEquals("\"orderId\" is 0; expected a positive whole number", e.getMessage());
  }

  @Test
  void optionalLong_text_failsQuotingText() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> JournalEntry.optionalLong(Map.of("orderId", "abc"), "orderId"));
    assertEquals("\"orderId\" is \"abc\"; expected a positive whole number", e.getMessage());
  }

  @Test
  void optionalLong_longText_failsWithCutExcerpt() {
    String text = "x".repeat(60);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> JournalEntry.optionalLong(Map.of("orderId", text), "orderId"));
    assertTrue(e.getMessage().startsWith("\"orderId\" is \"" + "x".repeat(39) + "…;"), e.getMessage());
  }
}
