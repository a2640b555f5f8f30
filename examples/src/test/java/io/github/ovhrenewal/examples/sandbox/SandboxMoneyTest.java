package io.github.ovhrenewal.examples.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SandboxMoneyTest {

  @Test
  void tax_guidePrice_roundsHalfUpToCents() {
    assertThat(SandboxMoney.tax(new BigDecimal("37.87"))).isEqualByComparingTo("7.57");
    assertThat(SandboxMoney.tax(new BigDecimal("0.025"))).isEqualByComparingTo("0.01");
    assertThat(SandboxMoney.tax(new BigDecimal("9.99")).toPlainString()).isEqualTo("2.00");
  }

  @Test
  void ucents_value_isTimesTenToTheEight() {
    assertThat(SandboxMoney.ucents(new BigDecimal("37.87"))).isEqualTo(3_787_000_000L);
    assertThat(SandboxMoney.ucents(new BigDecimal("719.88"))).isEqualTo(71_988_000_000L);
  }

  @Test
  void text_value_euroSuffix() {
    assertThat(SandboxMoney.text(new BigDecimal("45.44"))).isEqualTo("45.44 \u20ac");
  }
}
