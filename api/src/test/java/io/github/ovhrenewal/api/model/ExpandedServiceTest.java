package io.github.ovhrenewal.api.model;

import static io.github.ovhrenewal.api.Fixtures.parse;
import static io.github.ovhrenewal.api.Fixtures.parseList;
import static io.github.ovhrenewal.api.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonDataException;
import io.github.ovhrenewal.api.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpandedServiceTest {

  private static final ZoneOffset PARIS_SUMMER = ZoneOffset.ofHours(2);

  @Test
  void fromJson_fullVps_readsIdentityRouteAndResource() {
    ExpandedService service = parse(ExpandedService.class, read("expanded-service-vps.json"));

    assertThat(service.serviceId()).isEqualTo(9_000_000_001L);
    assertThat(service.parentServiceId()).isNull();
    assertThat(service.tags()).containsExactly("prod", "web");
    assertThat(service.route())
        .isEqualTo(
            new ExpandedServiceRoute(
                "/vps/{serviceName}",
                "/vps/vps112233.ovh.net",
                List.of(new KeyValue("serviceName", "vps112233.ovh.net"))));
    assertThat(service.resource())
        .isEqualTo(
            new ExpandedServiceResource(
                "web front",
                "vps112233.ovh.net",
                new ServiceProduct("VPS Value 1-2-40", "vps-value-1-2-40"),
                null,
                ExpandedResourceState.ACTIVE));
    assertThat(service.customer().contacts())
        .containsExactly(
            new ServiceCustomer.Contact("xx1111-ovh", ContactType.ADMINISTRATOR),
            new ServiceCustomer.Contact("xx1111-ovh", ContactType.TECHNICAL),
            new ServiceCustomer.Contact("yy2222-ovh", ContactType.BILLING));
  }

  @Test
  void fromJson_fullVps_readsBillingRenewAndLifecycle() {
    ServiceBilling billing = parse(ExpandedService.class, read("expanded-service-vps.json")).billing();

    OffsetDateTime expiry = OffsetDateTime.of(2024, 6, 16, 0, 0, 0, 0, PARIS_SUMMER);
    assertThat(billing.expirationDate()).isEqualTo(expiry);
    assertThat(billing.nextBillingDate()).isEqualTo(expiry);
    assertThat(billing.plan()).isEqualTo(new ExpandedServicePlan("vps-value-1-2-40", "VPS Value 1-2-40"));
    assertThat(billing.group()).isEqualTo(new ServiceBillingGroup(4242L));
    assertThat(billing.renew())
        .isEqualTo(
            new ServiceRenewSettings(
                new ServiceRenewSettings.Capacities(List.of(ServiceRenewMode.AUTOMATIC, ServiceRenewMode.MANUAL)),
                new ServiceRenewSettings.Current(ServiceRenewMode.AUTOMATIC, expiry, RenewPeriod.P1Y)));
    assertThat(billing.lifecycle())
        .isEqualTo(
            new ServiceLifecycle(
                new ServiceLifecycle.Capacities(
                    List.of(
                        LifecycleAction.EARLY_RENEWAL,
                        LifecycleAction.TERMINATE,
                        LifecycleAction.TERMINATE_AT_EXPIRATION_DATE)),
                new ServiceLifecycle.Current(
                    OffsetDateTime.of(2023, 5, 16, 15, 49, 6, 0, PARIS_SUMMER), List.of(), LifecycleState.ACTIVE, null)));
  }

  @Test
  void fromJson_fullVps_readsPricingAndEngagement() {
    ServiceBilling billing = parse(ExpandedService.class, read("expanded-service-vps.json")).billing();

    assertThat(billing.pricing())
        .isEqualTo(
            new ServicePricing(
                "Yearly fees",
                RenewPeriod.P1Y,
                12L,
                new Price(CurrencyCode.EUR, 7_080_000_000L, "70.80 €", new BigDecimal("70.8")),
                "upfront12",
                PricingType.RENTAL));
    assertThat(billing.engagement())
        .isEqualTo(
            new ServiceEngagement(
                LocalDate.of(2025, 6, 15),
                new ServiceEngagement.EndRule(
                    List.of(
                        EngagementEndStrategy.REACTIVATE_ENGAGEMENT,
                        EngagementEndStrategy.STOP_ENGAGEMENT_FALLBACK_DEFAULT_PRICE,
                        EngagementEndStrategy.CANCEL_SERVICE),
                    EngagementEndStrategy.REACTIVATE_ENGAGEMENT)));
    assertThat(billing.engagementRequest())
        .isEqualTo(new ServiceEngagementRequest("upfront24", LocalDate.of(2024, 5, 2)));
  }

  @Test
  void fromJson_pageOfObjects_readsEachWithItsOwnIdAndParent() {
    List<ExpandedService> page = parseList(ExpandedService.class, read("services-page-objects.json"));

    assertThat(page).extracting(ExpandedService::serviceId).containsExactly(9_000_000_002L, 9_000_000_003L);
    ExpandedService domain = page.get(0);
    ExpandedService zone = page.get(1);
    assertThat(zone.parentServiceId()).isEqualTo(domain.serviceId());
    assertThat(zone.resource().resellingProvider()).isSameAs(ResellingProvider.OVH_EU);
    assertThat(zone.billing().renew().capacities().mode()).containsExactly(ServiceRenewMode.AUTOMATIC);
    assertThat(zone.customer().contacts()).isEmpty();
  }

  @Test
  void fromJson_manualDomainAboutToLapse_nullsInRenewAndPendingTermination() {
    ExpandedService domain = parseList(ExpandedService.class, read("services-page-objects.json")).get(0);

    ServiceRenewSettings.Current renew = domain.billing().renew().current();
    assertThat(renew.mode()).isSameAs(ServiceRenewMode.MANUAL);
    assertThat(renew.nextDate()).isNull();
    assertThat(renew.period()).isNull();
    ServiceLifecycle.Current lifecycle = domain.billing().lifecycle().current();
    assertThat(lifecycle.state()).isSameAs(LifecycleState.TO_RENEW);
    assertThat(lifecycle.pendingActions()).containsExactly(LifecycleAction.TERMINATE_AT_EXPIRATION_DATE);
    assertThat(lifecycle.terminationDate()).isEqualTo(OffsetDateTime.of(2024, 3, 1, 0, 0, 0, 0, ZoneOffset.ofHours(1)));
    assertThat(domain.billing().pricing()).isNull();
    assertThat(domain.billing().engagement()).isNull();
    assertThat(domain.tags()).isEmpty();
  }

  @Test
  void fromJson_onlyServiceId_optionalsNullAndListsEmpty() {
    ExpandedService service = parse(ExpandedService.class, "{\"serviceId\":1}");

    assertThat(service.serviceId()).isEqualTo(1L);
    assertThat(service.parentServiceId()).isNull();
    assertThat(service.billing()).isNull();
    assertThat(service.customer()).isNull();
    assertThat(service.resource()).isNull();
    assertThat(service.route()).isNull();
    assertThat(service.tags()).isNotNull().isEmpty();
  }

  @Test
  void fromJson_nestedObjectsEmpty_listsEmptyAndOptionalsNull() {
    ExpandedService service =
        parse(
            ExpandedService.class,
            "{\"serviceId\":1,\"tags\":null,\"route\":{},\"customer\":{},\"resource\":{},"
                + "\"billing\":{\"renew\":{\"current\":{},\"capacities\":{}},"
                + "\"lifecycle\":{\"current\":{},\"capacities\":{}},\"engagement\":{\"endRule\":{}},"
                + "\"pricing\":{},\"group\":{},\"plan\":{}}}");

    assertThat(service.tags()).isNotNull().isEmpty();
    assertThat(service.route().vars()).isNotNull().isEmpty();
    assertThat(service.customer().contacts()).isNotNull().isEmpty();
    assertThat(service.resource().state()).isNull();
    assertThat(service.resource().product()).isNull();
    ServiceBilling billing = service.billing();
    assertThat(billing.expirationDate()).isNull();
    assertThat(billing.renew().capacities().mode()).isNotNull().isEmpty();
    assertThat(billing.renew().current().mode()).isNull();
    assertThat(billing.lifecycle().capacities().actions()).isNotNull().isEmpty();
    assertThat(billing.lifecycle().current().pendingActions()).isNotNull().isEmpty();
    assertThat(billing.engagement().endRule().possibleStrategies()).isNotNull().isEmpty();
    assertThat(billing.pricing().price()).isNull();
    assertThat(billing.group().id()).isNull();
    assertThat(billing.plan().code()).isNull();
  }

  @Test
  void fromJson_unknownEnumValues_keepText() {
    ExpandedService service =
        parse(
            ExpandedService.class,
            "{\"serviceId\":1,\"resource\":{\"state\":\"migrating\",\"resellingProvider\":\"ovh.us\"},"
                + "\"customer\":{\"contacts\":[{\"customerCode\":\"xx1111-ovh\",\"type\":\"security\"}]},"
                + "\"billing\":{\"renew\":{\"current\":{\"mode\":\"automaticV2099\"},\"capacities\":{\"mode\":[\"oneShot\"]}},"
                + "\"lifecycle\":{\"current\":{\"state\":\"frozen\",\"pendingActions\":[\"suspendAtExpirationDate\"]}},"
                + "\"pricing\":{\"pricingType\":\"subscription\"},"
                + "\"engagement\":{\"endRule\":{\"strategy\":\"EXTEND_ENGAGEMENT\"}}}}");

    assertUnknown(service.resource().state(), "migrating");
    assertUnknown(service.resource().resellingProvider(), "ovh.us");
    assertUnknown(service.customer().contacts().get(0).type(), "security");
    assertUnknown(service.billing().renew().current().mode(), "automaticV2099");
    assertUnknown(service.billing().renew().capacities().mode().get(0), "oneShot");
    assertUnknown(service.billing().lifecycle().current().state(), "frozen");
    assertUnknown(service.billing().lifecycle().current().pendingActions().get(0), "suspendAtExpirationDate");
    assertUnknown(service.billing().pricing().pricingType(), "subscription");
    assertUnknown(service.billing().engagement().endRule().strategy(), "EXTEND_ENGAGEMENT");
  }

  @Test
  void fromJson_oddRenewPeriod_keptAsText() {
    ExpandedService service =
        parse(ExpandedService.class, "{\"serviceId\":1,\"billing\":{\"renew\":{\"current\":{\"period\":\"P10D\"}}}}");

    RenewPeriod period = service.billing().renew().current().period();
    assertThat(period).hasToString("P10D");
    assertThat(period.totalMonths()).isEqualTo(-1);
  }

  @Test
  void fromJson_fieldsTheReferenceDoesNotHave_ignored() {
    ExpandedService service =
        parse(ExpandedService.class, "{\"serviceId\":7,\"iam\":{\"urn\":\"urn:v1:eu:resource:vps:x\"},\"extra\":[1,2]}");

    assertThat(service.serviceId()).isEqualTo(7L);
  }

  @Test
  void fromJson_serviceIdAbsent_throwsJsonDataExceptionNamingIt() {
    assertThatThrownBy(() -> Fixtures.adapter(ExpandedService.class).fromJson("{\"tags\":[]}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("serviceId");
  }

  @Test
  void fromJson_pageOfPlainIds_throwsJsonDataException() {
    // What a server that ignores the pagination mode answers: the caller must look before parsing.
    assertThatThrownBy(() -> Fixtures.listAdapter(ExpandedService.class).fromJson("[9000000002,9000000003]"))
        .isInstanceOf(JsonDataException.class);
  }

  private static void assertUnknown(OpenEnum value, String text) {
    assertThat(value.value()).isEqualTo(text);
    assertThat(value.isKnown()).isFalse();
  }
}
