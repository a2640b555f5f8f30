package io.github.ovhrenewal.examples.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Types;
import io.github.ovhrenewal.api.json.OvhJson;
import io.github.ovhrenewal.api.model.ExpandedService;
import io.github.ovhrenewal.api.model.LifecycleState;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.api.model.ServiceRenewMode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /services}: ids, one service, the pagination mode, and the faults that change them. */
class SandboxServicesApiTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private OvhSandbox sandbox;
  private SandboxTestClient client;

  private void start(int fleet) {
    sandbox = fleet == 0 ? OvhSandbox.start() : OvhSandbox.startWithFleet(fleet);
    client = SandboxTestClient.of(sandbox);
  }

  @AfterEach
  void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  private static Map<String, String> page(int size, int number) {
    return Map.of(
        "X-Pagination-Mode", "CachedObjectList-Pages",
        "X-Pagination-Size", Integer.toString(size),
        "X-Pagination-Number", Integer.toString(number));
  }

  /** A page read as it streams, keeping only each object's serviceId and the headers. */
  private record Page(int code, List<Long> ids, String elements, String number, String size, long contentLength) {}

  private Page readPage(Map<String, String> headers) throws IOException {
    return client.getStreaming("/services", headers, (Response response) -> {
      List<Long> ids = new ArrayList<>();
      long length = response.body().contentLength();
      if (response.code() == 200) {
        try (JsonReader reader = JsonReader.of(response.body().source())) {
          reader.beginArray();
          while (reader.hasNext()) {
            reader.beginObject();
            while (reader.hasNext()) {
              if (reader.nextName().equals("serviceId")) {
                ids.add(reader.nextLong());
              } else {
                reader.skipValue();
              }
            }
            reader.endObject();
          }
          reader.endArray();
        }
      }
      return new Page(
          response.code(), ids, response.header("X-Pagination-Elements"),
          response.header("X-Pagination-Number"), response.header("X-Pagination-Size"), length);
    });
  }

  private static List<Long> longs(List<Object> numbers) {
    List<Long> ids = new ArrayList<>();
    numbers.forEach(n -> ids.add(((Number) n).longValue()));
    return ids;
  }

  @Test
  void listServices_seeded_returnsTheSameFourIdsAsService() throws IOException {
    start(0);

    SandboxTestClient.Answer answer = client.get("/services");

    assertThat(answer.code()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("[12345,67890,112233,445566]");
    assertThat(answer.headers().get("X-Pagination-Elements")).isNull();
    assertThat(client.get("/service").body()).isEqualTo(answer.body());
  }

  @Test
  void listServices_fleet_returnsGuideThenFleetIdsAscending() throws IOException {
    start(30);

    List<Long> ids = longs(client.get("/services").array());

    assertThat(ids).hasSize(34).isSorted().startsWith(12345L, 67890L, 112233L, 445566L, 20_000_001L)
        .endsWith(20_000_030L).isEqualTo(sandbox.serviceIds());
  }

  @Test
  void listServices_resourceNameAndRoutesFilters_onlyMatchingIds() throws IOException {
    start(0);

    assertThat(client.get("/services?resourceName=example.ovh").body()).isEqualTo("[12345,67890]");
    assertThat(client.get("/services?routes=/vps/%7BserviceName%7D").body()).isEqualTo("[112233]");
    assertThat(client.get("/services?routes=/domain,/dedicated/server").body()).isEqualTo("[12345,445566]");
    assertThat(client.get("/services?resourceName=nothing.ovh").body()).isEqualTo("[]");
  }

  @Test
  @SuppressWarnings("unchecked")
  void getService_vps_returnsEveryExpandedServiceField() throws IOException {
    start(0);

    SandboxTestClient.Answer answer = client.get("/services/112233");

    Map<String, Object> service = answer.object();
    assertThat(answer.code()).isEqualTo(200);
    assertThat(service).containsOnlyKeys(
        "billing", "customer", "parentServiceId", "resource", "route", "serviceId", "tags")
        .containsEntry("parentServiceId", null)
        .containsEntry("serviceId", 112233.0)
        .containsEntry("tags", List.of());
    assertThat((Map<String, Object>) service.get("route"))
        .containsEntry("path", "/vps/{serviceName}")
        .containsEntry("url", "/vps/vps112233.ovh.net")
        .containsEntry("vars", List.of(Map.of("key", "serviceName", "value", "vps112233.ovh.net")));
    assertThat((Map<String, Object>) service.get("resource"))
        .containsEntry("name", "vps112233.ovh.net")
        .containsEntry("displayName", "vps112233.ovh.net")
        .containsEntry("product", Map.of("name", "vps-value-1-2-40", "description", "VPS Value 1-2-40"))
        .containsEntry("state", "active");
    Map<String, Object> billing = (Map<String, Object>) service.get("billing");
    assertThat(billing).containsOnlyKeys(
        "engagement", "engagementRequest", "expirationDate", "group", "lifecycle", "nextBillingDate",
        "plan", "pricing", "renew");
    LocalDate expiration = LocalDate.parse((String) client.get("/service/112233").object().get("expirationDate"));
    String midnightInParis = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
        .format(expiration.atStartOfDay(PARIS));
    assertThat(billing)
        .containsEntry("expirationDate", midnightInParis)
        .containsEntry("nextBillingDate", midnightInParis)
        .containsEntry("plan", Map.of("code", "vps-value-1-2-40", "invoiceName", "VPS Value 1-2-40"));
    assertThat((String) billing.get("expirationDate")).matches(".*T00:00:00\\+0[12]:00");
    assertThat((Map<String, Object>) billing.get("renew")).isEqualTo(Map.of(
        "capacities", Map.of("mode", List.of("automatic", "manual")),
        "current", Map.of("mode", "manual", "nextDate", midnightInParis, "period", "P1M")));
    assertThat((Map<String, Object>) ((Map<String, Object>) billing.get("lifecycle")).get("current"))
        .containsEntry("pendingActions", List.of())
        .containsEntry("state", "active")
        .containsEntry("terminationDate", null);
    assertThat((Map<String, Object>) billing.get("pricing"))
        .containsEntry("duration", "P1M")
        .containsEntry("priceInUcents", 700000000.0);
  }

  @Test
  void getService_unknownId_notFound() throws IOException {
    start(0);

    SandboxTestClient.Answer answer = client.get("/services/999");

    assertThat(answer.code()).isEqualTo(404);
    assertThat(answer.body()).isEqualTo(
        "{\"class\":\"Client::NotFound\",\"message\":\"The requested object (serviceId = 999) does not exist\"}");
  }

  @Test
  @SuppressWarnings("unchecked")
  void getService_everyFleetService_agreesWithServiceList() throws IOException {
    start(120);

    for (long id : sandbox.serviceIds()) {
      Map<String, Object> expanded = client.get("/services/" + id).object();
      Map<String, Object> listed = client.get("/service/" + id).object();

      Map<String, Object> billing = (Map<String, Object>) expanded.get("billing");
      String expiration = (String) billing.get("expirationDate");
      assertThat(expiration == null ? null : OffsetDateTime.parse(expiration).toLocalDate().toString())
          .as("expiration of %d", id).isEqualTo(listed.get("expirationDate"));
      assertThat(((Map<String, Object>) expanded.get("route")).get("url"))
          .isEqualTo(((Map<String, Object>) listed.get("route")).get("url"));
      assertThat(((Map<String, Object>) expanded.get("resource")).get("name"))
          .isEqualTo(((Map<String, Object>) listed.get("resource")).get("name"));
      Map<String, Object> renew = (Map<String, Object>) billing.get("renew");
      Map<String, Object> listedRenew = (Map<String, Object>) listed.get("renew");
      if (renew == null) {
        assertThat(listedRenew).isNull();
      } else {
        Map<String, Object> current = (Map<String, Object>) renew.get("current");
        assertThat(current.get("period")).isEqualTo(listedRenew.get("interval"));
        assertThat(listedRenew.get("mode")).isIn(
            current.get("mode").equals("automatic") ? List.of("automaticV2016") : List.of("manual", "deleteAtExpiration"));
      }
    }
  }

  @Test
  void getService_fleetPage_parsesWithTheSdkModelsWithoutUnknownValues() throws IOException {
    start(300);
    SandboxTestClient.Answer answer = client.get("/services", page(1000, 1));

    List<ExpandedService> services = parse(answer.body());

    assertThat(services).hasSize(304);
    for (ExpandedService service : services) {
      assertThat(service.resource().name()).isNotBlank();
      assertThat(service.route().url()).startsWith("/");
      assertThat(service.billing().lifecycle().current().state().isKnown()).isTrue();
      assertThat(service.billing().lifecycle().current().state())
          .isIn(LifecycleState.ACTIVE, LifecycleState.TO_RENEW);
      if (service.billing().expirationDate() != null) {
        assertThat(service.billing().renew().current().mode())
            .isIn(ServiceRenewMode.MANUAL, ServiceRenewMode.AUTOMATIC);
        assertThat(service.billing().renew().current().period()).isIn(
            RenewPeriod.P1M, RenewPeriod.P3M, RenewPeriod.P6M, RenewPeriod.P1Y, RenewPeriod.P2Y, RenewPeriod.P3Y);
        assertThat(service.billing().pricing().price().value()).isPositive();
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static List<ExpandedService> parse(String body) throws IOException {
    return (List<ExpandedService>) OvhJson.moshi()
        .adapter(Types.newParameterizedType(List.class, ExpandedService.class))
        .fromJson(body);
  }

  @Test
  void paginationMode_twelveThousandServices_threePagesOf5000WithExactHeaders() throws IOException {
    start(11_996);
    List<Long> all = sandbox.serviceIds();

    Page first = readPage(page(5000, 1));
    Page second = readPage(page(5000, 2));
    Page last = readPage(page(5000, 3));
    Page beyond = readPage(page(5000, 4));

    assertThat(all).hasSize(12_000);
    assertThat(List.of(first.code(), second.code(), last.code(), beyond.code())).containsOnly(200);
    assertThat(List.of(first.elements(), second.elements(), last.elements(), beyond.elements()))
        .containsOnly("12000");
    assertThat(List.of(first.number(), second.number(), last.number(), beyond.number()))
        .containsExactly("1", "2", "3", "4");
    assertThat(List.of(first.size(), second.size(), last.size(), beyond.size())).containsOnly("5000");
    assertThat(first.ids()).isEqualTo(all.subList(0, 5000));
    assertThat(second.ids()).isEqualTo(all.subList(5000, 10_000));
    assertThat(last.ids()).isEqualTo(all.subList(10_000, 12_000));
    assertThat(beyond.ids()).isEmpty();
    assertThat(first.contentLength()).isPositive();
    assertThat(sandbox.requestCount("GET", "/services")).isEqualTo(4);
  }

  @Test
  void paginationMode_smallPages_walkEveryServiceOnceInIdOrder() throws IOException {
    start(10);
    List<Long> walked = new ArrayList<>();

    for (int number = 1; number <= 4; number++) {
      SandboxTestClient.Answer answer = client.get("/services", page(4, number));
      assertThat(answer.headers().get("X-Pagination-Elements")).isEqualTo("14");
      walked.addAll(longs(answer.pluck("serviceId")));
      assertThat(answer.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
          .isEqualTo(Integer.parseInt(answer.headers().get("Content-Length")));
    }

    assertThat(walked).isEqualTo(sandbox.serviceIds());
  }

  @Test
  void paginationMode_pageElement_isWhatGetServiceAnswers() throws IOException {
    start(5);

    List<Object> page = client.get("/services", page(50, 1)).array();

    assertThat(page).hasSize(9);
    for (Object element : page) {
      long id = ((Number) ((Map<?, ?>) element).get("serviceId")).longValue();
      assertThat(element).isEqualTo(client.get("/services/" + id).json());
    }
  }

  @Test
  void paginationMode_invalidOrMissingSizeOrNumber_badRequestNamingTheHeader() throws IOException {
    start(0);
    List<Map<String, String>> invalid = List.of(
        page(0, 1), page(-1, 1), page(50_001, 1), page(10, 0), page(10, -3),
        Map.of("X-Pagination-Mode", "CachedObjectList-Pages", "X-Pagination-Size", "ten", "X-Pagination-Number", "1"),
        Map.of("X-Pagination-Mode", "CachedObjectList-Pages", "X-Pagination-Size", "10"),
        Map.of("X-Pagination-Mode", "CachedObjectList-Pages", "X-Pagination-Number", "1"));

    for (Map<String, String> headers : invalid) {
      SandboxTestClient.Answer answer = client.get("/services", headers);

      assertThat(answer.code()).as(headers.toString()).isEqualTo(400);
      assertThat(answer.object()).containsEntry("class", "Client::BadRequest");
      assertThat((String) answer.object().get("message")).containsPattern("\\[X-Pagination-(Size|Number)\\]");
      assertThat(answer.headers().get("X-Ovh-QueryId")).isNotBlank();
    }
  }

  @Test
  void paginationMode_otherModeValue_answersPlainIds() throws IOException {
    start(0);

    SandboxTestClient.Answer answer = client.get("/services", Map.of(
        "X-Pagination-Mode", "SomethingElse", "X-Pagination-Size", "2", "X-Pagination-Number", "1"));

    assertThat(answer.body()).isEqualTo("[12345,67890,112233,445566]");
    assertThat(answer.headers().get("X-Pagination-Elements")).isNull();
  }

  @Test
  void paginationMode_wrongSecret_invalidSignatureNotAPage() throws IOException {
    start(0);

    SandboxTestClient.Answer page = client.withSecret("not-the-secret").get("/services", page(10, 1));
    SandboxTestClient.Answer one = client.withSecret("not-the-secret").get("/services/112233");
    SandboxTestClient.Answer ids = client.withSecret("not-the-secret").get("/services");

    for (SandboxTestClient.Answer answer : List.of(page, one, ids)) {
      assertThat(answer.code()).isEqualTo(400);
      assertThat(answer.object()).containsEntry("errorCode", "INVALID_SIGNATURE");
      assertThat(answer.headers().get("X-Pagination-Elements")).isNull();
    }
  }

  @Test
  void paginationMode_unsigned_invalidKey() throws IOException {
    start(0);

    SandboxTestClient.Answer answer = client.unsigned("GET", "/services", null);

    assertThat(answer.code()).isEqualTo(403);
    assertThat(answer.object()).containsEntry("errorCode", "INVALID_KEY");
  }

  @Test
  void paginationModeIgnored_pageRequested_answersEveryIdWithoutPaginationHeaders() throws IOException {
    start(8);
    sandbox.faults().paginationModeIgnored(true);

    SandboxTestClient.Answer ignored = client.get("/services", page(5, 1));
    sandbox.faults().paginationModeIgnored(false);
    SandboxTestClient.Answer honoured = client.get("/services", page(5, 1));

    assertThat(ignored.code()).isEqualTo(200);
    assertThat(longs(ignored.array())).isEqualTo(sandbox.serviceIds());
    assertThat(ignored.headers().names()).doesNotContain(
        "X-Pagination-Elements", "X-Pagination-Number", "X-Pagination-Size");
    assertThat(honoured.headers().get("X-Pagination-Elements")).isEqualTo("12");
    assertThat(honoured.array()).hasSize(5);
  }

  @Test
  void servicesApiMissing_anyServicesPath_notFoundInvalidUrlWhileServiceWorks() throws IOException {
    start(3);
    sandbox.faults().servicesApiMissing(true);

    List<SandboxTestClient.Answer> missing = List.of(
        client.get("/services"), client.get("/services", page(10, 1)), client.get("/services/112233"),
        client.get("/services/112233/renewPeriodCapacities"), client.unsigned("GET", "/services", null));
    SandboxTestClient.Answer service = client.get("/service");
    sandbox.faults().servicesApiMissing(false);
    SandboxTestClient.Answer back = client.get("/services/112233");

    for (SandboxTestClient.Answer answer : missing) {
      assertThat(answer.code()).isEqualTo(404);
      assertThat(answer.body())
          .isEqualTo("{\"class\":\"Client::NotFound\",\"message\":\"Got an invalid (or empty) URL\"}");
      assertThat(answer.headers().get("X-Ovh-QueryId")).isNotBlank();
    }
    assertThat(longs(service.array())).isEqualTo(sandbox.serviceIds());
    assertThat(back.code()).isEqualTo(200);
  }

  @Test
  void serviceInfos_fleetAddOnAndVrack_answerTheirModels() throws IOException {
    start(200);
    Map<?, ?> sql = null;
    Map<?, ?> vrack = null;
    for (Object element : client.get("/services", page(500, 1)).array()) {
      Map<?, ?> route = (Map<?, ?>) ((Map<?, ?>) element).get("route");
      String path = (String) route.get("path");
      if (path.equals("/hosting/privateDatabase/{serviceName}") && sql == null) {
        sql = (Map<?, ?>) element;
      } else if (path.equals("/vrack/{serviceName}") && vrack == null) {
        vrack = (Map<?, ?>) element;
      }
    }

    assertThat(sql).isNotNull();
    assertThat(vrack).isNotNull();
    Map<String, Object> sqlInfos = client.get(((Map<?, ?>) sql.get("route")).get("url") + "/serviceInfos").object();
    Map<String, Object> vrackInfos = client.get(((Map<?, ?>) vrack.get("route")).get("url") + "/serviceInfos").object();
    assertThat(sqlInfos.get("serviceId")).isEqualTo(sql.get("serviceId"));
    assertThat(sqlInfos).containsKey("expiration");
    assertThat(vrackInfos.get("serviceId")).isEqualTo(vrack.get("serviceId"));
    assertThat(vrackInfos).containsOnlyKeys(
        "contactAdmin", "contactBilling", "contactTech", "creation", "domain", "serviceId", "status");
  }

  @Test
  void renewPeriodCapacities_vps_listsItsOfferedPeriods() throws IOException {
    start(0);

    SandboxTestClient.Answer answer = client.get("/services/112233/renewPeriodCapacities");

    assertThat(answer.body()).isEqualTo("[\"P1M\",\"P3M\",\"P6M\",\"P1Y\"]");
  }

  @Test
  void options_serverWithBackupStorage_listsTheAddOnOnly() throws IOException {
    start(200);
    SandboxService addOn = SandboxFleet.generate(200, sandbox.seedDate()).stream()
        .filter(s -> s.parentId() != null).findFirst().orElseThrow();

    SandboxTestClient.Answer options = client.get("/services/" + addOn.parentId() + "/options");
    SandboxTestClient.Answer none = client.get("/services/" + addOn.id() + "/options");

    assertThat(longs(options.pluck("serviceId"))).containsExactly(addOn.id());
    assertThat(options.pluck("parentServiceId")).containsExactly(addOn.parentId().doubleValue());
    assertThat(none.body()).isEqualTo("[]");
  }
}
