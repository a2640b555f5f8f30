package io.github.ovhrenewal.api.model;

import static io.github.ovhrenewal.api.Fixtures.parse;
import static io.github.ovhrenewal.api.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceDetailsTest {

  @Test
  void fromJson_everyReferenceField_readsIt() {
    ServiceDetails service = parse(ServiceDetails.class, read("service-details-full.json"));

    assertThat(service.creationDate()).isEqualTo(LocalDate.of(2023, 5, 16));
    assertThat(service.details())
        .containsExactly(new KeyValue("datacenter", "gra"), new KeyValue("offer", "vps-value-1-2-40"));
    assertThat(service.engagementDate()).isEqualTo(LocalDate.of(2025, 5, 16));
    assertThat(service.expirationDate()).isEqualTo(LocalDate.of(2024, 6, 16));
    assertThat(service.nextBillingDate()).isEqualTo(LocalDate.of(2024, 6, 15));
    assertThat(service.plan()).isEqualTo(new ServicePlan("vps-value-1-2-40", new ServicePlan.Product("vps-value")));
    assertThat(service.quantity()).isEqualTo(1L);
    assertThat(service.resource())
        .isEqualTo(new ServiceResource("vps112233.ovh.net", "vps112233.ovh.net", ResourceState.OK));
    assertThat(service.route())
        .isEqualTo(
            new ServiceRoute(
                "/vps/{serviceName}",
                "/vps/vps112233.ovh.net",
                List.of(new KeyValue("serviceName", "vps112233.ovh.net"))));
    assertThat(service.state()).isSameAs(BillingState.OK);

    ServiceRenew renew = service.renew();
    assertThat(renew.dayOfMonth()).isEqualTo(16L);
    assertThat(renew.interval()).isEqualTo(RenewPeriod.P1M);
    assertThat(renew.mode()).isSameAs(RenewMode.AUTOMATIC_V2016);
    assertThat(renew.possibleIntervals())
        .containsExactly(RenewPeriod.P1M, RenewPeriod.P3M, RenewPeriod.P6M, RenewPeriod.P1Y);
    assertThat(renew.possibleModes())
        .containsExactly(RenewMode.AUTOMATIC_V2016, RenewMode.MANUAL, RenewMode.DELETE_AT_EXPIRATION);
  }

  @Test
  void fromJson_emptyObject_listsEmptyAndOptionalsNull() {
    ServiceDetails service = parse(ServiceDetails.class, "{}");

    assertThat(service.details()).isNotNull().isEmpty();
    assertThat(service.renew()).isNull();
    assertThat(service.expirationDate()).isNull();
    assertThat(service.engagementDate()).isNull();
    assertThat(service.nextBillingDate()).isNull();
    assertThat(service.quantity()).isNull();
    assertThat(service.state()).isNull();
  }

  @Test
  void fromJson_nestedListsAbsent_areEmptyLists() {
    ServiceDetails service = parse(ServiceDetails.class, "{\"renew\":{\"mode\":\"manual\"},\"route\":{}}");

    assertThat(service.renew().possibleIntervals()).isNotNull().isEmpty();
    assertThat(service.renew().possibleModes()).isNotNull().isEmpty();
    assertThat(service.renew().interval()).isNull();
    assertThat(service.route().vars()).isNotNull().isEmpty();
  }

  @Test
  void fromJson_unknownStates_keepText() {
    ServiceDetails service =
        parse(ServiceDetails.class, "{\"state\":\"frozen\",\"resource\":{\"displayName\":\"x\",\"state\":\"melting\"}}");

    assertThat(service.state().value()).isEqualTo("frozen");
    assertThat(service.state().isKnown()).isFalse();
    assertThat(service.resource().state().value()).isEqualTo("melting");
    assertThat(service.resource().state().isKnown()).isFalse();
  }
}
