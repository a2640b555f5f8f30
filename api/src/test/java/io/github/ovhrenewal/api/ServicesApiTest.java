package io.github.ovhrenewal.api;

import static io.github.ovhrenewal.api.CannedAnswers.BASE_URL;
import static io.github.ovhrenewal.api.CannedAnswers.bodyOf;
import static io.github.ovhrenewal.api.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonReader;
import io.github.ovhrenewal.api.model.ExpandedService;
import io.github.ovhrenewal.api.model.NoContent;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.api.model.ServiceRenewMode;
import io.github.ovhrenewal.api.model.ServiceUpdate;
import java.io.IOException;
import java.util.List;
import okhttp3.Headers;
import okhttp3.Request;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class ServicesApiTest {

  private final CannedAnswers server = new CannedAnswers();

  @Test
  void listServices_noFilter_getsIdsWithoutQuery() throws IOException {
    server.answer("[9000000001,9000000002]");

    List<Long> ids = server.create(ServicesApi.class).listServices(null, null).execute().body();

    assertThat(ids).containsExactly(9_000_000_001L, 9_000_000_002L);
    Request request = server.onlyRequest();
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.url()).hasToString(BASE_URL + "services");
  }

  @Test
  void listServices_filters_sentAsQuery() throws IOException {
    server.answer("[]");

    server.create(ServicesApi.class).listServices("example.com", "/domain/{serviceName}").execute();

    Request request = server.onlyRequest();
    assertThat(request.url().queryParameter("resourceName")).isEqualTo("example.com");
    assertThat(request.url().queryParameter("routes")).isEqualTo("/domain/{serviceName}");
  }

  @Test
  void listPage_objects_sendsPaginationHeadersAndKeepsAnswerRaw() throws IOException {
    String page = read("services-page-objects.json");
    server.answer(page, Headers.of("X-Pagination-Elements", "2", "X-Pagination-Number", "1", "X-Pagination-Size", "500"));

    Response<ResponseBody> response =
        server.create(ServicesApi.class).listPage(ServicesApi.CACHED_OBJECT_LIST_PAGES, 500, 1).execute();

    Request request = server.onlyRequest();
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.url()).hasToString(BASE_URL + "services");
    assertThat(request.header("X-Pagination-Mode")).isEqualTo("CachedObjectList-Pages");
    assertThat(request.header("X-Pagination-Size")).isEqualTo("500");
    assertThat(request.header("X-Pagination-Number")).isEqualTo("1");
    assertThat(response.headers().get("X-Pagination-Elements")).isEqualTo("2");
    try (ResponseBody body = response.body()) {
      assertThat(firstElement(body)).isEqualTo(JsonReader.Token.BEGIN_OBJECT);
    }
  }

  @Test
  void listPage_serverIgnoresMode_plainIdsReachTheCaller() throws IOException {
    server.answer("[9000000002,9000000003]");

    Response<ResponseBody> response =
        server.create(ServicesApi.class).listPage(ServicesApi.CACHED_OBJECT_LIST_PAGES, 500, 1).execute();

    try (ResponseBody body = response.body()) {
      assertThat(firstElement(body)).isEqualTo(JsonReader.Token.NUMBER);
    }
  }

  @Test
  void getService_id_readsExpandedService() throws IOException {
    server.answer(read("expanded-service-vps.json"));

    ExpandedService service = server.create(ServicesApi.class).getService(9_000_000_001L).execute().body();

    assertThat(service.serviceId()).isEqualTo(9_000_000_001L);
    assertThat(server.onlyRequest().url()).hasToString(BASE_URL + "services/9000000001");
  }

  @Test
  void updateService_automaticYearly_putsExactBody() throws IOException {
    server.answer("null");

    NoContent answer =
        server
            .create(ServicesApi.class)
            .updateService(9_000_000_001L, ServiceUpdate.renew(ServiceRenewMode.AUTOMATIC, RenewPeriod.P1Y))
            .execute()
            .body();

    assertThat(answer).isSameAs(NoContent.INSTANCE);
    Request request = server.onlyRequest();
    assertThat(request.method()).isEqualTo("PUT");
    assertThat(request.url()).hasToString(BASE_URL + "services/9000000001");
    assertThat(bodyOf(request)).isEqualTo("{\"renew\":{\"mode\":\"automatic\",\"period\":\"P1Y\"}}");
    assertThat(request.body().contentType().toString()).startsWith("application/json");
  }

  @Test
  void getOptions_id_readsAddOns() throws IOException {
    server.answer("[{\"serviceId\":9000000003,\"parentServiceId\":9000000002,\"tags\":[]}]");

    List<ExpandedService> options = server.create(ServicesApi.class).getOptions(9_000_000_002L).execute().body();

    assertThat(options).extracting(ExpandedService::parentServiceId).containsExactly(9_000_000_002L);
    assertThat(server.onlyRequest().url()).hasToString(BASE_URL + "services/9000000002/options");
  }

  @Test
  void getRenewPeriodCapacities_id_readsPeriods() throws IOException {
    server.answer(read("renew-period-capacities.json"));

    List<RenewPeriod> periods = server.create(ServicesApi.class).getRenewPeriodCapacities(42L).execute().body();

    assertThat(periods).containsExactly(RenewPeriod.P1M, RenewPeriod.P3M, RenewPeriod.P6M, RenewPeriod.P1Y);
    assertThat(server.onlyRequest().url()).hasToString(BASE_URL + "services/42/renewPeriodCapacities");
  }

  /** How a caller tells a page of objects from a list of ids: the first element's token. */
  private static JsonReader.Token firstElement(ResponseBody body) throws IOException {
    JsonReader reader = JsonReader.of(body.source());
    reader.beginArray();
    return reader.peek();
  }
}
