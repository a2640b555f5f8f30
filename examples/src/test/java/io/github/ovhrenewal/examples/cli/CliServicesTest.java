package io.github.ovhrenewal.examples.cli;

import static io.github.ovhrenewal.examples.cli.CliHarness.run;
import static io.github.ovhrenewal.examples.cli.CliHarness.runOwnSandbox;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.examples.cli.CliHarness.Result;
import io.github.ovhrenewal.examples.sandbox.OvhSandbox;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code ovh-renew services}: the four seeded services, soonest expiry first, in both output modes. */
class CliServicesTest {
  private OvhSandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = OvhSandbox.start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void services_tableMode_listsFourSeededServicesWithRouteExpiryAndState() {
    Result result = run(sandbox, "services");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    List<String> lines = result.out().lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).matches("ID\\s+SERVICE\\s+EXPIRES\\s+STATE");
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    // Soonest expiry first: the VPS (20 days), then domain and hosting (60), then the server (90).
    assertThat(lines.get(1)).matches("112233\\s+/vps/vps112233\\.ovh\\.net\\s+\\d{4}-\\d{2}-\\d{2}\\s+ok");
    assertThat(lines.get(2)).matches("12345\\s+/domain/example\\.ovh\\s+\\d{4}-\\d{2}-\\d{2}\\s+ok");
    assertThat(lines.get(3)).matches("67890\\s+/hosting/web/example\\.ovh\\s+\\d{4}-\\d{2}-\\d{2}\\s+ok");
    assertThat(lines.get(4)).matches("445566\\s+/dedicated/server/ns3001234\\.ip-51-91-0\\.eu\\s+\\d{4}-\\d{2}-\\d{2}\\s+ok");
    assertThat(LocalDate.parse(lines.get(1).split("\\s+")[2])).isBetween(today.plusDays(19), today.plusDays(21));
    assertThat(LocalDate.parse(lines.get(4).split("\\s+")[2])).isBetween(today.plusDays(89), today.plusDays(91));
    assertThat(result.err()).isEmpty();
    assertThat(sandbox.orderIds()).isEmpty();
  }

  @Test
  void services_jsonMode_writesOnlyAJsonArrayWithExactFields() {
    Result result = run(sandbox, "--json", "services");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    List<Map<String, Object>> services = result.jsonArrayOfObjects();
    assertThat(services).extracting(s -> s.get("serviceId"))
        .containsExactly(new BigDecimal("112233"), new BigDecimal("12345"), new BigDecimal("67890"), new BigDecimal("445566"));
    assertThat(services).extracting(s -> s.get("route")).containsExactly(
        "/vps/vps112233.ovh.net", "/domain/example.ovh", "/hosting/web/example.ovh",
        "/dedicated/server/ns3001234.ip-51-91-0.eu");
    assertThat(services).allSatisfy(s -> {
      assertThat(s).containsOnlyKeys("serviceId", "route", "expirationDate", "state");
      assertThat(s).containsEntry("state", "ok");
      assertThat(LocalDate.parse((String) s.get("expirationDate"))).isAfter(LocalDate.now(java.time.ZoneOffset.UTC));
    });
    assertThat(result.err()).isEmpty();
  }

  @Test
  void services_ownSandboxTableMode_listsFourServicesAndSaysSandboxOnStderr() {
    Result result = runOwnSandbox("services");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out().lines()).hasSize(5);
    assertThat(result.out()).contains("/vps/vps112233.ovh.net", "/domain/example.ovh", "/hosting/web/example.ovh",
        "/dedicated/server/ns3001234.ip-51-91-0.eu");
    assertThat(result.err()).contains("sandbox started at http://127.0.0.1:");
  }

  @Test
  void services_ownSandboxJsonMode_stdoutIsJsonOnly() {
    Result result = runOwnSandbox("--json", "services");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.jsonArrayOfObjects()).hasSize(4);
    assertThat(result.out()).doesNotContain("sandbox started");
  }
}
