package io.github.ovhrenewal.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.api.model.LifecycleAction;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.api.model.ServiceRenewMode;
import io.github.ovhrenewal.core.fleet.ServiceSummary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code due}'s rows (add-ons under their parent), table, CSV and JSON, from hand-built services. */
class DueViewTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  static ServiceSummary service(long id, Long parent, String route, LocalDate expiration, ServiceRenewMode mode) {
    String name = route == null ? null : route.substring(route.lastIndexOf('/') + 1);
    return new ServiceSummary(id, parent, route, name, null, "product-" + id, expiration, mode, RenewPeriod.P1Y, List.of(), null, List.of());
  }

  private static ServiceSummary manual(long id, Long parent, int daysLeft) {
    return service(id, parent, "/domain/d" + id + ".com", TODAY.plusDays(daysLeft), ServiceRenewMode.MANUAL);
  }

  private static List<Long> ids(List<DueView.Row> rows) {
    return rows.stream().map(r -> r.service().serviceId()).toList();
  }

  private static List<Integer> depths(List<DueView.Row> rows) {
    return rows.stream().map(DueView.Row::depth).toList();
  }

  @Test
  void rows_addOnExpiringLater_comesRightAfterItsParentOneLevelDeeper() {
    List<DueView.Row> rows = DueView.rows(List.of(manual(1, null, 1), manual(2, null, 2), manual(3, 1L, 3)), TODAY);

    assertThat(ids(rows)).containsExactly(1L, 3L, 2L);
    assertThat(depths(rows)).containsExactly(0, 1, 0);
  }

  @Test
  void rows_addOnExpiringBeforeItsParent_stillUnderItsParent() {
    List<DueView.Row> rows = DueView.rows(List.of(manual(3, 1L, 0), manual(2, null, 1), manual(1, null, 5)), TODAY);

    assertThat(ids(rows)).containsExactly(2L, 1L, 3L);
    assertThat(depths(rows)).containsExactly(0, 0, 1);
  }

  @Test
  void rows_addOnWhoseParentIsNotListed_atItsOwnPlaceNotIndented() {
    List<DueView.Row> rows = DueView.rows(List.of(manual(1, null, 1), manual(3, 99L, 2), manual(2, null, 3)), TODAY);

    assertThat(ids(rows)).containsExactly(1L, 3L, 2L);
    assertThat(depths(rows)).containsExactly(0, 0, 0);
  }

  @Test
  void rows_addOnOfAnAddOn_twoLevelsDeep() {
    List<DueView.Row> rows = DueView.rows(List.of(manual(1, null, 1), manual(2, 1L, 2), manual(3, 2L, 3), manual(4, 1L, 4)), TODAY);

    assertThat(ids(rows)).containsExactly(1L, 2L, 3L, 4L);
    assertThat(depths(rows)).containsExactly(0, 1, 2, 1);
  }

  @Test
  void rows_parentCycle_everyServiceListedOnce() {
    List<DueView.Row> rows = DueView.rows(List.of(manual(1, 2L, 1), manual(2, 1L, 2), manual(3, 3L, 3)), TODAY);

    assertThat(ids(rows)).containsExactlyInAnyOrder(1L, 2L, 3L);
  }

  @Test
  void rows_sameIdTwice_listedOnce() {
    assertThat(ids(DueView.rows(List.of(manual(1, null, 1), manual(1, null, 1)), TODAY))).containsExactly(1L);
  }

  @Test
  void rows_daysLeft_countedFromToday() {
    List<DueView.Row> rows = DueView.rows(List.of(manual(1, null, -3), manual(2, null, 0), service(3, null, "/vrack/pn-1", null, null)), TODAY);

    assertThat(rows).extracting(DueView.Row::daysLeft).containsExactly(-3L, 0L, null);
  }

  @Test
  void tableRows_addOn_indentedEveryColumnFilled() {
    ServiceSummary parent = service(10, null, "/dedicated/server/ns1.eu", TODAY.plusDays(4), ServiceRenewMode.MANUAL);
    ServiceSummary addOn = service(11, 10L, "/dedicated/server/ns1.eu/features/backupFTP", TODAY.plusDays(6), ServiceRenewMode.AUTOMATIC);

    List<List<String>> table = DueView.tableRows(DueView.rows(List.of(parent, addOn), TODAY));

    assertThat(table).containsExactly(
        List.of("10", "/dedicated/server/ns1.eu", "product-10", "2026-11-27", "4", "manual", "P1Y"),
        List.of("11", "  + /dedicated/server/ns1.eu/features/backupFTP", "product-11", "2026-11-29", "6", "automatic", "P1Y"));
  }

  @Test
  void tableRows_unknownFields_dashes() {
    ServiceSummary bare = new ServiceSummary(5, null, null, null, null, null, null, null, null, null, null, null);

    assertThat(DueView.tableRows(DueView.rows(List.of(bare), TODAY))).containsExactly(List.of("5", "-", "-", "-", "-", "-", "-"));
  }

  @Test
  void service_noRoute_name() {
    ServiceSummary named = new ServiceSummary(5, null, null, "example.com", null, null, null, null, null, null, null, null);

    assertThat(DueView.service(named)).isEqualTo("example.com");
  }

  @Test
  void csv_headerThenRowsCrlfParentIdNotIndented() {
    ServiceSummary parent = manual(1, null, 2);
    ServiceSummary addOn = manual(2, 1L, 3);

    String csv = DueView.csv(DueView.rows(List.of(parent, addOn), TODAY));

    assertThat(csv).isEqualTo(
        "id,service,product,expires,daysLeft,renewMode,period,parentServiceId\r\n"
            + "1,/domain/d1.com,product-1,2026-11-25,2,manual,P1Y,\r\n"
            + "2,/domain/d2.com,product-2,2026-11-26,3,manual,P1Y,1\r\n");
  }

  @Test
  void csv_fieldWithCommaOrQuote_quotedQuotesDoubled() {
    ServiceSummary odd = new ServiceSummary(7, null, null, "a,\"b\"", null, "x\ny", null, null, null, null, null, null);

    String csv = DueView.csv(DueView.rows(List.of(odd), TODAY));

    assertThat(csv).endsWith("\r\n7,\"a,\"\"b\"\"\",\"x\ny\",,,,,\r\n");
  }

  @Test
  void csvField_plainOrNull_unquoted() {
    assertThat(Csv.field("plain text")).isEqualTo("plain text");
    assertThat(Csv.field(null)).isEmpty();
    assertThat(Csv.field("a\rb")).isEqualTo("\"a\rb\"");
  }

  @Test
  void json_everyDocumentedKeyPresentNullsKept() {
    ServiceSummary terminating = new ServiceSummary(1, null, "/domain/d1.com", "d1.com", "My domain", "com", TODAY.plusDays(2),
        ServiceRenewMode.MANUAL, RenewPeriod.P1Y, List.of(), null, List.of(LifecycleAction.TERMINATE_AT_EXPIRATION_DATE));
    StringWriter out = new StringWriter();

    new Printer(new PrintWriter(out), true).jsonWithNulls(DueView.json(DueView.rows(List.of(terminating, manual(2, 1L, 3)), TODAY)));

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> json = (List<Map<String, Object>>) CliHarness.parseJson(out.toString());
    assertThat(json).hasSize(2);
    assertThat(json.get(0))
        .containsEntry("serviceId", new BigDecimal("1"))
        .containsEntry("parentServiceId", null)
        .containsEntry("route", "/domain/d1.com")
        .containsEntry("name", "d1.com")
        .containsEntry("displayName", "My domain")
        .containsEntry("product", "com")
        .containsEntry("expiration", "2026-11-25")
        .containsEntry("daysLeft", new BigDecimal("2"))
        .containsEntry("renewMode", "manual")
        .containsEntry("renewPeriod", "P1Y")
        .containsEntry("terminationPending", true);
    assertThat(json.get(1)).containsEntry("parentServiceId", new BigDecimal("1")).containsEntry("terminationPending", false);
  }

  @Test
  void describe_idServiceExpiration() {
    assertThat(DueView.describe(manual(1, null, 2))).isEqualTo("1 /domain/d1.com expires 2026-11-25");
  }
}
