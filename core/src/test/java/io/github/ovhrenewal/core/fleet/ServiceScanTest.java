package io.github.ovhrenewal.core.fleet;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static io.github.ovhrenewal.core.WireMockOvh.QUERY_ID;
import static io.github.ovhrenewal.core.WireMockOvh.assertSignedWithoutBody;
import static io.github.ovhrenewal.core.WireMockOvh.fixture;
import static io.github.ovhrenewal.core.WireMockOvh.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.ovhrenewal.api.model.LifecycleAction;
import io.github.ovhrenewal.api.model.LifecycleState;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.api.model.ServiceRenewMode;
import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.core.WireMockOvh;
import io.github.ovhrenewal.core.config.RetryPolicy;
import io.github.ovhrenewal.core.exception.OvhDecodingException;
import io.github.ovhrenewal.core.exception.OvhNotGrantedException;
import io.github.ovhrenewal.core.exception.OvhServerException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The requests of each way of listing the account's services ({@link ServiceScan}): the
 * pagination mode and its page walking, the fallback on ids, the fallback on {@code /service},
 * and the bound on requests in flight, with payloads built from {@code services.expanded.Service}.
 */
class ServiceScanTest {
  private static final InFlight IN_FLIGHT = new InFlight();

  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension(options -> options.containerThreads(30).extensions(IN_FLIGHT));

  private static final String SERVICES = "/1.0/services";
  private static final String NOT_FOUND = "{\"class\":\"Client::NotFound\",\"message\":\"The requested object (serviceId = 22) does not exist\"}";

  // --- Strategy A: the pagination mode. ---

  @Test
  void summaries_paginationMode_sendsTheModeHeadersOnPage1() {
    wm.stubFor(page(1).willReturn(pageOf(List.of(vps(1), vps(2)), 2L, null)));

    List<ServiceSummary> services = wm.client().services().summaries();

    assertThat(services).extracting(ServiceSummary::serviceId).containsExactly(1L, 2L);
    LoggedRequest request = wm.onlySignedRequest();
    assertThat(request.getMethod().value()).isEqualTo("GET");
    assertThat(request.getUrl()).isEqualTo(SERVICES);
    assertThat(request.getHeader("X-Pagination-Mode")).isEqualTo("CachedObjectList-Pages");
    assertThat(request.getHeader("X-Pagination-Size")).isEqualTo("5000");
    assertThat(request.getHeader("X-Pagination-Number")).isEqualTo("1");
    assertSignedWithoutBody(request);
  }

  @Test
  void summaries_paginationHeaders_leaveTheSignatureUnchanged() throws Exception {
    wm.stubFor(page(1).willReturn(pageOf(List.of(vps(1)), 1L, null)));

    wm.client().services().summaries();

    LoggedRequest request = wm.onlySignedRequest();
    // Method, full URL, body and timestamp only: the same request without the pagination headers signs the same.
    assertThat(request.getHeader("X-Ovh-Signature"))
        .isEqualTo(signature("GET", wm.url(SERVICES), "", WireMockOvh.SERVER_EPOCH_SECONDS));
  }

  @Test
  void summaries_12001ServicesInPagesOf5000_readsThreePagesAndStops() {
    // Minimal objects (id and name): this test is about walking pages; a realistic object is below.
    wm.stubFor(page(1).willReturn(minimalPage(1, 5000, 12_001L)));
    wm.stubFor(page(2).willReturn(minimalPage(5001, 10_000, 12_001L)));
    wm.stubFor(page(3).willReturn(minimalPage(10_001, 12_001, 12_001L)));

    List<ServiceSummary> services = wm.client().services().summaries();

    assertThat(wire()).containsExactly("GET /1.0/services page 1", "GET /1.0/services page 2", "GET /1.0/services page 3");
    assertThat(wm.signedRequests()).allSatisfy(r -> {
      assertThat(r.getHeader("X-Pagination-Mode")).isEqualTo("CachedObjectList-Pages");
      assertThat(r.getHeader("X-Pagination-Size")).isEqualTo("5000");
    });
    assertThat(services).hasSize(12_001);
    assertThat(services).extracting(ServiceSummary::serviceId)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 12_001).boxed().toList());
    assertThat(services.get(12_000).name()).isEqualTo("vps12001.ovh.net");
  }

  private static ResponseDefinitionBuilder minimalPage(long first, long last, long total) {
    StringBuilder json = new StringBuilder("[");
    for (long id = first; id <= last; id++) {
      json.append(id == first ? "" : ",").append("{\"serviceId\":").append(id)
          .append(",\"resource\":{\"name\":\"vps").append(id).append(".ovh.net\"}}");
    }
    return okJson(json.append(']').toString())
        .withHeader("X-Pagination-Elements", Long.toString(total)).withHeader("X-Pagination-Size", "5000");
  }

  @Test
  void summaries_realisticPage_summarizesEveryFieldAndKeepsUnknownValues() {
    ServiceJson vps = ServiceJson.vps(12345, "vps112233.ovh.net", "2025-05-16")
        // Late on the 16th in OVH's offset: already the 17th in UTC. The summary keeps OVH's date.
        .expiringAt("2025-05-16T23:30:00-05:00");
    ServiceJson domain = ServiceJson.vps(67890, "example.com", "2025-09-01").at("/domain/{serviceName}", "domain-com")
        .renewing("automatic", "P1Y").lifecycle("active", "terminateAtExpirationDate");
    ServiceJson zone = ServiceJson.vps(67891, "example.com", "2025-09-01").at("/domain/zone/{serviceName}", "zone")
        .under(67890);
    ServiceJson vrack = ServiceJson.vps(424242, "pn-424242", "2025-01-01").at("/vrack/{serviceName}", "vrack")
        .expiringAt(null).renewing(null, null);
    ServiceJson future = ServiceJson.vps(7, "vps7.ovh.net", "2026-02-28")
        .renewing("automaticV2030", "P1M").lifecycle("suspendedForAudit", "migrateAtExpirationDate");
    wm.stubFor(page(1).willReturn(pageOf(List.of(vps, domain, zone, vrack, future), 5L, 5000)));

    List<ServiceSummary> services = wm.client().services().summaries();

    List<ServiceRenewMode> both = List.of(ServiceRenewMode.AUTOMATIC, ServiceRenewMode.MANUAL);
    assertThat(services).containsExactly(
        new ServiceSummary(12345, null, "/vps/vps112233.ovh.net", "vps112233.ovh.net", "vps112233.ovh.net",
            "vps-starter-1-2-20", LocalDate.of(2025, 5, 16), ServiceRenewMode.MANUAL, RenewPeriod.P1Y, both,
            LifecycleState.ACTIVE, List.of()),
        new ServiceSummary(67890, null, "/domain/example.com", "example.com", "example.com", "domain-com",
            LocalDate.of(2025, 9, 1), ServiceRenewMode.AUTOMATIC, RenewPeriod.P1Y, both, LifecycleState.ACTIVE,
            List.of(LifecycleAction.TERMINATE_AT_EXPIRATION_DATE)),
        new ServiceSummary(67891, 67890L, "/domain/zone/example.com", "example.com", "example.com", "zone",
            LocalDate.of(2025, 9, 1), ServiceRenewMode.MANUAL, RenewPeriod.P1Y, both, LifecycleState.ACTIVE, List.of()),
        new ServiceSummary(424242, null, "/vrack/pn-424242", "pn-424242", "pn-424242", "vrack", null, null, null, both,
            LifecycleState.ACTIVE, List.of()),
        new ServiceSummary(7, null, "/vps/vps7.ovh.net", "vps7.ovh.net", "vps7.ovh.net", "vps-starter-1-2-20",
            LocalDate.of(2026, 2, 28), ServiceRenewMode.of("automaticV2030"), RenewPeriod.P1M, both,
            LifecycleState.of("suspendedForAudit"), List.of(LifecycleAction.of("migrateAtExpirationDate"))));
    ServiceSummary unknown = services.get(4);
    assertThat(unknown.renewMode().isKnown()).isFalse();
    assertThat(unknown.renewMode().value()).isEqualTo("automaticV2030");
    assertThat(unknown.lifecycleState().value()).isEqualTo("suspendedForAudit");
    assertThat(unknown.pendingActions().get(0).value()).isEqualTo("migrateAtExpirationDate");
    assertThat(unknown.renewsAutomatically()).isFalse();
    assertThat(services.get(1).terminationPending()).isTrue();
  }

  @Test
  void summaries_emptyArray_returnsNoServiceAfterOneRequest() {
    wm.stubFor(page(1).willReturn(pageOf(List.of(), 0L, 5000)));

    assertThat(wm.client().services().summaries()).isEmpty();
    assertThat(wire()).containsExactly("GET /1.0/services page 1");
  }

  @Test
  void summaries_noTotalAndServerPagesOf2_stopsOnTheShortPage() {
    wm.stubFor(page(1).willReturn(pageOf(List.of(vps(1), vps(2)), null, 2)));
    wm.stubFor(page(2).willReturn(pageOf(List.of(vps(3), vps(4)), null, 2)));
    wm.stubFor(page(3).willReturn(pageOf(List.of(vps(5)), null, 2)));

    List<ServiceSummary> services = wm.client().services().summaries();

    assertThat(services).extracting(ServiceSummary::serviceId).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(wire()).containsExactly("GET /1.0/services page 1", "GET /1.0/services page 2", "GET /1.0/services page 3");
  }

  @Test
  void summaries_noPaginationHeadersAndShortPage_stopsAfterPage1() {
    wm.stubFor(page(1).willReturn(pageOf(List.of(vps(1), vps(2)), null, null)));

    assertThat(wm.client().services().summaries()).extracting(ServiceSummary::serviceId).containsExactly(1L, 2L);
    assertThat(wire()).containsExactly("GET /1.0/services page 1");
  }

  @Test
  void summaries_noTotalAndFullLastPage_stopsOnTheEmptyPage() {
    wm.stubFor(page(1).willReturn(pageOf(List.of(vps(1), vps(2)), null, 2)));
    wm.stubFor(page(2).willReturn(pageOf(List.of(vps(3), vps(4)), null, 2)));
    wm.stubFor(page(3).willReturn(pageOf(List.of(), null, 2)));

    List<ServiceSummary> services = wm.client().services().summaries();

    assertThat(services).extracting(ServiceSummary::serviceId).containsExactly(1L, 2L, 3L, 4L);
    assertThat(wire()).containsExactly("GET /1.0/services page 1", "GET /1.0/services page 2", "GET /1.0/services page 3");
  }

  @Test
  void summaries_totalReadOnAFullPage_asksNoFurtherPage() {
    wm.stubFor(page(1).willReturn(pageOf(List.of(vps(1), vps(2)), 4L, 2)));
    wm.stubFor(page(2).willReturn(pageOf(List.of(vps(3), vps(4)), 4L, 2)));

    assertThat(wm.client().services().summaries()).hasSize(4);
    assertThat(wire()).containsExactly("GET /1.0/services page 1", "GET /1.0/services page 2");
  }

  @Test
  void summaries_404PastPage1WithoutTotal_endsTheList() {
    wm.stubFor(page(1).willReturn(pageOf(List.of(vps(1), vps(2)), null, 2)));
    wm.stubFor(page(2).willReturn(notFound()));

    List<ServiceSummary> services = wm.client().services().summaries();

    assertThat(services).extracting(ServiceSummary::serviceId).containsExactly(1L, 2L);
    assertThat(wire()).containsExactly("GET /1.0/services page 1", "GET /1.0/services page 2");
  }

  @Test
  void summaries_garbledTotal_countsAsAbsent() {
    wm.stubFor(page(1).willReturn(okJson(ServiceJson.array(List.of(vps(1)))).withHeader("X-Pagination-Elements", "many")));

    assertThat(wm.client().services().summaries()).extracting(ServiceSummary::serviceId).containsExactly(1L);
    assertThat(wire()).containsExactly("GET /1.0/services page 1");
  }

  @Test
  void summaries_pageRepeatsItself_listsThePlainWayInstead() {
    wm.stubFor(page(1).willReturn(pageOf(List.of(vps(1), vps(2)), 4L, 2)));
    wm.stubFor(page(2).willReturn(pageOf(List.of(vps(1), vps(2)), 4L, 2)));
    stubPlainIds("[1,2,3,4]");
    stubEachService(1, 2, 3, 4);

    List<ServiceSummary> services = wm.client().services().summaries();

    assertThat(services).extracting(ServiceSummary::serviceId).containsExactly(1L, 2L, 3L, 4L);
    List<String> wire = wire();
    assertThat(wire.subList(0, 3)).containsExactly("GET /1.0/services page 1", "GET /1.0/services page 2", "GET /1.0/services");
    assertThat(wire.subList(3, wire.size())).containsExactlyInAnyOrder(
        "GET /1.0/services/1", "GET /1.0/services/2", "GET /1.0/services/3", "GET /1.0/services/4");
  }

  @Test
  void summaries_pagesEndShortOfTheTotal_listsThePlainWayInstead() {
    wm.stubFor(page(1).willReturn(pageOf(List.of(vps(1), vps(2)), 5L, 2)));
    wm.stubFor(page(2).willReturn(pageOf(List.of(vps(3), vps(4)), 5L, 2)));
    wm.stubFor(page(3).willReturn(pageOf(List.of(), 5L, 2)));
    stubPlainIds("[1,2,3,4,5]");
    stubEachService(1, 2, 3, 4, 5);

    List<ServiceSummary> services = wm.client().services().summaries();

    assertThat(services).extracting(ServiceSummary::serviceId).containsExactly(1L, 2L, 3L, 4L, 5L);
    List<String> wire = wire();
    assertThat(wire.subList(0, 4)).containsExactly(
        "GET /1.0/services page 1", "GET /1.0/services page 2", "GET /1.0/services page 3", "GET /1.0/services");
    assertThat(wire).hasSize(4 + 5);
  }

  @Test
  void summaries_serverKeepsAnsweringShortPages_readsAtMostCeilOfTotalOverSizePlusOnePages() {
    // Total 10 in pages of 5: at most 3 pages; each answers one new service, so the total is never reached.
    for (int number = 1; number <= 6; number++) {
      wm.stubFor(page(number).willReturn(pageOf(List.of(vps(number)), 10L, 5)));
    }
    stubPlainIds("[1,2,3]");
    stubEachService(1, 2, 3);

    wm.client().services().summaries();

    List<String> pages = wire().stream().filter(line -> line.contains(" page ")).toList();
    assertThat(pages).containsExactly("GET /1.0/services page 1", "GET /1.0/services page 2", "GET /1.0/services page 3");
  }

  @Test
  void summaries_503OnPage2_retriesThatPageAsThePolicySays() {
    wm.stubFor(page(1).willReturn(pageOf(List.of(vps(1), vps(2)), 3L, 2)));
    wm.sequence(() -> page(2), serverError(), pageOf(List.of(vps(3)), 3L, 2));

    List<ServiceSummary> services = wm.client().services().summaries();

    assertThat(services).extracting(ServiceSummary::serviceId).containsExactly(1L, 2L, 3L);
    assertThat(wire()).containsExactly("GET /1.0/services page 1", "GET /1.0/services page 2", "GET /1.0/services page 2");
  }

  @Test
  void summaries_503OnPage2WithoutRetry_throwsTheServerError() {
    wm.stubFor(page(1).willReturn(pageOf(List.of(vps(1), vps(2)), 3L, 2)));
    wm.stubFor(page(2).willReturn(serverError()));
    RenewalClient client = wm.client(b -> b.retryPolicy(RetryPolicy.none()));

    Throwable e = catchThrowable(() -> client.services().summaries());

    assertThat(e).isInstanceOf(OvhServerException.class);
    assertThat(wire()).containsExactly("GET /1.0/services page 1", "GET /1.0/services page 2");
  }

  @Test
  void summaries_malformedDateInAPage_throwsDecodingNamingThePathAndQueryId() {
    String page = "[" + vps(1).json() + "," + vps(2).expiringAt("soon").json() + "]";
    wm.stubFor(page(1).willReturn(okJson(page).withHeader("X-Pagination-Elements", "2")));

    Throwable e = catchThrowable(() -> wm.client().services().summaries());

    assertThat(e).isInstanceOf(OvhDecodingException.class)
        .hasMessageStartingWith("GET /1.0/services (page 1): the answer is not a valid page of services")
        .hasMessageContaining("'soon' at path $[1].billing.expirationDate")
        .hasMessageContaining("; body starts: [{\"billing\":")
        .hasMessageEndingWith("[queryId: " + QUERY_ID + "]");
    assertThat(((OvhDecodingException) e).queryId()).isEqualTo(QUERY_ID);
    assertThat(wire()).containsExactly("GET /1.0/services page 1");
  }

  @Test
  void summaries_truncatedPage_throwsDecodingNamingThePath() {
    String json = vps(1).json();
    wm.stubFor(page(1).willReturn(okJson("[" + json + "," + json.substring(0, 40))));

    Throwable e = catchThrowable(() -> wm.client().services().summaries());

    assertThat(e).isInstanceOf(OvhDecodingException.class)
        .hasMessageStartingWith("GET /1.0/services (page 1): the answer is not a valid page of services")
        .hasMessageContaining("at path $[1].billing");
  }

  @Test
  void summaries_nullInAList_throwsDecodingNamingThePath() {
    String page = "[" + vps(1).json().replace("\"pendingActions\":[]", "\"pendingActions\":[null]") + "]";
    wm.stubFor(page(1).willReturn(okJson(page)));

    Throwable e = catchThrowable(() -> wm.client().services().summaries());

    assertThat(e).isInstanceOf(OvhDecodingException.class)
        .hasMessageContaining("Expected a value but was null at path $[0].billing.lifecycle.current.pendingActions[0]");
  }

  @Test
  void summaries_idsOnPage2_throwsDecodingNamingThePath() {
    wm.stubFor(page(1).willReturn(pageOf(List.of(vps(1)), null, 1)));
    wm.stubFor(page(2).willReturn(okJson("[2]")));

    Throwable e = catchThrowable(() -> wm.client().services().summaries());

    assertThat(e).isInstanceOf(OvhDecodingException.class)
        .hasMessageStartingWith("GET /1.0/services (page 2): the answer is not a valid page of services")
        .hasMessageContaining("Expected BEGIN_OBJECT but was NUMBER at path $[0]");
  }

  @Test
  void summaries_emptyBody_throwsDecodingSayingSo() {
    wm.stubFor(page(1).willReturn(okJson("")));

    Throwable e = catchThrowable(() -> wm.client().services().summaries());

    assertThat(e).isInstanceOf(OvhDecodingException.class)
        .hasMessageStartingWith("GET /1.0/services (page 1): the answer is not a valid page of services")
        .hasMessageContaining("at path $ (empty body)");
  }

  @Test
  void summaries_notAnArray_throwsDecoding() {
    wm.stubFor(page(1).willReturn(okJson("{\"serviceId\":1}")));

    Throwable e = catchThrowable(() -> wm.client().services().summaries());

    assertThat(e).isInstanceOf(OvhDecodingException.class)
        .hasMessageContaining("Expected BEGIN_ARRAY but was BEGIN_OBJECT at path $");
  }

  // --- Strategy B: the server ignored the mode and answered ids. ---

  @Test
  void summaries_serverAnswersIds_readsEachServiceById() {
    wm.stubFor(page(1).willReturn(okJson("[11,22,33]")));
    stubEachService(11, 22, 33);
    List<String> events = new ArrayList<>();

    List<ServiceSummary> services = wm.client().services()
        .summaries((done, total, service) -> events.add(done + "/" + total));

    assertThat(services).extracting(ServiceSummary::serviceId).containsExactly(11L, 22L, 33L);
    assertThat(services.get(0).name()).isEqualTo("vps11.ovh.net");
    List<String> wire = wire();
    assertThat(wire.get(0)).isEqualTo("GET /1.0/services page 1");
    assertThat(wire.subList(1, wire.size()))
        .containsExactlyInAnyOrder("GET /1.0/services/11", "GET /1.0/services/22", "GET /1.0/services/33");
    assertThat(wm.signedRequests().subList(1, 4)).allSatisfy(r -> {
      assertSignedWithoutBody(r);
      assertThat(r.containsHeader("X-Pagination-Mode")).isFalse();
    });
    assertThat(events).containsExactly("1/3", "2/3", "3/3");
  }

  @Test
  void summaries_serviceVanishedBeforeItsRead_leavesItOut() {
    wm.stubFor(page(1).willReturn(okJson("[11,22,33]")));
    stubEachService(11, 33);
    wm.stubFor(get(urlEqualTo(SERVICES + "/22")).willReturn(notFound()));
    List<ServiceSummary> reported = new ArrayList<>();

    List<ServiceSummary> services = wm.client().services()
        .summaries((done, total, service) -> reported.add(service));

    assertThat(services).extracting(ServiceSummary::serviceId).containsExactly(11L, 33L);
    assertThat(reported).extracting(ServiceSummary::serviceId).containsExactlyInAnyOrder(11L, 33L);
    assertThat(wire()).hasSize(4);
  }

  @Test
  void summaries_serviceReadWithoutBody_throwsDecoding() {
    wm.stubFor(page(1).willReturn(okJson("[11]")));
    wm.stubFor(get(urlEqualTo(SERVICES + "/11")).willReturn(aResponse().withStatus(204)));

    Throwable e = catchThrowable(() -> wm.client().services().summaries());

    assertThat(e).isInstanceOf(OvhDecodingException.class)
        .hasMessage("GET /1.0/services/11: the answer had no body, expected a service");
  }

  @Test
  void summaries_serviceReadRefused_throwsTheRefusal() {
    wm.stubFor(page(1).willReturn(okJson("[11,22,33]")));
    stubEachService(11, 33);
    wm.stubFor(get(urlEqualTo(SERVICES + "/22")).willReturn(aResponse().withStatus(403)
        .withHeader("Content-Type", WireMockOvh.JSON)
        .withBody("{\"errorCode\":\"NOT_GRANTED_CALL\",\"httpCode\":\"403 Forbidden\",\"message\":\"This call has not been granted\"}")));
    RenewalClient client = wm.client(b -> b.concurrency(1));

    Throwable e = catchThrowable(() -> client.services().summaries());

    assertThat(e).isInstanceOf(OvhNotGrantedException.class);
    // One at a time: the refusal stops the listing before service 33 is read.
    assertThat(wire()).containsExactly("GET /1.0/services page 1", "GET /1.0/services/11", "GET /1.0/services/22");
  }

  @Test
  void summaries_20IdsWithConcurrency3_neverHasMoreThan3InFlight() {
    long[] ids = LongStream.rangeClosed(101, 120).toArray();
    wm.stubFor(page(1).willReturn(okJson(LongStream.of(ids).mapToObj(Long::toString).toList().toString())));
    for (long id : ids) {
      wm.stubFor(get(urlEqualTo(SERVICES + "/" + id)).willReturn(okJson(vps(id).json()).withTransformers(InFlight.NAME)));
    }
    IN_FLIGHT.expect(ids.length, 3);
    List<Integer> done = new ArrayList<>();

    List<ServiceSummary> services = wm.client(b -> b.concurrency(3)).services()
        .summaries((count, total, service) -> done.add(count));

    assertThat(services).extracting(ServiceSummary::serviceId)
        .containsExactlyElementsOf(LongStream.of(ids).boxed().toList());
    assertThat(IN_FLIGHT.max()).isLessThanOrEqualTo(3).isGreaterThan(1);
    assertThat(wire()).hasSize(1 + ids.length);
    assertThat(done).containsExactlyElementsOf(IntStream.rangeClosed(1, ids.length).boxed().toList());
  }

  // --- Strategy C: no /services on this endpoint. ---

  @Test
  void summaries_noServicesApi_listsThroughTheServiceApi() {
    wm.stubFor(page(1).willReturn(notFound()));
    wm.stubFor(get(urlEqualTo("/1.0/service")).willReturn(okJson("[12345,67890]")));
    wm.stubFor(get(urlEqualTo("/1.0/service/12345")).willReturn(okJson(fixture("service-12345.json"))));
    wm.stubFor(get(urlEqualTo("/1.0/service/67890")).willReturn(okJson(fixture("service-12345.json")
        .replace("vps112233.ovh.net", "vps67890.ovh.net").replace("\"mode\": \"automaticV2024\"", "\"mode\": \"manual\""))));
    List<String> events = new ArrayList<>();

    List<ServiceSummary> services = wm.client().services()
        .summaries((done, total, service) -> events.add(done + "/" + total));

    List<String> wire = wire();
    assertThat(wire.subList(0, 2)).containsExactly("GET /1.0/services page 1", "GET /1.0/service");
    assertThat(wire.subList(2, wire.size())).containsExactlyInAnyOrder("GET /1.0/service/12345", "GET /1.0/service/67890");
    assertThat(services).containsExactly(
        new ServiceSummary(12345, null, "/vps/vps112233.ovh.net", "vps112233.ovh.net", "vps112233.ovh.net", "vps-starter",
            LocalDate.of(2025, 5, 16), ServiceRenewMode.AUTOMATIC, RenewPeriod.P1Y,
            List.of(ServiceRenewMode.AUTOMATIC, ServiceRenewMode.MANUAL), null, List.of()),
        new ServiceSummary(67890, null, "/vps/vps67890.ovh.net", "vps67890.ovh.net", "vps67890.ovh.net", "vps-starter",
            LocalDate.of(2025, 5, 16), ServiceRenewMode.MANUAL, RenewPeriod.P1Y,
            List.of(ServiceRenewMode.AUTOMATIC, ServiceRenewMode.MANUAL), null, List.of()));
    assertThat(events).containsExactly("1/2", "2/2");
  }

  @Test
  void summaries_noServicesApiAndServiceVanished_leavesItOut() {
    wm.stubFor(page(1).willReturn(notFound()));
    wm.stubFor(get(urlEqualTo("/1.0/service")).willReturn(okJson("[12345,67890]")));
    wm.stubFor(get(urlEqualTo("/1.0/service/12345")).willReturn(okJson(fixture("service-12345.json"))));
    wm.stubFor(get(urlEqualTo("/1.0/service/67890")).willReturn(notFound()));

    List<ServiceSummary> services = wm.client().services().summaries();

    assertThat(services).extracting(ServiceSummary::serviceId).containsExactly(12345L);
    assertThat(wire()).hasSize(4);
  }

  @Test
  void summaries_noServicesApiAndServiceReadFails_throws() {
    wm.stubFor(page(1).willReturn(notFound()));
    wm.stubFor(get(urlEqualTo("/1.0/service")).willReturn(okJson("[12345]")));
    wm.stubFor(get(urlEqualTo("/1.0/service/12345")).willReturn(serverError()));
    RenewalClient client = wm.client(b -> b.retryPolicy(RetryPolicy.none()));

    assertThat(catchThrowable(() -> client.services().summaries())).isInstanceOf(OvhServerException.class);
    assertThat(wire()).containsExactly("GET /1.0/services page 1", "GET /1.0/service", "GET /1.0/service/12345");
  }

  // --- Helpers. ---

  private static ServiceJson vps(long id) {
    return ServiceJson.vps(id, "vps" + id + ".ovh.net", "2025-05-16");
  }

  /** {@code GET /services} in the pagination mode, page {@code number}, with exactly the headers the scan sends. */
  private static MappingBuilder page(int number) {
    return get(urlEqualTo(SERVICES))
        .withHeader("X-Pagination-Mode", equalTo("CachedObjectList-Pages"))
        .withHeader("X-Pagination-Size", equalTo("5000"))
        .withHeader("X-Pagination-Number", equalTo(Integer.toString(number)));
  }

  /** A page as OVH answers it: the services, the total and the page size applied (each header only when given). */
  private static ResponseDefinitionBuilder pageOf(List<ServiceJson> services, Long total, Integer size) {
    ResponseDefinitionBuilder answer = okJson(ServiceJson.array(services));
    if (total != null) {
      answer = answer.withHeader("X-Pagination-Elements", Long.toString(total));
    }
    if (size != null) {
      answer = answer.withHeader("X-Pagination-Size", Integer.toString(size));
    }
    return answer;
  }

  private static void stubPlainIds(String ids) {
    wm.stubFor(get(urlEqualTo(SERVICES)).withHeader("X-Pagination-Mode", absent()).willReturn(okJson(ids)));
  }

  private static void stubEachService(long... ids) {
    for (long id : ids) {
      wm.stubFor(get(urlEqualTo(SERVICES + "/" + id)).willReturn(okJson(vps(id).json())));
    }
  }

  private static ResponseDefinitionBuilder notFound() {
    return aResponse().withStatus(404).withHeader("Content-Type", WireMockOvh.JSON).withBody(NOT_FOUND);
  }

  private static ResponseDefinitionBuilder serverError() {
    return aResponse().withStatus(503).withHeader("Content-Type", WireMockOvh.JSON)
        .withBody("{\"class\":\"Server::ServiceUnavailable\",\"message\":\"Service unavailable\"}");
  }

  /** The signed requests, in the server's order, as {@code METHOD URL}, with the page number of a pagination request. */
  private static List<String> wire() {
    return wm.signedRequests().stream().map(r -> r.getMethod().value() + " " + r.getUrl()
        + (r.containsHeader("X-Pagination-Number") ? " page " + r.getHeader("X-Pagination-Number") : "")).toList();
  }

  private static String signature(String method, String url, String body, long timestamp) throws Exception {
    String data = WireMockOvh.APPLICATION_SECRET + "+" + WireMockOvh.CONSUMER_KEY + "+" + method + "+" + url + "+" + body + "+" + timestamp;
    byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(data.getBytes(StandardCharsets.UTF_8));
    return "$1$" + HexFormat.of().formatHex(sha1);
  }

  /**
   * Counts the requests in flight in the server: each marked request is held until as many are in
   * flight as the client may send (or all that remain are), so that a client over its bound shows,
   * and then released. Holding is bounded (20 s in all), so a client that sends fewer in parallel
   * fails the test instead of hanging it.
   */
  static final class InFlight implements ResponseDefinitionTransformerV2 {
    static final String NAME = "in-flight";

    private int inFlight;
    private int max;
    private int finished;
    private int expected;
    private int bound;
    private long deadline;

    synchronized void expect(int requests, int concurrency) {
      inFlight = 0;
      max = 0;
      finished = 0;
      expected = requests;
      bound = concurrency;
      deadline = System.nanoTime() + 20_000_000_000L;
    }

    synchronized int max() {
      return max;
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
      inFlight++;
      max = Math.max(max, inFlight);
      notifyAll();
      while (inFlight < Math.min(bound, expected - finished)) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        try {
          wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      inFlight--;
      finished++;
      notifyAll();
      return serveEvent.getResponseDefinition();
    }

    @Override
    public boolean applyGlobally() {
      return false;
    }

    @Override
    public String getName() {
      return NAME;
    }
  }
}
