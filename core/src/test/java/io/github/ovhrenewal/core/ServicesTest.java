package io.github.ovhrenewal.core;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.ovhrenewal.core.WireMockOvh.assertSignedWithoutBody;
import static io.github.ovhrenewal.core.WireMockOvh.fixture;
import static io.github.ovhrenewal.core.WireMockOvh.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.ovhrenewal.api.model.BillingState;
import io.github.ovhrenewal.api.model.KeyValue;
import io.github.ovhrenewal.api.model.RenewMode;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.api.model.RenewalType;
import io.github.ovhrenewal.api.model.ResourceState;
import io.github.ovhrenewal.api.model.ServiceDetails;
import io.github.ovhrenewal.api.model.ServiceInfos;
import io.github.ovhrenewal.api.model.ServiceStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServicesTest {
  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension();

  private RenewalClient client;

  @BeforeEach
  void setUp() {
    client = wm.client();
  }

  @Test
  void list_accountWithServices_getsServiceAndReturnsIds() {
    wm.stubFor(get(urlEqualTo("/1.0/service")).willReturn(okJson("[12345, 67890, 9007199254740993]")));

    List<Long> ids = client.services().list();

    assertThat(ids).containsExactly(12345L, 67890L, 9007199254740993L);
    LoggedRequest request = wm.onlySignedRequest();
    assertThat(request.getMethod().value()).isEqualTo("GET");
    assertThat(request.getUrl()).isEqualTo("/1.0/service");
    assertSignedWithoutBody(request);
  }

  @Test
  void list_emptyAccount_returnsEmptyList() {
    wm.stubFor(get(urlEqualTo("/1.0/service")).willReturn(okJson("[]")));

    assertThat(client.services().list()).isEmpty();
  }

  @Test
  void list_calledTwice_readsServerTimeOnce() {
    wm.stubFor(get(urlEqualTo("/1.0/service")).willReturn(okJson("[1]")));

    client.services().list();
    client.services().list();

    wm.verify(1, getRequestedFor(urlEqualTo("/1.0/auth/time")));
    wm.verify(2, getRequestedFor(urlEqualTo("/1.0/service")));
  }

  @Test
  void get_existingService_getsServiceByIdAndParsesDetails() {
    wm.stubFor(get(urlEqualTo("/1.0/service/12345")).willReturn(okJson(fixture("service-12345.json"))));

    ServiceDetails service = client.services().get(12345);

    LoggedRequest request = wm.onlySignedRequest();
    assertThat(request.getMethod().value()).isEqualTo("GET");
    assertThat(request.getUrl()).isEqualTo("/1.0/service/12345");
    assertSignedWithoutBody(request);

    assertThat(service.creationDate()).isEqualTo(LocalDate.of(2023, 5, 16));
    assertThat(service.expirationDate()).isEqualTo(LocalDate.of(2025, 5, 16));
    assertThat(service.nextBillingDate()).isEqualTo(LocalDate.of(2025, 5, 16));
    assertThat(service.engagementDate()).isNull();
    assertThat(service.details()).containsExactly(new KeyValue("datacenter", "gra"));
    assertThat(service.plan().code()).isEqualTo("vps-starter-1-2-20");
    assertThat(service.plan().product().name()).isEqualTo("vps-starter");
    assertThat(service.quantity()).isEqualTo(1L);
    assertThat(service.renew().dayOfMonth()).isEqualTo(16L);
    assertThat(service.renew().interval()).isEqualTo(RenewPeriod.P1Y);
    assertThat(service.renew().mode()).isEqualTo(RenewMode.AUTOMATIC_V2024);
    assertThat(service.renew().possibleIntervals())
        .containsExactly(RenewPeriod.P1M, RenewPeriod.P3M, RenewPeriod.P6M, RenewPeriod.P1Y);
    assertThat(service.renew().possibleModes()).containsExactly(RenewMode.AUTOMATIC_V2024, RenewMode.MANUAL);
    assertThat(service.resource().name()).isEqualTo("vps112233.ovh.net");
    assertThat(service.resource().displayName()).isEqualTo("vps112233.ovh.net");
    assertThat(service.resource().state()).isEqualTo(ResourceState.OK);
    assertThat(service.route().path()).isEqualTo("/vps/{serviceName}");
    assertThat(service.route().url()).isEqualTo("/vps/vps112233.ovh.net");
    assertThat(service.route().vars()).containsExactly(new KeyValue("serviceName", "vps112233.ovh.net"));
    assertThat(service.state()).isEqualTo(BillingState.OK);
  }

  @Test
  void get_idBeyondInt32_sendsExactLongId() {
    wm.stubFor(get(urlEqualTo("/1.0/service/9007199254740993")).willReturn(okJson(fixture("service-12345.json"))));

    client.services().get(9007199254740993L);

    assertThat(wm.onlySignedRequest().getUrl()).isEqualTo("/1.0/service/9007199254740993");
  }

  @Test
  void info_vps_getsExactServiceInfosPathAndParsesIt() {
    wm.stubFor(get(urlEqualTo("/1.0/vps/vps112233.ovh.net/serviceInfos")).willReturn(okJson(fixture("service-infos-vps.json"))));

    ServiceInfos infos = client.services().info("/vps", "vps112233.ovh.net");

    LoggedRequest request = wm.onlySignedRequest();
    assertThat(request.getMethod().value()).isEqualTo("GET");
    assertThat(request.getUrl()).isEqualTo("/1.0/vps/vps112233.ovh.net/serviceInfos");
    assertSignedWithoutBody(request);

    assertThat(infos.serviceId()).isEqualTo(12345L);
    assertThat(infos.domain()).isEqualTo("vps112233.ovh.net");
    assertThat(infos.creation()).isEqualTo(LocalDate.of(2023, 5, 16));
    assertThat(infos.expiration()).isEqualTo(LocalDate.of(2025, 5, 16));
    assertThat(infos.engagedUpTo()).isNull();
    assertThat(infos.possibleRenewPeriod()).containsExactly(1L, 3L, 6L, 12L);
    assertThat(infos.renew().manualPayment()).isTrue();
    assertThat(infos.renew().period()).isEqualTo(12L);
    assertThat(infos.renewalType()).isEqualTo(RenewalType.MANUAL);
    assertThat(infos.status()).isEqualTo(ServiceStatus.OK);
    assertThat(infos.canDeleteAtExpiration()).isTrue();
  }

  @Test
  void info_hostingWeb_getsTwoSegmentRoutePath() {
    wm.stubFor(get(urlEqualTo("/1.0/hosting/web/example.ovh/serviceInfos")).willReturn(okJson(fixture("service-infos-hosting.json"))));

    ServiceInfos infos = client.services().info("/hosting/web", "example.ovh");

    LoggedRequest request = wm.onlySignedRequest();
    assertThat(request.getUrl()).isEqualTo("/1.0/hosting/web/example.ovh/serviceInfos");
    assertSignedWithoutBody(request);
    assertThat(infos.serviceId()).isEqualTo(67890L);
    assertThat(infos.renewalType()).isEqualTo(RenewalType.AUTOMATIC_V2014);
  }

  @ParameterizedTest
  @CsvSource({
      "vps, vps112233.ovh.net, /1.0/vps/vps112233.ovh.net/serviceInfos",
      "/vps/, vps112233.ovh.net, /1.0/vps/vps112233.ovh.net/serviceInfos",
      "' /vps ', vps112233.ovh.net, /1.0/vps/vps112233.ovh.net/serviceInfos",
      "hosting/web, example.ovh, /1.0/hosting/web/example.ovh/serviceInfos",
      "/hosting/web/, example.ovh, /1.0/hosting/web/example.ovh/serviceInfos",
  })
  void info_routeWithOrWithoutSlashes_normalizesToSamePath(String route, String serviceName, String expectedPath) {
    wm.stubFor(get(urlPathEqualTo(expectedPath)).willReturn(okJson(fixture("service-infos-vps.json"))));

    client.services().info(route, serviceName);

    LoggedRequest request = wm.onlySignedRequest();
    assertThat(request.getUrl()).isEqualTo(expectedPath);
    assertSignedWithoutBody(request);
  }

  @Test
  void info_serviceNameWithReservedCharacters_isPercentEncodedAsOneSegment() {
    wm.stubFor(get(urlEqualTo("/1.0/email/domain/a%2Fb%3Fc/serviceInfos")).willReturn(okJson(fixture("service-infos-vps.json"))));

    client.services().info("/email/domain", "a/b?c");

    assertThat(wm.onlySignedRequest().getUrl()).isEqualTo("/1.0/email/domain/a%2Fb%3Fc/serviceInfos");
  }

  @Test
  void info_unknownEnumValues_areKeptAsText() {
    String body = fixture("service-infos-vps.json")
        .replace("\"renewalType\": \"manual\"", "\"renewalType\": \"automaticV2031\"")
        .replace("\"status\": \"ok\"", "\"status\": \"somethingNew\"");
    wm.stubFor(get(urlEqualTo("/1.0/vps/vps112233.ovh.net/serviceInfos")).willReturn(okJson(body)));

    ServiceInfos infos = client.services().info("/vps", "vps112233.ovh.net");

    assertThat(infos.renewalType().value()).isEqualTo("automaticV2031");
    assertThat(infos.renewalType().isKnown()).isFalse();
    assertThat(infos.status().value()).isEqualTo("somethingNew");
    assertThat(infos.status().isKnown()).isFalse();
  }
}
