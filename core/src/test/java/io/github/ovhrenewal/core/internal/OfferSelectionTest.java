package io.github.ovhrenewal.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ovhrenewal.api.model.CurrencyCode;
import io.github.ovhrenewal.api.model.Price;
import io.github.ovhrenewal.api.model.RenewDescription;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.api.model.RenewStrategy;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one rule that picks an offered renewal, shared by a single renewal and the fleet plan. */
class OfferSelectionTest {
  private static final long ID = 12345L;

  private static RenewStrategy strategy(String price, Long... services) {
    return new RenewStrategy(price == null ? null : new Price(CurrencyCode.EUR, null, null, new BigDecimal(price)), null,
        Arrays.asList(services), List.of());
  }

  private static final RenewStrategy ALONE = strategy("1.99", ID);
  private static final RenewStrategy WITH_HOSTING = strategy("37.87", 67890L, ID);
  private static final List<RenewDescription> OFFERS = List.of(
      new RenewDescription(RenewPeriod.fromWire("P3M"), List.of(WITH_HOSTING)),
      new RenewDescription(RenewPeriod.fromWire("P12M"), List.of(WITH_HOSTING, ALONE)));

  @Test
  void alone_periodOfferedWithLoneStrategy_choosesItWithTheOfferedPeriodText() {
    OfferSelection selection = OfferSelection.alone(ID, RenewPeriod.P1Y, OFFERS);

    assertThat(selection.chosen()).isTrue();
    assertThat(selection.periodOffered()).isTrue();
    assertThat(selection.strategy()).isSameAs(ALONE);
    assertThat(selection.period()).hasToString("P12M");
    assertThat(selection.problem()).isNull();
  }

  @Test
  void alone_periodNotOffered_namesPeriodAndOfferedOnes() {
    OfferSelection selection = OfferSelection.alone(ID, RenewPeriod.P2Y, OFFERS);

    assertThat(selection.chosen()).isFalse();
    assertThat(selection.periodOffered()).isFalse();
    assertThat(selection.period()).isNull();
    assertThat(selection.strategy()).isNull();
    assertThat(selection.problem()).isEqualTo("renew period P2Y is not offered for service 12345; offered periods: [P3M, P12M]");
  }

  @Test
  void alone_noOffers_saysNothingIsOffered() {
    OfferSelection selection = OfferSelection.alone(ID, RenewPeriod.P1Y, List.of());

    assertThat(selection.problem()).isEqualTo("renew period P1Y is not offered for service 12345; offered periods: []");
  }

  @Test
  void alone_onlyLinkedStrategies_namesOfferedStrategies() {
    OfferSelection selection = OfferSelection.alone(ID, RenewPeriod.P3M, OFFERS);

    assertThat(selection.chosen()).isFalse();
    assertThat(selection.periodOffered()).isTrue();
    assertThat(selection.period()).hasToString("P3M");
    assertThat(selection.strategy()).isNull();
    assertThat(selection.problem())
        .isEqualTo("no strategy renews service 12345 alone for P3M; offered strategies: [[67890, 12345] at 37.87 EUR]");
  }

  @Test
  void alone_strategyOfAnotherServiceAlone_notChosen() {
    List<RenewDescription> offers = List.of(new RenewDescription(RenewPeriod.P1Y, List.of(strategy(null, 67890L))));

    OfferSelection selection = OfferSelection.alone(ID, RenewPeriod.P1Y, offers);

    assertThat(selection.chosen()).isFalse();
    assertThat(selection.problem()).endsWith("offered strategies: [[67890] at unknown price]");
  }

  @Test
  void alone_nullArguments_throw() {
    assertThatThrownBy(() -> OfferSelection.alone(ID, null, OFFERS)).hasMessage("period must not be null");
    assertThatThrownBy(() -> OfferSelection.alone(ID, RenewPeriod.P1Y, null)).hasMessage("offers must not be null");
  }

  @Test
  void exactly_sameServicesInAnotherOrder_choosesThatStrategy() {
    OfferSelection selection = OfferSelection.exactly(ID, RenewPeriod.P3M, List.of(ID, 67890L), OFFERS);

    assertThat(selection.chosen()).isTrue();
    assertThat(selection.strategy()).isSameAs(WITH_HOSTING);
    assertThat(selection.period()).hasToString("P3M");
  }

  @Test
  void exactly_noStrategyWithThoseServices_namesThemAndOfferedStrategies() {
    OfferSelection selection = OfferSelection.exactly(ID, RenewPeriod.P1Y, List.of(ID, 99999L), OFFERS);

    assertThat(selection.chosen()).isFalse();
    assertThat(selection.periodOffered()).isTrue();
    assertThat(selection.problem()).isEqualTo("no strategy renews exactly services [12345, 99999] for P1Y from service 12345; "
        + "offered strategies: [[67890, 12345] at 37.87 EUR, [12345] at 1.99 EUR]");
  }

  @Test
  void exactly_periodNotOffered_namesPeriodAndOfferedOnes() {
    OfferSelection selection = OfferSelection.exactly(ID, RenewPeriod.P6M, List.of(ID), OFFERS);

    assertThat(selection.periodOffered()).isFalse();
    assertThat(selection.problem()).isEqualTo("renew period P6M is not offered for service 12345; offered periods: [P3M, P12M]");
  }

  @Test
  void exactly_nullArguments_throw() {
    assertThatThrownBy(() -> OfferSelection.exactly(ID, null, List.of(ID), OFFERS)).hasMessage("period must not be null");
    assertThatThrownBy(() -> OfferSelection.exactly(ID, RenewPeriod.P1Y, null, OFFERS)).hasMessage("services must not be null");
    assertThatThrownBy(() -> OfferSelection.exactly(ID, RenewPeriod.P1Y, List.of(ID), null)).hasMessage("offers must not be null");
  }

  @Test
  void describe_strategyWithoutPrice_saysUnknownPrice() {
    assertThat(OfferSelection.describe(strategy(null, ID))).isEqualTo("[12345] at unknown price");
  }
}
