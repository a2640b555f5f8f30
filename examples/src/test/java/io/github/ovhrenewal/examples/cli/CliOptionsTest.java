package io.github.ovhrenewal.examples.cli;

import static io.github.ovhrenewal.examples.cli.CliHarness.run;
import static io.github.ovhrenewal.examples.cli.CliHarness.runOwnSandbox;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.examples.cli.CliHarness.Result;
import io.github.ovhrenewal.examples.sandbox.OvhSandbox;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code ovh-renew options SERVICE}: periods and strategies, options included, by id and by route. */
class CliOptionsTest {
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
  void options_hostingByRouteTableMode_showsAloneAndLinkedStrategy() {
    Result result = run(sandbox, "options", "/hosting/web/example.ovh");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    List<String> lines = result.out().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).isEqualTo("Renewal offers for service 67890 (/hosting/web/example.ovh):");
    assertThat(lines.get(1)).matches("PERIOD\\s+SERVICES\\s+PRICE \\(excl\\. tax\\)\\s+STRATEGY");
    assertThat(lines.get(2)).matches("P1Y\\s+\\[67890\\]\\s+29\\.99 EUR\\s+this service");
    assertThat(lines.get(3)).matches("P1Y\\s+\\[67890, 12345\\]\\s+37\\.87 EUR\\s+with linked services");
    assertThat(sandbox.orderIds()).isEmpty();
  }

  @Test
  void options_hostingByIdJsonMode_listsLinkedStrategyWithExactPrice() {
    Result result = run(sandbox, "--json", "options", "67890");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    List<Map<String, Object>> rows = result.jsonArrayOfObjects();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).containsExactly(
        Map.entry("serviceId", new BigDecimal("67890")),
        Map.entry("period", "P1Y"),
        Map.entry("services", List.of(new BigDecimal("67890"))),
        Map.entry("thisServiceOnly", true),
        Map.entry("price", new BigDecimal("29.99")),
        Map.entry("currency", "EUR"));
    assertThat(rows.get(1)).containsExactly(
        Map.entry("serviceId", new BigDecimal("67890")),
        Map.entry("period", "P1Y"),
        Map.entry("services", List.of(new BigDecimal("67890"), new BigDecimal("12345"))),
        Map.entry("thisServiceOnly", false),
        Map.entry("price", new BigDecimal("37.87")),
        Map.entry("currency", "EUR"));
  }

  @Test
  void options_vpsByIdTableMode_listsFourPeriodsAlone() {
    Result result = run(sandbox, "options", "112233");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    List<String> lines = result.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("Renewal offers for service 112233:");
    assertThat(lines.subList(2, lines.size())).hasSize(4).allMatch(l -> l.contains("[112233]") && l.endsWith("this service"));
    assertThat(result.out()).contains("7.00 EUR", "21.00 EUR", "42.00 EUR", "84.00 EUR");
  }

  @Test
  void options_vpsByRouteJsonMode_periodsInOrder() {
    Result result = run(sandbox, "--json", "options", "/vps/vps112233.ovh.net");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.jsonArrayOfObjects()).extracting(r -> r.get("period")).containsExactly("P1M", "P3M", "P6M", "P1Y");
    assertThat(result.jsonArrayOfObjects()).extracting(r -> r.get("price")).containsExactly(
        new BigDecimal("7.00"), new BigDecimal("21.00"), new BigDecimal("42.00"), new BigDecimal("84.00"));
  }

  @Test
  void options_ownSandboxHostingByRoute_showsLinkedStrategy() {
    Result result = runOwnSandbox("--json", "options", "/hosting/web/example.ovh");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.jsonArrayOfObjects()).extracting(r -> r.get("services"))
        .contains(List.of(new BigDecimal("67890"), new BigDecimal("12345")));
  }
}
