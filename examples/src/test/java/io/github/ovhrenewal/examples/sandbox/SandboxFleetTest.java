package io.github.ovhrenewal.examples.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generated fleet: deterministic, varied as the brief says, and renewable like the guide's services. */
class SandboxFleetTest {

  private static final LocalDate DAY = LocalDate.of(2025, 3, 30);

  private static long count(List<SandboxService> fleet, java.util.function.Predicate<SandboxService> which) {
    return fleet.stream().filter(which).count();
  }

  @Test
  void generate_sameSizeAndDay_sameFleet() {
    assertThat(SandboxFleet.generate(1000, DAY)).isEqualTo(SandboxFleet.generate(1000, DAY));
  }

  @Test
  void generate_anySize_exactlyThatManyWithConsecutiveIds() {
    for (int size : new int[] {0, 1, 2, 7, 1000}) {
      List<SandboxService> fleet = SandboxFleet.generate(size, DAY);

      assertThat(fleet).hasSize(size);
      for (int i = 0; i < size; i++) {
        assertThat(fleet.get(i).id()).isEqualTo(SandboxFleet.FIRST_ID + i);
      }
    }
  }

  @Test
  void generate_thousand_mostlyManualSomeAutomaticAFewNonExpiring() {
    List<SandboxService> fleet = SandboxFleet.generate(1000, DAY);

    long manual = count(fleet, s -> SandboxService.MANUAL.equals(s.renewMode()));
    long automatic = count(fleet, SandboxService::isAutomatic);
    long nonExpiring = count(fleet, s -> !s.expires());

    assertThat(manual).isGreaterThan(500);
    assertThat(automatic).isBetween(150L, 400L);
    assertThat(nonExpiring).isBetween(5L, 60L);
    assertThat(manual + automatic + nonExpiring).isEqualTo(1000);
    assertThat(fleet.stream().filter(s -> !s.expires()))
        .allSatisfy(s -> {
          assertThat(s.renewMode()).isNull();
          assertThat(s.renewPeriod()).isNull();
          assertThat(s.possibleIntervals()).isEmpty();
        });
  }

  @Test
  void generate_thousand_addOnsFollowTheirParentAndShareItsExpiration() {
    List<SandboxService> fleet = SandboxFleet.generate(1000, DAY);
    Map<Long, SandboxService> byId = new HashMap<>();
    fleet.forEach(s -> byId.put(s.id(), s));

    List<SandboxService> addOns = fleet.stream().filter(s -> s.parentId() != null).collect(Collectors.toList());

    assertThat(addOns).hasSizeGreaterThan(50);
    assertThat(addOns).extracting(SandboxService::routePath).containsOnly(
        "/hosting/privateDatabase/{serviceName}", "/dedicated/server/{serviceName}/features/backupFTP");
    for (SandboxService addOn : addOns) {
      SandboxService parent = byId.get(addOn.parentId());
      assertThat(parent).isNotNull();
      assertThat(parent.id()).isEqualTo(addOn.id() - 1);
      assertThat(parent.parentId()).isNull();
      assertThat(addOn.expiration()).isEqualTo(parent.expiration());
      if (addOn.routePath().startsWith("/dedicated/server/")) {
        assertThat(addOn.routeValue()).isEqualTo(parent.name());
        assertThat(addOn.url()).isEqualTo("/dedicated/server/" + parent.name() + "/features/backupFTP");
      }
    }
  }

  @Test
  void generate_thousand_expirationsSpreadOverFourHundredDaysAFewPast() {
    List<SandboxService> fleet = SandboxFleet.generate(1000, DAY);
    List<LocalDate> expirations = fleet.stream().filter(SandboxService::expires)
        .map(SandboxService::expiration).collect(Collectors.toList());

    assertThat(expirations).allSatisfy(e -> assertThat(e).isBetween(DAY.minusDays(7), DAY.plusDays(400)));
    assertThat(expirations.stream().filter(e -> e.isBefore(DAY)).count()).isBetween(5L, 60L);
    assertThat(expirations.stream().filter(e -> !e.isBefore(DAY) && !e.isAfter(DAY.plusDays(30))).count())
        .isBetween(30L, 150L);
    assertThat(expirations.stream().filter(e -> e.isAfter(DAY.plusDays(300))).count()).isGreaterThan(100);
  }

  @Test
  void generate_thousand_everyProductAndPeriodAFewTerminatingAFewWithoutTheirPeriod() {
    List<SandboxService> fleet = SandboxFleet.generate(1000, DAY);

    assertThat(fleet.stream().map(s -> s.routePath()).collect(Collectors.toSet())).containsExactlyInAnyOrder(
        "/domain/{serviceName}", "/hosting/web/{serviceName}", "/vps/{serviceName}",
        "/dedicated/server/{serviceName}", "/vrack/{serviceName}", "/hosting/privateDatabase/{serviceName}",
        "/dedicated/server/{serviceName}/features/backupFTP");
    assertThat(fleet.stream().map(SandboxService::renewPeriod).filter(p -> p != null).collect(Collectors.toSet()))
        .contains("P1M", "P3M", "P6M", "P1Y", "P2Y");
    long terminating = count(fleet, SandboxService::terminationPending);
    assertThat(terminating).isBetween(5L, 60L);
    assertThat(fleet.stream().filter(SandboxService::terminationPending))
        .allSatisfy(s -> assertThat(s.renewMode()).isEqualTo(SandboxService.MANUAL));
    long withoutTheirPeriod =
        count(fleet, s -> s.expires() && !s.possibleIntervals().contains(s.renewPeriod()));
    assertThat(withoutTheirPeriod).isBetween(3L, 50L);
    assertThat(fleet.stream().filter(SandboxService::expires))
        .allSatisfy(s -> {
          assertThat(s.possibleIntervals()).isNotEmpty();
          assertThat(s.currentPrice()).isPositive();
        });
    assertThat(count(fleet, s -> !s.displayName().equals(s.name()))).isGreaterThan(10);
  }

  @Test
  void generate_tenThousand_namesUniqueAndUnlikeTheGuides() {
    List<SandboxService> fleet = SandboxFleet.generate(10_000, DAY);

    Set<String> names = new HashSet<>();
    fleet.forEach(s -> names.add(s.name()));

    assertThat(names).hasSize(10_000).doesNotContain(
        SandboxSeed.DOMAIN_NAME, SandboxSeed.VPS_NAME, SandboxSeed.DEDICATED_NAME);
  }

  @Test
  void generate_outOfRange_failsNamingTheSize() {
    assertThatThrownBy(() -> SandboxFleet.generate(-1, DAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fleet size must be between 0 and 100000, was -1");
  }

  @Test
  void startWithFleet_outOfRange_failsBeforeStarting() {
    assertThatThrownBy(() -> OvhSandbox.startWithFleet(100_001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("services must be between 0 and 100000, was 100001");
    assertThatThrownBy(() -> OvhSandbox.startWithFleet(-5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was -5");
  }

  @Test
  void startWithFleet_zero_servesTheGuideServicesOnly() {
    try (OvhSandbox sandbox = OvhSandbox.startWithFleet(0)) {
      assertThat(sandbox.serviceIds()).containsExactly(12345L, 67890L, 112233L, 445566L);
      assertThat(sandbox.describe()).doesNotContain("generated");
    }
  }

  @Test
  void startWithFleet_thousand_guideServicesKeptAndFleetDescribed() {
    try (OvhSandbox sandbox = OvhSandbox.startWithFleet(1000)) {
      assertThat(sandbox.serviceIds()).hasSize(1004).startsWith(12345L, 67890L, 112233L, 445566L);
      assertThat(sandbox.expirationOf(sandbox.vpsServiceId())).isEqualTo(sandbox.seedDate().plusDays(20));
      assertThat(sandbox.describe())
          .contains("vps112233.ovh.net")
          .contains("and 1000 generated services, ids 20000001 to 20001000")
          .contains("/vrack");
    }
  }

  @Test
  void startWithFleet_seeded_isTheGeneratedFleetOfItsSeedDate() {
    try (OvhSandbox sandbox = OvhSandbox.startWithFleet(50)) {
      List<SandboxService> expected = SandboxFleet.generate(50, sandbox.seedDate());

      for (SandboxService service : expected) {
        assertThat(sandbox.expirationOf(service.id())).isEqualTo(service.expiration());
      }
    }
  }

  @Test
  void expirationOf_unknownService_failsNamingIt() {
    try (OvhSandbox sandbox = OvhSandbox.start()) {
      assertThatThrownBy(() -> sandbox.expirationOf(20_000_001L))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("this sandbox has no service 20000001");
    }
  }

  @Test
  void renew_everyRenewableFleetService_offersItsPeriodsAndPricesADryRun() throws IOException {
    try (OvhSandbox sandbox = OvhSandbox.startWithFleet(150)) {
      SandboxTestClient client = SandboxTestClient.of(sandbox);
      for (SandboxService service : SandboxFleet.generate(150, sandbox.seedDate())) {
        SandboxTestClient.Answer offers = client.get("/service/" + service.id() + "/renew");
        assertThat(offers.code()).isEqualTo(200);
        assertThat(offers.pluck("renewPeriod")).as("periods of %d", service.id())
            .containsExactlyElementsOf(service.possibleIntervals());
        if (!service.expires()) {
          continue;
        }
        String period = service.possibleIntervals().get(0);

        SandboxTestClient.Answer quote = client.post("/service/" + service.id() + "/renew",
            "{\"dryRun\":true,\"duration\":\"" + period + "\",\"services\":[" + service.id() + "]}");

        assertThat(quote.code()).as(quote.body()).isEqualTo(200);
        BigDecimal withoutTax = new BigDecimal(
            ((Map<?, ?>) quote.object().get("priceWithoutTax")).get("value").toString());
        assertThat(withoutTax).isEqualByComparingTo(service.product().prices().get(period));
      }
      assertThat(sandbox.orderIds()).isEmpty();
    }
  }

  @Test
  void renew_serviceWhoseOffersLackItsPeriod_refusedNamingWhatIsOffered() throws IOException {
    try (OvhSandbox sandbox = OvhSandbox.startWithFleet(1000)) {
      SandboxService lacking = SandboxFleet.generate(1000, sandbox.seedDate()).stream()
          .filter(s -> s.expires() && !s.possibleIntervals().contains(s.renewPeriod()))
          .findFirst().orElseThrow();
      SandboxTestClient client = SandboxTestClient.of(sandbox);

      SandboxTestClient.Answer offers = client.get("/service/" + lacking.id() + "/renew");
      SandboxTestClient.Answer quote = client.post("/service/" + lacking.id() + "/renew",
          "{\"dryRun\":true,\"duration\":\"" + lacking.renewPeriod() + "\",\"services\":[" + lacking.id() + "]}");

      assertThat(offers.pluck("renewPeriod")).doesNotContain(lacking.renewPeriod()).isNotEmpty();
      assertThat(quote.code()).isEqualTo(400);
      assertThat((String) quote.object().get("message"))
          .isEqualTo("Duration " + lacking.renewPeriod() + " is not available for service " + lacking.id()
              + " (available: " + String.join(", ", lacking.possibleIntervals()) + ")");
    }
  }
}
