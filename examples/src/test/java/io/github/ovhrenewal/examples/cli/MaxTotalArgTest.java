package io.github.ovhrenewal.examples.cli;

import static io.github.ovhrenewal.examples.cli.FleetValues.plan;
import static io.github.ovhrenewal.examples.cli.FleetValues.ready;
import static io.github.ovhrenewal.examples.cli.FleetValues.skipped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ovhrenewal.core.fleet.PlanItem.SkipReason;
import io.github.ovhrenewal.core.fleet.RenewalPlan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --max-total}: its forms, and the currency it takes from the plan. */
class MaxTotalArgTest {
  private static final RenewalPlan EUR_ONLY = plan(ready(1, "a.com", "10.00", "EUR"));
  private static final RenewalPlan EUR_AND_CAD = plan(ready(1, "a.com", "10.00", "EUR"), ready(2, "b.ca", "10.00", "CAD"));

  @Test
  void parse_amountOnly_noCurrency() {
    assertThat(MaxTotalArg.parse("500")).isEqualTo(new MaxTotalArg("500", new BigDecimal("500"), null));
  }

  @Test
  void parse_amountAndCurrency_currencyUpperCase() {
    assertThat(MaxTotalArg.parse(" 500.50  eur ")).isEqualTo(new MaxTotalArg(" 500.50  eur ", new BigDecimal("500.50"), "EUR"));
  }

  @ParameterizedTest(name = "[{index}] '{0}'")
  @ValueSource(strings = {"", "abc", "-5", "500 EURO", "EUR 500", "5,00", "1e3", "500EUR", "500 EUR CAD"})
  void parse_badForm_namesValueAndForms(String text) {
    assertThatThrownBy(() -> MaxTotalArg.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--max-total '" + text + "'")
        .hasMessageContaining("'500 EUR'");
  }

  @Test
  void resolve_amountOnlyPlanInOneCurrency_thatCurrency() {
    assertThat(MaxTotalArg.resolve(List.of(MaxTotalArg.parse("500")), EUR_ONLY)).isEqualTo(Map.of("EUR", new BigDecimal("500")));
  }

  @Test
  void resolve_onePerCurrency_both() {
    assertThat(MaxTotalArg.resolve(List.of(MaxTotalArg.parse("500 EUR"), MaxTotalArg.parse("700 cad")), EUR_AND_CAD))
        .isEqualTo(Map.of("EUR", new BigDecimal("500"), "CAD", new BigDecimal("700")));
  }

  @Test
  void resolve_amountOnlyPlanInTwoCurrencies_refusesNamingCurrencies() {
    assertThatThrownBy(() -> MaxTotalArg.resolve(List.of(MaxTotalArg.parse("500")), EUR_AND_CAD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--max-total '500' names no currency")
        .hasMessageContaining("EUR and CAD")
        .hasMessageContaining("--max-total '500 EUR'");
  }

  @Test
  void resolve_currencyNotInPlan_refuses() {
    assertThatThrownBy(() -> MaxTotalArg.resolve(List.of(MaxTotalArg.parse("500 USD")), EUR_ONLY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'500 USD'")
        .hasMessageContaining("orders nothing in USD")
        .hasMessageContaining("EUR");
  }

  @Test
  void resolve_sameCurrencyTwice_refuses() {
    assertThatThrownBy(() -> MaxTotalArg.resolve(List.of(MaxTotalArg.parse("500"), MaxTotalArg.parse("600 EUR")), EUR_ONLY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice for EUR");
  }

  @Test
  void resolve_planWithNothingToOrder_budgetWithoutCurrencyIgnored() {
    RenewalPlan nothing = plan(skipped(1, "a.com", SkipReason.AUTOMATIC_RENEWAL, "automatic"));

    assertThat(MaxTotalArg.resolve(List.of(MaxTotalArg.parse("500")), nothing)).isEmpty();
  }
}
