package io.github.ovhrenewal.examples.cli;

import static io.github.ovhrenewal.examples.cli.CliHarness.env;
import static io.github.ovhrenewal.examples.cli.CliHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.examples.cli.CliHarness.Result;
import io.github.ovhrenewal.examples.sandbox.OvhSandbox;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code due} against a sandbox with a generated fleet: table, JSON and CSV, the manual-only
 * filter, add-ons under their parent, {@code --fail-if-any}, progress on stderr only when the
 * listing needs one call per service. Nothing here orders, so one sandbox serves every test.
 */
class CliDueTest {
  private static OvhSandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = OvhSandbox.startWithFleet(300);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static List<Long> ids(List<Map<String, Object>> services) {
    return services.stream().map(s -> ((BigDecimal) s.get("serviceId")).longValueExact()).toList();
  }

  @Test
  void due_json_manualServicesInWindowSoonestFirstAddOnsRightUnderParent() {
    Result result = run(sandbox, "due", "--within", "90d", "--json");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    List<Map<String, Object>> services = result.jsonArrayOfObjects();
    assertThat(services).isNotEmpty();
    assertThat(services).allSatisfy(s -> {
      assertThat(s).containsKeys("serviceId", "route", "name", "expiration", "daysLeft", "renewMode", "renewPeriod", "parentServiceId");
      assertThat(s.get("renewMode")).isEqualTo("manual");
      assertThat(((BigDecimal) s.get("daysLeft")).intValueExact()).isLessThanOrEqualTo(90);
    });
    List<Long> listed = ids(services);
    assertThat(listed).doesNotHaveDuplicates();
    LocalDate previous = LocalDate.MIN;
    boolean addOnUnderParent = false;
    for (int i = 0; i < services.size(); i++) {
      Map<String, Object> s = services.get(i);
      Object parent = s.get("parentServiceId");
      if (parent != null && listed.contains(((BigDecimal) parent).longValueExact())) {
        // An add-on follows its parent or a sibling listed under the same parent.
        Map<String, Object> before = services.get(i - 1);
        assertThat(parent.equals(before.get("serviceId")) || parent.equals(before.get("parentServiceId")))
            .as("add-on %s right after its parent %s or a sibling, not after %s", s.get("serviceId"), parent, before.get("serviceId"))
            .isTrue();
        addOnUnderParent = true;
      } else {
        LocalDate expiration = LocalDate.parse((String) s.get("expiration"));
        assertThat(expiration).as("top-level services soonest first").isAfterOrEqualTo(previous);
        previous = expiration;
      }
    }
    assertThat(addOnUnderParent).as("the fleet has an add-on due with its parent").isTrue();
  }

  @Test
  void due_table_sameServicesAsJsonAddOnsIndented() {
    List<Long> fromJson = ids(run(sandbox, "due", "--within", "90d", "--json").jsonArrayOfObjects());

    Result result = run(sandbox, "due", "--within", "90d");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    List<String> lines = result.out().lines().toList();
    assertThat(lines.get(0)).matches("ID +SERVICE +PRODUCT +EXPIRES +DAYS LEFT +RENEW MODE +PERIOD");
    List<String> rows = lines.subList(1, lines.size() - 1);
    assertThat(rows.stream().map(l -> Long.parseLong(l.substring(0, l.indexOf(' ')))).toList()).isEqualTo(fromJson);
    assertThat(rows).anyMatch(l -> l.matches("\\d+ +\\+ /.*"));
    assertThat(rows).allMatch(l -> l.contains(" manual "));
    assertThat(lines.get(lines.size() - 1)).contains(fromJson.size() + " service(s) not renewed automatically expire within 90d");
  }

  @Test
  void due_allModes_listsAutomaticRenewalsToo() {
    List<Map<String, Object>> manual = run(sandbox, "due", "--within", "90d", "--json").jsonArrayOfObjects();

    Result result = run(sandbox, "due", "--within", "90d", "--all-modes", "--json");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    List<Map<String, Object>> all = result.jsonArrayOfObjects();
    assertThat(all.stream().map(s -> s.get("renewMode")).collect(Collectors.toSet())).contains("manual", "automatic");
    assertThat(ids(all)).containsAll(ids(manual)).hasSizeGreaterThan(manual.size());
  }

  @Test
  void due_globalJsonOption_sameAsCommandOption() {
    Result global = run(sandbox, "--json", "due", "--before", "2099-01-01");
    Result local = run(sandbox, "due", "--before", "2099-01-01", "--json");

    assertThat(global.exitCode()).as(global.toString()).isZero();
    assertThat(global.jsonArrayOfObjects()).isEqualTo(local.jsonArrayOfObjects());
  }

  @Test
  void due_csv_headerThenSameRowsAsJsonRfc4180() {
    List<Map<String, Object>> json = run(sandbox, "due", "--within", "90d", "--json").jsonArrayOfObjects();

    Result result = run(sandbox, "due", "--within", "90d", "--csv");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).endsWith("\r\n");
    List<String> lines = List.of(result.out().split("\r\n"));
    assertThat(lines.get(0)).isEqualTo("id,service,product,expires,daysLeft,renewMode,period,parentServiceId");
    assertThat(lines).hasSize(json.size() + 1);
    for (int i = 0; i < json.size(); i++) {
      Map<String, Object> s = json.get(i);
      Object parent = s.get("parentServiceId");
      assertThat(lines.get(i + 1)).isEqualTo(String.join(",", s.get("serviceId").toString(), (String) s.get("route"),
          (String) s.get("product"), (String) s.get("expiration"), s.get("daysLeft").toString(), "manual",
          (String) s.get("renewPeriod"), parent == null ? "" : parent.toString()));
    }
  }

  @Test
  void due_failIfAnyWithDueServices_printsThenExitsFour() {
    Result result = run(sandbox, "due", "--within", "30d", "--fail-if-any", "--json");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(4);
    assertThat(result.jsonArrayOfObjects()).isNotEmpty();
    assertThat(result.err()).contains("--fail-if-any");
  }

  @Test
  void due_failIfAnyNothingDue_exitsZero() {
    Result result = run(sandbox, "due", "--before", "2000-01-01", "--fail-if-any");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).startsWith("No service renewed by hand expires before 2000-01-01");
  }

  @Test
  void due_paginationModeHonoured_noProgressOutput() {
    Result result = run(sandbox, "due", "--json");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.err()).doesNotContain("ovh-renew: due");
  }

  @Test
  void due_oneCallPerServiceWithoutTerminal_oneProgressLinePerServiceOnStderrStdoutPureJson() {
    try (OvhSandbox ignoring = OvhSandbox.startWithFleet(20)) {
      ignoring.faults().paginationModeIgnored(true);

      Result result = run(ignoring, "due", "--json");

      assertThat(result.exitCode()).as(result.toString()).isZero();
      int services = ignoring.serviceIds().size();
      List<String> progress = result.err().lines().filter(l -> l.startsWith("ovh-renew: due ")).toList();
      assertThat(progress).hasSize(services);
      assertThat(progress).anyMatch(l -> l.startsWith("ovh-renew: due " + services + "/" + services + ": "));
      assertThat(result.err()).doesNotContain("\r");
      assertThat(result.json()).isInstanceOf(List.class);
    }
  }

  @Test
  void due_oneCallPerServiceOnTerminal_barRedrawnOnStderrStdoutPureJson() {
    try (OvhSandbox ignoring = OvhSandbox.startWithFleet(20)) {
      ignoring.faults().paginationModeIgnored(true);

      Result result = run(env(ignoring), FakeTerminal.answering(true), "due", "--json");

      assertThat(result.exitCode()).as(result.toString()).isZero();
      int services = ignoring.serviceIds().size();
      assertThat(result.err()).contains("\rovh-renew: due [").contains("] " + services + "/" + services + " ")
          .doesNotContain("ovh-renew: due 1/");
      assertThat(result.json()).isInstanceOf(List.class);
    }
  }

  @Test
  void due_sandboxFleetThousandWithin60d_listsDueServicesOfTheGeneratedFleet() {
    Result result = run(Map.of(), FakeTerminal.nonInteractive(), "--sandbox-fleet", "1000", "due", "--within", "60d", "--json");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.err()).contains("sandbox started").contains("with 1000 generated services");
    List<Map<String, Object>> services = result.jsonArrayOfObjects();
    assertThat(services).hasSizeGreaterThan(50);
    assertThat(services).allSatisfy(s -> assertThat(((BigDecimal) s.get("daysLeft")).intValueExact()).isLessThanOrEqualTo(60));
    Set<Long> routes = services.stream().filter(s -> ((String) s.get("route")).startsWith("/domain/"))
        .map(s -> ((BigDecimal) s.get("serviceId")).longValueExact()).collect(Collectors.toSet());
    assertThat(routes).isNotEmpty();
    assertThat(ids(services)).allMatch(id -> id >= 20_000_001L || id < 1_000_000L);
  }

  @Test
  void due_sandboxFleetZero_guideServicesOnly() {
    Result result = run(Map.of(), FakeTerminal.nonInteractive(), "--sandbox-fleet", "0", "due", "--all-modes", "--before", "2999-01-01", "--json");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(ids(result.jsonArrayOfObjects())).allMatch(id -> id < 20_000_001L).isNotEmpty();
  }

  @Test
  void due_jsonAndCsv_exitsTwoWithoutConnection() throws Exception {
    try (Tripwire tripwire = new Tripwire()) {
      Result result = run(env(tripwire.baseUrl(), "AK", "AS", "CK"), FakeTerminal.nonInteractive(), "due", "--json", "--csv");

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
      assertThat(result.err()).contains("--json and --csv");
      assertThat(tripwire.connections()).isZero();
    }
  }

  static List<Object[]> badWindows() {
    List<Object[]> cases = new ArrayList<>();
    cases.add(new Object[] {List.of("due", "--within", "30x"), "'30x'"});
    cases.add(new Object[] {List.of("due", "--within", "-5d"), "'-5d'"});
    cases.add(new Object[] {List.of("due", "--before", "31/01/2027"), "'31/01/2027'"});
    cases.add(new Object[] {List.of("due", "--within", "30d", "--before", "2027-01-31"), "cannot be used together"});
    cases.add(new Object[] {List.of("plan", "--within", "1 month"), "'1 month'"});
    return cases;
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.MethodSource("badWindows")
  void badWindow_exitsTwoNamingValueWithoutConnection(List<String> args, String named) throws Exception {
    try (Tripwire tripwire = new Tripwire()) {
      Result result = run(env(tripwire.baseUrl(), "AK", "AS", "CK"), FakeTerminal.nonInteractive(), args.toArray(String[]::new));

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
      assertThat(result.err()).contains(named);
      assertThat(result.out()).isEmpty();
      assertThat(tripwire.connections()).isZero();
    }
  }
}
