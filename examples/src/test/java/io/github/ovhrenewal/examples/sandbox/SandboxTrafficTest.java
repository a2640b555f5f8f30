package io.github.ovhrenewal.examples.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the sandbox tells tests about its traffic: the request log, counts by path, concurrency. */
class SandboxTrafficTest {

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
  void requests_variousCalls_methodAndApiPathWithoutQueryInArrivalOrder() throws IOException {
    client.get("/services?resourceName=example.ovh");
    client.get("/services/112233");
    client.post("/service/112233/renew", "{\"dryRun\":true,\"duration\":\"P1M\",\"services\":[112233]}");
    client.withSecret("wrong").get("/service");
    client.unsigned("GET", "/auth/time", null);

    assertThat(sandbox.requests()).containsExactly(
        "GET /services", "GET /services/112233", "POST /service/112233/renew", "GET /service", "GET /auth/time");
  }

  @Test
  void requestCount_pathWithVariable_countsEveryMatchingRequestOfThatMethod() throws IOException {
    client.get("/services");
    client.get("/services", Map.of("X-Pagination-Mode", "CachedObjectList-Pages",
        "X-Pagination-Size", "2", "X-Pagination-Number", "1"));
    client.get("/services/12345");
    client.get("/services/112233");
    client.get("/services/112233/renewPeriodCapacities");
    client.get("/service/112233");

    assertThat(sandbox.requestCount("GET", "/services")).isEqualTo(2);
    assertThat(sandbox.requestCount("GET", "/services/{serviceId}")).isEqualTo(2);
    assertThat(sandbox.requestCount("GET", "/services/112233")).isEqualTo(1);
    assertThat(sandbox.requestCount("POST", "/services/{serviceId}")).isZero();
    assertThat(sandbox.requestCount("GET", "/service/{serviceId}")).isEqualTo(1);
  }

  @Test
  void requestCount_relativePath_failsNamingIt() {
    assertThatThrownBy(() -> sandbox.requestCount("GET", "services"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path 'services' must start with /, e.g. /services");
  }

  @Test
  void maxInFlight_sequentialRequests_one() throws IOException {
    assertThat(sandbox.maxInFlight()).isZero();

    client.get("/service");
    client.get("/service/112233");

    assertThat(sandbox.maxInFlight()).isEqualTo(1);
  }

  @Test
  void maxInFlight_threeRequestsHeldTogether_three() throws Exception {
    SandboxTraffic traffic = sandbox.traffic();
    traffic.hold();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<SandboxTestClient.Answer>> answers = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        answers.add(pool.submit(() -> client.get("/service/112233")));
      }
      boolean allInFlight = traffic.awaitInFlight(3, Duration.ofSeconds(30));
      traffic.release();

      assertThat(allInFlight).isTrue();
      for (Future<SandboxTestClient.Answer> answer : answers) {
        assertThat(answer.get().code()).isEqualTo(200);
      }
      assertThat(sandbox.maxInFlight()).isEqualTo(3);
    } finally {
      traffic.release();
      pool.shutdownNow();
    }
  }

  @Test
  void latency_negative_failsNamingIt() {
    assertThatThrownBy(() -> sandbox.latency(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("latency must not be negative, was PT-0.001S");
  }

  @Test
  void latency_set_answersStillCorrect() throws IOException {
    sandbox.latency(Duration.ofMillis(5));

    SandboxTestClient.Answer answer = client.get("/service");

    assertThat(answer.body()).isEqualTo("[12345,67890,112233,445566]");
    assertThat(sandbox.requests()).containsExactly("GET /service");
  }
}
