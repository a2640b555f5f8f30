package io.github.ovhrenewal.api.model;

import static io.github.ovhrenewal.api.Fixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenewStrategyTest {

  @Test
  void fromJson_listsAbsent_areEmptyLists() {
    RenewStrategy strategy = parse(RenewStrategy.class, "{\"price\":{\"value\":1.99}}");

    assertThat(strategy.services()).isNotNull().isEmpty();
    assertThat(strategy.servicesDetails()).isNotNull().isEmpty();
    assertThat(strategy.priceInUcents()).isNull();
  }

  @Test
  void fromJson_priceInUcentsPresent_readsIt() {
    RenewStrategy strategy = parse(RenewStrategy.class, "{\"priceInUcents\":199000000,\"services\":[12345]}");

    assertThat(strategy.priceInUcents()).isEqualTo(199000000L);
  }

  @Test
  void fromJson_nullElementInServices_keptAndRenewsOnlyIsFalse() {
    RenewStrategy strategy = parse(RenewStrategy.class, "{\"services\":[null]}");

    assertThat(strategy.services()).containsExactly((Long) null);
    assertThat(strategy.renewsOnly(12345L)).isFalse();
  }

  @Test
  void renewsOnly_exactlyThatService_isTrue() {
    assertThat(strategy(12345L).renewsOnly(12345L)).isTrue();
  }

  @Test
  void renewsOnly_otherServiceOrSeveral_isFalse() {
    assertThat(strategy(67890L).renewsOnly(12345L)).isFalse();
    assertThat(strategy(67890L, 12345L).renewsOnly(12345L)).isFalse();
    assertThat(strategy().renewsOnly(12345L)).isFalse();
  }

  @Test
  void renewsOnly_idsBeyondLongCache_comparesValues() {
    // Long.valueOf caches only -128..127; a reference comparison would fail here.
    assertThat(strategy(Long.valueOf(9_000_000_000L)).renewsOnly(9_000_000_000L)).isTrue();
  }

  @Test
  void services_callerListChangedLater_copyUnchanged() {
    List<Long> ids = new ArrayList<>(List.of(1L));
    RenewStrategy strategy = new RenewStrategy(null, null, ids, null);

    ids.add(2L);

    assertThat(strategy.services()).containsExactly(1L);
  }

  private static RenewStrategy strategy(Long... ids) {
    return new RenewStrategy(null, null, Arrays.asList(ids), List.of());
  }
}
