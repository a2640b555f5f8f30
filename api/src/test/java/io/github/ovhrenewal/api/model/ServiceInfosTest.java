package io.github.ovhrenewal.api.model;

import static io.github.ovhrenewal.api.Fixtures.parse;
import static io.github.ovhrenewal.api.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ServiceInfosTest {

  @Test
  void fromJson_everyReferenceField_readsIt() {
    ServiceInfos infos = parse(ServiceInfos.class, read("service-infos-full.json"));

    assertThat(infos.canDeleteAtExpiration()).isTrue();
    assertThat(infos.contactAdmin()).isEqualTo("ab12345-ovh");
    assertThat(infos.contactBilling()).isEqualTo("cd67890-ovh");
    assertThat(infos.contactTech()).isEqualTo("ef13579-ovh");
    assertThat(infos.creation()).isEqualTo(LocalDate.of(2023, 5, 16));
    assertThat(infos.domain()).isEqualTo("vps112233.ovh.net");
    assertThat(infos.engagedUpTo()).isEqualTo(LocalDate.of(2025, 5, 16));
    assertThat(infos.expiration()).isEqualTo(LocalDate.of(2024, 6, 16));
    assertThat(infos.possibleRenewPeriod()).containsExactly(1L, 3L, 6L, 12L);
    assertThat(infos.renew()).isEqualTo(new RenewType(false, false, false, true, 3L));
    assertThat(infos.renewalType()).isSameAs(RenewalType.MANUAL);
    assertThat(infos.serviceId()).isEqualTo(12345L);
    assertThat(infos.status()).isSameAs(ServiceStatus.OK);
  }

  @Test
  void fromJson_onlyServiceId_listsEmptyAndOptionalsNull() {
    ServiceInfos infos = parse(ServiceInfos.class, "{\"serviceId\":12345}");

    assertThat(infos.possibleRenewPeriod()).isNotNull().isEmpty();
    assertThat(infos.renew()).isNull();
    assertThat(infos.engagedUpTo()).isNull();
    assertThat(infos.canDeleteAtExpiration()).isNull();
    assertThat(infos.status()).isNull();
  }

  @Test
  void fromJson_newerStatus_keptAsKnownOrText() {
    assertThat(parse(ServiceInfos.class, "{\"serviceId\":1,\"status\":\"autorenewInProgress\"}").status())
        .isSameAs(ServiceStatus.AUTORENEW_IN_PROGRESS);
    ServiceStatus future = parse(ServiceInfos.class, "{\"serviceId\":1,\"status\":\"hibernating\"}").status();
    assertThat(future.value()).isEqualTo("hibernating");
    assertThat(future.isKnown()).isFalse();
  }

  @Test
  void fromJson_renewNull_isNull() {
    assertThat(parse(ServiceInfos.class, "{\"serviceId\":1,\"renew\":null}").renew()).isNull();
  }
}
