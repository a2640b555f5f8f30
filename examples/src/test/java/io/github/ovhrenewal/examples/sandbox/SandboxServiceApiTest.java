package io.github.ovhrenewal.examples.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxServiceApiTest {

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

  @Test
  void listServices_seeded_returnsFourIds() throws IOException {
    SandboxTestClient.Answer answer = client.get("/service");

    assertThat(answer.code()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("[12345,67890,112233,445566]");
    assertThat(List.of(
            sandbox.domainServiceId(), sandbox.hostingServiceId(), sandbox.vpsServiceId(),
            sandbox.dedicatedServiceId()))
        .containsExactly(12345L, 67890L, 112233L, 445566L);
  }

  @Test
  @SuppressWarnings("unchecked")
  void getService_vps_returnsEveryServiceListField() throws IOException {
    SandboxTestClient.Answer answer = client.get("/service/112233");

    Map<String, Object> service = answer.object();
    assertThat(answer.code()).isEqualTo(200);
    assertThat(service)
        .containsOnlyKeys(
            "creationDate", "details", "engagementDate", "expirationDate", "nextBillingDate",
            "plan", "quantity", "renew", "resource", "route", "state")
        .containsEntry("state", "ok")
        .containsEntry("details", List.of());
    assertThat((Map<String, Object>) service.get("route"))
        .containsEntry("path", "/vps/{serviceName}")
        .containsEntry("url", "/vps/vps112233.ovh.net")
        .containsEntry("vars", List.of(Map.of("key", "serviceName", "value", "vps112233.ovh.net")));
    assertThat((Map<String, Object>) service.get("resource"))
        .containsEntry("displayName", "vps112233.ovh.net")
        .containsEntry("name", "vps112233.ovh.net")
        .containsEntry("state", "ok");
    assertThat((Map<String, Object>) service.get("renew"))
        .containsKeys("dayOfMonth", "interval", "mode", "possibleIntervals", "possibleModes");
    assertThat(LocalDate.parse((String) service.get("expirationDate"))).isAfter(LocalDate.now());
  }

  @Test
  void getService_unknownId_notFound() throws IOException {
    SandboxTestClient.Answer answer = client.get("/service/999");

    assertThat(answer.code()).isEqualTo(404);
    assertThat(answer.body())
        .isEqualTo(
            "{\"class\":\"Client::NotFound\","
                + "\"message\":\"The requested object (serviceId = 999) does not exist\"}");
  }

  @Test
  void getService_nonNumericId_badRequest() throws IOException {
    SandboxTestClient.Answer answer = client.get("/service/abc");

    assertThat(answer.code()).isEqualTo(400);
    assertThat(answer.object()).containsEntry("class", "Client::BadRequest");
  }

  @Test
  void unknownPath_anyMethod_invalidUrl() throws IOException {
    for (SandboxTestClient.Answer answer :
        List.of(
            client.get("/nothing"),
            client.unsigned("GET", "/../2.0/service", null),
            client.call("DELETE", "/service", null),
            client.get("/service/"))) {
      assertThat(answer.code()).isEqualTo(404);
      assertThat(answer.body())
          .isEqualTo("{\"class\":\"Client::NotFound\",\"message\":\"Got an invalid (or empty) URL\"}");
    }
  }

  @Test
  void serviceInfos_eachRoute_returnsServiceId() throws IOException {
    Map<String, Long> routes =
        Map.of(
            "/vps/vps112233.ovh.net", 112233L,
            "/domain/example.ovh", 12345L,
            "/hosting/web/example.ovh", 67890L,
            "/dedicated/server/ns3001234.ip-51-91-0.eu", 445566L);
    for (Map.Entry<String, Long> route : routes.entrySet()) {
      Map<String, Object> infos = client.get(route.getKey() + "/serviceInfos").object();

      assertThat(((Number) infos.get("serviceId")).longValue()).isEqualTo(route.getValue());
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void serviceInfos_vps_returnsEveryServicesServiceField() throws IOException {
    SandboxTestClient.Answer answer = client.get("/vps/vps112233.ovh.net/serviceInfos");

    Map<String, Object> infos = answer.object();
    assertThat(infos)
        .containsOnlyKeys(
            "canDeleteAtExpiration", "contactAdmin", "contactBilling", "contactTech", "creation",
            "domain", "engagedUpTo", "expiration", "possibleRenewPeriod", "renew", "renewalType",
            "serviceId", "status")
        .containsEntry("contactAdmin", "xx1111-ovh")
        .containsEntry("domain", "vps112233.ovh.net")
        .containsEntry("engagedUpTo", null)
        .containsEntry("renewalType", "manual")
        .containsEntry("status", "ok")
        .containsEntry("possibleRenewPeriod", List.of(1.0, 3.0, 6.0, 12.0));
    assertThat((Map<String, Object>) infos.get("renew"))
        .containsEntry("automatic", false)
        .containsEntry("deleteAtExpiration", false)
        .containsEntry("forced", false)
        .containsEntry("manualPayment", true)
        .containsEntry("period", null);
    assertThat(answer.body()).contains("\"serviceId\":112233");
  }

  @Test
  void serviceInfos_unknownName_notFound() throws IOException {
    SandboxTestClient.Answer answer = client.get("/vps/vps000000.ovh.net/serviceInfos");

    assertThat(answer.code()).isEqualTo(404);
    assertThat(answer.object()).containsEntry("class", "Client::NotFound");
  }

  @Test
  void renewOptions_vps_listsFourPeriodsWithExactPrices() throws IOException {
    SandboxTestClient.Answer answer = client.get("/service/112233/renew");

    assertThat(answer.code()).isEqualTo(200);
    assertThat(answer.body())
        .startsWith(
            "[{\"renewPeriod\":\"P1M\",\"strategies\":[{\"price\":{\"currencyCode\":\"EUR\","
                + "\"text\":\"7.00 \u20ac\",\"value\":7.00,\"priceInUcents\":700000000},"
                + "\"priceInUcents\":700000000,\"services\":[112233],\"servicesDetails\":"
                + "[{\"serviceId\":112233,\"serviceName\":\"vps112233.ovh.net\","
                + "\"serviceType\":\"VPS Value 1-2-40\"}]}]}");
    assertThat(answer.pluck("renewPeriod"))
        .containsExactly("P1M", "P3M", "P6M", "P1Y");
  }

  @Test
  void renewOptions_domainPrice_isExactDecimal() throws IOException {
    assertThat(client.get("/service/12345/renew").body())
        .contains("\"value\":9.99,\"priceInUcents\":999000000")
        .contains("\"value\":19.98,")
        .contains("\"value\":29.97,");
  }

  @Test
  void renewOptions_includeOptionsTrue_showsHostingWithDomain() throws IOException {
    String withOptions = client.get("/service/12345/renew?includeOptions=true").body();

    assertThat(withOptions)
        .contains(
            "{\"price\":{\"currencyCode\":\"EUR\",\"text\":\"37.87 \u20ac\",\"value\":37.87,"
                + "\"priceInUcents\":3787000000},\"priceInUcents\":3787000000,"
                + "\"services\":[67890,12345],\"servicesDetails\":[{\"serviceId\":67890,"
                + "\"serviceName\":\"example.ovh\",\"serviceType\":\"Hosting Perso 2014\"},"
                + "{\"serviceId\":12345,\"serviceName\":\"example.ovh\","
                + "\"serviceType\":\"Domain .ovh\"}]}");
    assertThat(client.get("/service/67890/renew?includeOptions=true").body())
        .contains("\"services\":[67890,12345]");
  }

  @Test
  void renewOptions_includeOptionsFalseOrAbsent_hidesHostingWithDomain() throws IOException {
    assertThat(client.get("/service/12345/renew?includeOptions=false").body())
        .doesNotContain("67890");
    assertThat(client.get("/service/12345/renew").body()).doesNotContain("67890");
    assertThat(client.get("/service/67890/renew").body())
        .contains("\"services\":[67890]")
        .doesNotContain("12345");
  }

  @Test
  void renewOptions_includeOptionsNotBoolean_badRequest() throws IOException {
    SandboxTestClient.Answer answer = client.get("/service/12345/renew?includeOptions=yes");

    assertThat(answer.code()).isEqualTo(400);
    assertThat(answer.object()).containsEntry("class", "Client::BadRequest");
  }

  @Test
  void renewOptions_unknownService_notFound() throws IOException {
    assertThat(client.get("/service/999/renew").code()).isEqualTo(404);
  }

  @Test
  void renewOptions_dedicated_listsMonthlyToYearly() throws IOException {
    assertThat(client.get("/service/445566/renew").pluck("renewPeriod"))
        .containsExactly("P1M", "P3M", "P6M", "P1Y");
  }
}
