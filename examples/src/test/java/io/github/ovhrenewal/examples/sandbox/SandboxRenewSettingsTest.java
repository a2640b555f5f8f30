package io.github.ovhrenewal.examples.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code PUT /services/{id}}: checked against the service's capacities, and seen by both service APIs. */
class SandboxRenewSettingsTest {
  private OvhSandbox sandbox;
  private SandboxTestClient client;

  @BeforeEach
  void start() {
    sandbox = OvhSandbox.start();
    client = SandboxTestClient.of(sandbox);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> renew(long serviceId) throws IOException {
    Map<String, Object> billing = (Map<String, Object>) client.get("/services/" + serviceId).object().get("billing");
    return (Map<String, Object>) billing.get("renew");
  }

  @Test
  @SuppressWarnings("unchecked")
  void put_allowedModeAndPeriod_changesServicesAndServiceViews() throws IOException {
    SandboxTestClient.Answer answer = client.call("PUT", "/services/112233", "{\"renew\":{\"mode\":\"automatic\",\"period\":\"P1Y\"}}");

    assertThat(answer.code()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("null");
    Map<String, Object> current = (Map<String, Object>) renew(112233).get("current");
    assertThat(current).containsEntry("mode", "automatic").containsEntry("period", "P1Y");
    Map<String, Object> legacy = (Map<String, Object>) client.get("/service/112233").object().get("renew");
    assertThat(legacy).containsEntry("mode", "automaticV2016").containsEntry("interval", "P1Y");
    assertThat(sandbox.renewUpdates()).isEqualTo(1);
    assertThat(sandbox.requestCount("PUT", "/services/112233")).isEqualTo(1);
  }

  @Test
  @SuppressWarnings("unchecked")
  void capacities_dedicatedServerManualOnly_othersBoth() throws IOException {
    assertThat(((Map<String, Object>) renew(445566).get("capacities")).get("mode")).isEqualTo(List.of("manual"));
    assertThat(((Map<String, Object>) renew(112233).get("capacities")).get("mode")).isEqualTo(List.of("automatic", "manual"));
  }

  @Test
  void put_modeNotAllowed_badRequestNamingAllowedAndNothingChanges() throws IOException {
    SandboxTestClient.Answer answer = client.call("PUT", "/services/445566", "{\"renew\":{\"mode\":\"automatic\",\"period\":\"P1M\"}}");

    assertThat(answer.code()).isEqualTo(400);
    assertThat((String) answer.object().get("message")).contains("automatic is not available", "available modes: manual");
    assertThat(sandbox.renewUpdates()).isZero();
  }

  @Test
  void put_periodNotAllowed_badRequestNamingAllowedPeriods() throws IOException {
    SandboxTestClient.Answer answer = client.call("PUT", "/services/67890", "{\"renew\":{\"mode\":\"manual\",\"period\":\"P1M\"}}");

    assertThat(answer.code()).isEqualTo(400);
    assertThat((String) answer.object().get("message")).contains("P1M is not available", "available periods: P1Y");
  }

  @Test
  void put_malformedOrOtherFields_badRequest() throws IOException {
    assertThat(client.call("PUT", "/services/112233", "{\"renew\":{\"mode\":\"sometimes\",\"period\":\"P1Y\"}}").code()).isEqualTo(400);
    assertThat(client.call("PUT", "/services/112233", "{\"renew\":{\"mode\":\"manual\"}}").code()).isEqualTo(400);
    assertThat(client.call("PUT", "/services/112233", "{\"displayName\":\"x\"}").code()).isEqualTo(400);
    assertThat(client.call("PUT", "/services/999", "{\"renew\":{\"mode\":\"manual\",\"period\":\"P1Y\"}}").code()).isEqualTo(404);
    assertThat(sandbox.renewUpdates()).isZero();
  }

  @Test
  void put_refusedFault_nextChangeOfThatServiceOnly() throws IOException {
    sandbox.faults().renewUpdateRefused(112233);

    SandboxTestClient.Answer refused = client.call("PUT", "/services/112233", "{\"renew\":{\"mode\":\"automatic\",\"period\":\"P1Y\"}}");
    SandboxTestClient.Answer other = client.call("PUT", "/services/12345", "{\"renew\":{\"mode\":\"automatic\",\"period\":\"P1Y\"}}");
    SandboxTestClient.Answer again = client.call("PUT", "/services/112233", "{\"renew\":{\"mode\":\"automatic\",\"period\":\"P1Y\"}}");

    assertThat(refused.code()).isEqualTo(400);
    assertThat(refused.object().get("message")).isEqualTo("This service cannot be modified right now");
    assertThat(other.code()).isEqualTo(200);
    assertThat(again.code()).isEqualTo(200);
  }

  @Test
  void put_readOnlyKey_notGranted() throws IOException {
    assertThat(client.withConsumerKey(sandbox.readOnlyConsumerKey())
        .call("PUT", "/services/112233", "{\"renew\":{\"mode\":\"automatic\",\"period\":\"P1Y\"}}").code()).isEqualTo(403);
  }
}
