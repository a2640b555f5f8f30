package io.github.ovhrenewal.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.ovhrenewal.core.WireMockOvh.assertSigned;
import static io.github.ovhrenewal.core.WireMockOvh.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.ovhrenewal.api.model.RenewMode;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.api.model.ServiceRenewMode;
import io.github.ovhrenewal.core.fleet.ProgressListener;
import io.github.ovhrenewal.core.fleet.RenewSettings;
import io.github.ovhrenewal.core.fleet.RenewalChange;
import io.github.ovhrenewal.core.fleet.RenewalChange.Result;
import io.github.ovhrenewal.core.fleet.ServiceJson;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Renewal settings: read, set one, plan and set many; exact wire of the PUT. */
class RenewSettingsTest {
  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension();

  private RenewalClient client;

  @BeforeEach
  void setUp() {
    client = wm.client();
  }

  private static void stubService(long id, String mode, String period, String capacities, String periods) {
    String json = ServiceJson.vps(id, "vps" + id + ".ovh.net", "2027-01-15").renewing(mode, period).json()
        .replace("\"mode\":[\"automatic\",\"manual\"]", "\"mode\":" + capacities);
    wm.stubFor(get(urlEqualTo("/1.0/services/" + id)).willReturn(okJson(json)));
    wm.stubFor(get(urlEqualTo("/1.0/services/" + id + "/renewPeriodCapacities")).willReturn(okJson(periods)));
    wm.stubFor(put(urlEqualTo("/1.0/services/" + id)).willReturn(okJson("null")));
  }

  private static String putBody(long id) {
    List<LoggedRequest> puts = wm.requests("PUT", "/1.0/services/" + id);
    assertThat(puts).hasSize(1);
    return new String(puts.get(0).getBody(), StandardCharsets.UTF_8);
  }

  @Test
  void renewSettings_readsServiceAndCapacities() {
    stubService(11, "manual", "P1M", "[\"automatic\",\"manual\"]", "[\"P1M\",\"P3M\",\"P6M\",\"P1Y\"]");

    RenewSettings settings = client.services().renewSettings(11);

    assertThat(settings.serviceId()).isEqualTo(11L);
    assertThat(settings.name()).isEqualTo("vps11.ovh.net");
    assertThat(settings.mode()).isEqualTo(ServiceRenewMode.MANUAL);
    assertThat(settings.renewsAutomatically()).isFalse();
    assertThat(settings.period()).isEqualTo(RenewPeriod.P1M);
    assertThat(settings.nextDate()).isEqualTo(OffsetDateTime.parse("2027-01-15T00:00:00+02:00"));
    assertThat(settings.possibleModes()).containsExactly(ServiceRenewMode.AUTOMATIC, ServiceRenewMode.MANUAL);
    assertThat(settings.possiblePeriods()).containsExactly(RenewPeriod.P1M, RenewPeriod.P3M, RenewPeriod.P6M, RenewPeriod.P1Y);
    assertThat(wm.signedRequests()).extracting(LoggedRequest::getUrl)
        .containsExactly("/1.0/services/11", "/1.0/services/11/renewPeriodCapacities");
  }

  @Test
  void setRenewal_allowedChange_putsExactlyTheRenewBodySigned() {
    stubService(11, "manual", "P1M", "[\"automatic\",\"manual\"]", "[\"P1M\",\"P1Y\"]");

    RenewalChange change = client.services().setRenewal(11, ServiceRenewMode.AUTOMATIC, RenewPeriod.P1Y);

    assertThat(change.result()).isEqualTo(Result.CHANGED);
    assertThat(change.currentMode()).isEqualTo(ServiceRenewMode.MANUAL);
    assertThat(change.currentPeriod()).isEqualTo(RenewPeriod.P1M);
    assertThat(putBody(11)).isEqualTo("{\"renew\":{\"mode\":\"automatic\",\"period\":\"P1Y\"}}");
    LoggedRequest put = wm.requests("PUT", "/1.0/services/11").get(0);
    assertThat(put.getHeader("Content-Type")).startsWith("application/json");
    assertSigned(put);
  }

  @Test
  void setRenewal_legacyModeSpelling_mapsToServicesMode() {
    stubService(11, "manual", "P1Y", "[\"automatic\",\"manual\"]", "[\"P1Y\"]");

    client.services().setRenewal(11, RenewMode.AUTOMATIC_V2016, RenewPeriod.P1Y);

    assertThat(putBody(11)).isEqualTo("{\"renew\":{\"mode\":\"automatic\",\"period\":\"P1Y\"}}");
  }

  @Test
  void setRenewal_deleteAtExpiration_refusedBeforeAnyRequest() {
    assertThatThrownBy(() -> client.services().setRenewal(11, RenewMode.DELETE_AT_EXPIRATION, RenewPeriod.P1Y))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deleteAtExpiration", "automatic or manual");
    assertThat(wm.received()).isEmpty();
  }

  @Test
  void setRenewal_alreadySo_unchangedAndNoPut() {
    stubService(11, "automatic", "P1Y", "[\"automatic\",\"manual\"]", "[\"P1Y\"]");

    RenewalChange change = client.services().setRenewal(11, RenewMode.AUTOMATIC, RenewPeriod.P1Y);

    assertThat(change.result()).isEqualTo(Result.UNCHANGED);
    wm.verify(0, putRequestedFor(urlEqualTo("/1.0/services/11")));
  }

  @Test
  void setRenewal_alreadySoThoughCapacitiesNoLongerListIt_unchangedNotRefused() {
    stubService(11, "manual", "P1M", "[\"automatic\"]", "[\"P1Y\"]");

    RenewalChange change = client.services().setRenewal(11, ServiceRenewMode.MANUAL, RenewPeriod.P1M);

    assertThat(change.result()).isEqualTo(Result.UNCHANGED);
    wm.verify(0, putRequestedFor(urlEqualTo("/1.0/services/11")));
  }

  @Test
  void setRenewal_modeNotAllowed_throwsNamingAllowedAndSendsNoPut() {
    stubService(11, "manual", "P1Y", "[\"manual\"]", "[\"P1Y\"]");

    assertThatThrownBy(() -> client.services().setRenewal(11, ServiceRenewMode.AUTOMATIC, RenewPeriod.P1Y))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mode automatic is not allowed", "allowed: manual", "nothing was sent");
    wm.verify(0, putRequestedFor(urlEqualTo("/1.0/services/11")));
  }

  @Test
  void setRenewal_periodNotAllowed_throwsNamingAllowedPeriods() {
    stubService(11, "manual", "P1Y", "[\"automatic\",\"manual\"]", "[\"P1Y\",\"P2Y\"]");

    assertThatThrownBy(() -> client.services().setRenewal(11, ServiceRenewMode.AUTOMATIC, RenewPeriod.P1M))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("period P1M is not allowed", "P1Y", "P2Y");
    wm.verify(0, putRequestedFor(urlEqualTo("/1.0/services/11")));
  }

  @Test
  void setRenewal_putAnswered503ThenOk_retriedAsIdempotent() {
    stubService(11, "manual", "P1Y", "[\"automatic\",\"manual\"]", "[\"P1Y\"]");
    wm.sequence(() -> put(urlEqualTo("/1.0/services/11")),
        aResponse().withStatus(503).withHeader("Content-Type", "application/json").withBody("{\"message\":\"busy\"}"), okJson("null"));

    try (RenewalClient retrying = wm.client(b -> b.sleeper(d -> { }))) {
      assertThat(retrying.services().setRenewal(11, ServiceRenewMode.AUTOMATIC, RenewPeriod.P1Y).result()).isEqualTo(Result.CHANGED);
    }
    assertThat(wm.count("PUT", "/1.0/services/11")).isEqualTo(2);
  }

  @Test
  void planAndApply_manyServicesOneRefusedByCapacityOneByServer_othersChanged() {
    stubService(21, "manual", "P1Y", "[\"automatic\",\"manual\"]", "[\"P1Y\"]");
    stubService(22, "automatic", "P1Y", "[\"automatic\",\"manual\"]", "[\"P1Y\"]");
    stubService(23, "manual", "P1Y", "[\"manual\"]", "[\"P1Y\"]");
    stubService(24, "manual", "P1M", "[\"automatic\",\"manual\"]", "[\"P1M\",\"P1Y\"]");
    stubService(25, "manual", "P1Y", "[\"automatic\",\"manual\"]", "[\"P1Y\"]");
    wm.stubFor(put(urlEqualTo("/1.0/services/25")).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
        .withHeader("X-Ovh-QueryId", "EU.put-25").withBody("{\"class\":\"Client::BadRequest\",\"message\":\"Service is suspended\"}")));
    List<String> progress = new ArrayList<>();

    List<RenewalChange> planned = client.services().planRenewalChanges(
        List.of(21L, 22L, 23L, 24L, 25L, 21L), ServiceRenewMode.AUTOMATIC, null, ProgressListener.none());
    int putsAfterPlanning = wm.requests("PUT", "/1.0/services/21").size();
    List<RenewalChange> done = client.services().applyRenewalChanges(planned,
        (n, total, change) -> progress.add(n + "/" + total + " " + change.serviceId() + " " + change.result().wire()));

    assertThat(planned).extracting(RenewalChange::result)
        .containsExactly(Result.TO_CHANGE, Result.UNCHANGED, Result.REFUSED, Result.TO_CHANGE, Result.TO_CHANGE);
    assertThat(planned.get(2).reason()).contains("mode automatic is not allowed", "allowed: manual");
    assertThat(planned.get(3).period()).as("without a period, each keeps its own").isEqualTo(RenewPeriod.P1M);
    assertThat(putsAfterPlanning).as("planning sends nothing").isZero();
    assertThat(done).extracting(RenewalChange::result)
        .containsExactly(Result.CHANGED, Result.UNCHANGED, Result.REFUSED, Result.CHANGED, Result.REFUSED);
    assertThat(done.get(4).reason()).contains("Service is suspended", "EU.put-25");
    assertThat(putBody(24)).isEqualTo("{\"renew\":{\"mode\":\"automatic\",\"period\":\"P1M\"}}");
    assertThat(wm.count("PUT", "/1.0/services/22")).isZero();
    assertThat(wm.count("PUT", "/1.0/services/23")).isZero();
    assertThat(progress).hasSize(5);
  }

  @Test
  void planRenewalChanges_unreadableService_refusedWithTheReason() {
    wm.stubFor(get(urlEqualTo("/1.0/services/31")).willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
        .withBody("{\"class\":\"Client::NotFound\",\"message\":\"Service not found\"}")));

    List<RenewalChange> planned = client.services().planRenewalChanges(List.of(31L), ServiceRenewMode.MANUAL, RenewPeriod.P1Y, ProgressListener.none());

    assertThat(planned.get(0).result()).isEqualTo(Result.REFUSED);
    assertThat(planned.get(0).reason()).contains("could not be read", "Service not found");
  }

  @Test
  void badInput_nothingSent() {
    assertThatThrownBy(() -> client.services().renewSettings(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.services().setRenewal(11, (ServiceRenewMode) null, RenewPeriod.P1Y)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.services().setRenewal(11, ServiceRenewMode.MANUAL, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.services().planRenewalChanges(List.of(1L, -2L), ServiceRenewMode.MANUAL, null, ProgressListener.none()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    assertThatThrownBy(() -> client.services().applyRenewalChanges(null, ProgressListener.none())).isInstanceOf(IllegalArgumentException.class);
    assertThat(wm.received()).isEmpty();
  }
}
