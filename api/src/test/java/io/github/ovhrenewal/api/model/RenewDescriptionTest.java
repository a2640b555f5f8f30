package io.github.ovhrenewal.api.model;

import static io.github.ovhrenewal.api.Fixtures.parseList;
import static io.github.ovhrenewal.api.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenewDescriptionTest {

  @Test
  void fromJson_guideSample_readsPeriodAndStrategies() {
    List<RenewDescription> descriptions = parseList(RenewDescription.class, read("renew-descriptions-guide.json"));

    assertThat(descriptions).hasSize(1);
    RenewDescription description = descriptions.get(0);
    assertThat(description.renewPeriod()).isEqualTo(RenewPeriod.P1Y);
    assertThat(description.renewPeriod()).hasToString("P1Y");
    assertThat(description.strategies()).hasSize(2);

    RenewStrategy alone = description.strategies().get(0);
    assertThat(alone.services()).containsExactly(12345L);
    assertThat(alone.price().value()).isEqualTo(new BigDecimal("1.99"));
    assertThat(alone.servicesDetails()).containsExactly(new RenewService(12345L, null, "Domain .ovh"));

    RenewStrategy withHosting = description.strategies().get(1);
    assertThat(withHosting.services()).containsExactly(67890L, 12345L);
    assertThat(withHosting.price().value()).isEqualTo(new BigDecimal("37.87"));
    assertThat(withHosting.servicesDetails())
        .containsExactly(
            new RenewService(67890L, null, "Hosting Perso 2014"), new RenewService(12345L, null, "Domain .ovh"));
  }

  @Test
  void fromJson_guideSample_absentFieldsAreNull() {
    RenewStrategy strategy = parseList(RenewDescription.class, read("renew-descriptions-guide.json")).get(0).strategies().get(0);

    assertThat(strategy.priceInUcents()).isNull();
    assertThat(strategy.price().currencyCode()).isNull();
    assertThat(strategy.price().text()).isNull();
    assertThat(strategy.price().priceInUcents()).isNull();
    assertThat(strategy.servicesDetails().get(0).serviceName()).isNull();
  }

  @Test
  void fromJson_strategiesAbsent_isEmptyList() {
    List<RenewDescription> descriptions = parseList(RenewDescription.class, "[{\"renewPeriod\":\"P3M\"}]");

    assertThat(descriptions.get(0).strategies()).isNotNull().isEmpty();
  }

  @Test
  void fromJson_emptyArray_isEmptyList() {
    assertThat(parseList(RenewDescription.class, "[]")).isEmpty();
  }

  @Test
  void constructor_nullStrategies_isEmptyList() {
    assertThat(new RenewDescription(RenewPeriod.P1M, null).strategies()).isEmpty();
  }

  @Test
  void strategies_returned_isUnmodifiable() {
    RenewDescription description = parseList(RenewDescription.class, read("renew-descriptions-guide.json")).get(0);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> description.strategies().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
