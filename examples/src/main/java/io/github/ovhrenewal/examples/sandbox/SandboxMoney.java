package io.github.ovhrenewal.examples.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money as OVH renders it, computed with BigDecimal only: a double would leak 9.990000001. */
final class SandboxMoney {

  private static final BigDecimal TAX_RATE = new BigDecimal("0.20");

  private SandboxMoney() {}

  static BigDecimal eur(String amount) {
    return new BigDecimal(amount).setScale(2, RoundingMode.UNNECESSARY);
  }

  static BigDecimal tax(BigDecimal withoutTax) {
    return withoutTax.multiply(TAX_RATE).setScale(2, RoundingMode.HALF_UP);
  }

  /** OVH's micro-cents: value times 10^8. */
  static long ucents(BigDecimal value) {
    return value.movePointRight(8).longValueExact();
  }

  static String text(BigDecimal value) {
    return value.toPlainString() + " \u20ac";
  }
}
