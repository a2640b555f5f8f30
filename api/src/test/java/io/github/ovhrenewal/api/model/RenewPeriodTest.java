package io.github.ovhrenewal.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RenewPeriodTest {

  private static final String ALLOWED_FORM = "ISO-8601 period of whole months or years";

  @Test
  void constants_printIsoTextAndMonths() {
    assertThat(RenewPeriod.P1M).hasToString("P1M");
    assertThat(RenewPeriod.P3M).hasToString("P3M");
    assertThat(RenewPeriod.P6M).hasToString("P6M");
    assertThat(RenewPeriod.P1Y).hasToString("P1Y");
    assertThat(RenewPeriod.P2Y).hasToString("P2Y");
    assertThat(RenewPeriod.P3Y).hasToString("P3Y");
    assertThat(RenewPeriod.P1Y.totalMonths()).isEqualTo(12);
    assertThat(RenewPeriod.P3Y.totalMonths()).isEqualTo(36);
  }

  @Test
  void parse_p1y_equalsConstant() {
    RenewPeriod period = RenewPeriod.parse("P1Y");

    assertThat(period).isEqualTo(RenewPeriod.P1Y).hasToString("P1Y");
    assertThat(period.toPeriod()).isEqualTo(Period.ofYears(1));
  }

  @Test
  void parse_p3m_equalsConstant() {
    assertThat(RenewPeriod.parse("P3M")).isEqualTo(RenewPeriod.P3M).hasToString("P3M");
  }

  @Test
  void parse_p12m_equalsP1yButKeepsItsText() {
    RenewPeriod period = RenewPeriod.parse("P12M");

    assertThat(period).isEqualTo(RenewPeriod.P1Y);
    assertThat(period.hashCode()).isEqualTo(RenewPeriod.P1Y.hashCode());
    assertThat(period).hasToString("P12M");
    assertThat(period.toPeriod()).isEqualTo(Period.ofYears(1));
  }

  @Test
  void parse_surroundingSpaces_trimmed() {
    assertThat(RenewPeriod.parse(" P6M ")).isEqualTo(RenewPeriod.P6M).hasToString("P6M");
  }

  @Test
  void of_threeMonths_printsP3m() {
    assertThat(RenewPeriod.of(Period.ofMonths(3))).isEqualTo(RenewPeriod.P3M).hasToString("P3M");
  }

  @Test
  void of_oneYear_printsP1y() {
    assertThat(RenewPeriod.of(Period.ofYears(1))).isEqualTo(RenewPeriod.P1Y).hasToString("P1Y");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " ", "P1D", "P-1M", "P0M", "1Y", "P1Y2D", "PT1H", "P1W", "P0Y", "P1Y-12M", "monthly"})
  void parse_invalid_throwsIllegalArgumentExceptionNamingValueAndForm(String text) {
    assertThatThrownBy(() -> RenewPeriod.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(text == null ? "null" : "'" + text + "'")
        .hasMessageContaining(ALLOWED_FORM);
  }

  @Test
  void parse_yearsOverflowingMonths_throwsIllegalArgumentException() {
    // 999999999 years do not fit in an int of months.
    assertThatThrownBy(() -> RenewPeriod.parse("P999999999Y"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'P999999999Y'")
        .hasMessageContaining(ALLOWED_FORM);
  }

  @ParameterizedTest
  @ValueSource(strings = {"P1000Y", "P2147483647M", "P11Y", "P121M", "P10Y1M", "P9Y13M", "P999Y11M"})
  void parse_longerThanTenYears_throwsNamingValueAndRange(String text) {
    assertThatThrownBy(() -> RenewPeriod.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("renew period '" + text + "' is not valid; expected an ISO-8601 period of whole months or years"
            + " from P1M to P10Y (1 to 120 months), such as P1M, P3M, P6M, P1Y, P2Y, P3Y");
  }

  @ParameterizedTest
  @ValueSource(strings = {"P0M", "P0Y", "P0Y0M", "P0D", "P-1Y"})
  void parse_zeroOrNegative_throwsNamingValueAndRange(String text) {
    assertThatThrownBy(() -> RenewPeriod.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'")
        .hasMessageContaining("from P1M to P10Y (1 to 120 months)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"P10Y", "P120M", "P9Y12M", "P1M", "P0Y1M"})
  void parse_oneMonthToTenYears_accepted(String text) {
    RenewPeriod period = RenewPeriod.parse(text);

    assertThat(period).hasToString(text);
    assertThat(period.totalMonths()).isBetween(1, RenewPeriod.MAX_MONTHS);
  }

  @Test
  void parse_hugeText_throwsWithBoundedMessage() {
    String text = "P" + "0".repeat(100_000) + "1Y";

    assertThatThrownBy(() -> RenewPeriod.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(100003 characters)")
        .hasMessageContaining(ALLOWED_FORM)
        .message().hasSizeLessThan(300);
  }

  @Test
  void of_longerThanTenYears_throwsNamingValueAndRange() {
    assertThatThrownBy(() -> RenewPeriod.of(Period.ofYears(1000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'P1000Y'")
        .hasMessageContaining("from P1M to P10Y (1 to 120 months)");
    assertThat(RenewPeriod.of(Period.ofMonths(120))).hasToString("P120M");
  }

  @Test
  void fromWire_usualTexts_theConstantsThemselves() {
    assertThat(RenewPeriod.fromWire("P1M")).isSameAs(RenewPeriod.P1M);
    assertThat(RenewPeriod.fromWire("P3M")).isSameAs(RenewPeriod.P3M);
    assertThat(RenewPeriod.fromWire("P6M")).isSameAs(RenewPeriod.P6M);
    assertThat(RenewPeriod.fromWire("P1Y")).isSameAs(RenewPeriod.P1Y);
    assertThat(RenewPeriod.fromWire("P2Y")).isSameAs(RenewPeriod.P2Y);
    assertThat(RenewPeriod.fromWire("P3Y")).isSameAs(RenewPeriod.P3Y);
    assertThat(RenewPeriod.fromWire("P12M")).as("another spelling keeps its text").isNotSameAs(RenewPeriod.P1Y)
        .isEqualTo(RenewPeriod.P1Y).hasToString("P12M");
  }

  @Test
  void fromWire_longerThanTenYears_keptAsReceived() {
    // An answer never fails on an odd value: whether it can be ordered is for the offers to say.
    RenewPeriod period = RenewPeriod.fromWire("P1000Y");

    assertThat(period).hasToString("P1000Y");
    assertThat(period.totalMonths()).isEqualTo(12_000);
  }

  @Test
  void of_null_throwsIllegalArgumentException() {
    assertThatThrownBy(() -> RenewPeriod.of(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("null")
        .hasMessageContaining(ALLOWED_FORM);
  }

  @Test
  void of_days_throwsIllegalArgumentExceptionNamingValue() {
    assertThatThrownBy(() -> RenewPeriod.of(Period.ofDays(30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'P30D'")
        .hasMessageContaining(ALLOWED_FORM);
  }

  @Test
  void of_negative_throwsIllegalArgumentException() {
    assertThatThrownBy(() -> RenewPeriod.of(Period.ofMonths(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'P-1M'");
  }

  @Test
  void fromWire_oddServerText_keptWithoutMonths() {
    RenewPeriod days = RenewPeriod.fromWire("P10D");
    RenewPeriod word = RenewPeriod.fromWire("monthly");

    assertThat(days).hasToString("P10D");
    assertThat(days.totalMonths()).isEqualTo(-1);
    assertThat(word).hasToString("monthly");
    assertThat(word.totalMonths()).isEqualTo(-1);
  }

  @Test
  void fromWire_oddText_equalsOnlySameText() {
    assertThat(RenewPeriod.fromWire("P10D")).isEqualTo(RenewPeriod.fromWire("P10D"));
    assertThat(RenewPeriod.fromWire("P10D").hashCode()).isEqualTo(RenewPeriod.fromWire("P10D").hashCode());
    assertThat(RenewPeriod.fromWire("P10D")).isNotEqualTo(RenewPeriod.fromWire("P11D"));
    assertThat(RenewPeriod.fromWire("monthly")).isNotEqualTo(RenewPeriod.P1M);
    assertThat(RenewPeriod.P1M).isNotEqualTo(RenewPeriod.fromWire("monthly"));
  }

  @Test
  void fromWire_isoMonths_equalsConstant() {
    assertThat(RenewPeriod.fromWire("P1Y")).isEqualTo(RenewPeriod.P1Y).hasToString("P1Y");
    assertThat(RenewPeriod.fromWire("P24M")).isEqualTo(RenewPeriod.P2Y).hasToString("P24M");
  }

  @Test
  void fromWire_hugeYears_keptAsText() {
    assertThat(RenewPeriod.fromWire("P999999999Y")).hasToString("P999999999Y");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void fromWire_nullOrBlank_throwsIllegalArgumentException(String text) {
    assertThatThrownBy(() -> RenewPeriod.fromWire(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(ALLOWED_FORM);
  }

  @Test
  void toPeriod_oddServerText_throwsIllegalStateExceptionNamingIt() {
    assertThatThrownBy(() -> RenewPeriod.fromWire("P10D").toPeriod())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'P10D'");
  }

  @Test
  void equals_otherTypes_isFalse() {
    assertThat(RenewPeriod.P1Y).isNotEqualTo("P1Y").isNotEqualTo(null).isNotEqualTo(Period.ofYears(1));
  }
}
