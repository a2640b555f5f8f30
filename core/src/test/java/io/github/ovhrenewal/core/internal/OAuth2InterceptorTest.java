package io.github.ovhrenewal.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * The bearer token on every authenticated call; after a 401 the token is refreshed, and only a
 * call that is safe to repeat is sent again, once.
 */
class OAuth2InterceptorTest {
  private final FakeNetwork tokenServer = new FakeNetwork()
      .answer(200, "{\"access_token\":\"tok-1\",\"token_type\":\"Bearer\",\"expires_in\":3600}")
      .answer(200, "{\"access_token\":\"tok-2\",\"token_type\":\"Bearer\",\"expires_in\":3600}")
      .answer(200, "{\"access_token\":\"tok-3\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
  private final FakeNetwork api = new FakeNetwork();
  private final OkHttpClient http = api.client(new OAuth2Interceptor(new OAuth2TokenSource(
      tokenServer.client(), "http://localhost/auth/oauth2/token", "id-1", "secret-1", Clock.systemUTC())));

  private int call(Request request) throws IOException {
    try (Response response = http.newCall(request).execute()) {
      return response.code();
    }
  }

  private List<String> authorizations() {
    return api.requests().stream().map(r -> r.header("Authorization")).toList();
  }

  private static String body(Request request) throws IOException {
    Buffer buffer = new Buffer();
    request.body().writeTo(buffer);
    return buffer.readUtf8();
  }

  @Test
  void intercept_getAnswered200_sentOnceWithTheToken() throws IOException {
    api.answer(200, "[1]");

    assertThat(call(Requests.listServices())).isEqualTo(200);

    assertThat(authorizations()).containsExactly("Bearer tok-1");
    assertThat(tokenServer.requests()).hasSize(1);
  }

  @Test
  void intercept_getAnswered401_resentOnceWithTheFreshToken() throws IOException {
    api.answer(401, "{\"message\":\"expired\"}").answer(200, "[1]");

    assertThat(call(Requests.listServices())).isEqualTo(200);

    assertThat(authorizations()).containsExactly("Bearer tok-1", "Bearer tok-2");
    assertThat(tokenServer.requests()).hasSize(2);
    assertThat(api.closed(0)).as("the refused answer is closed").isTrue();
  }

  @Test
  void intercept_getAnswered401Twice_returnsTheSecond401WithoutAThirdTry() throws IOException {
    api.answer(401, "{\"message\":\"nope\"}");

    assertThat(call(Requests.listServices())).isEqualTo(401);

    assertThat(authorizations()).containsExactly("Bearer tok-1", "Bearer tok-2");
    assertThat(tokenServer.requests()).hasSize(2);
  }

  @Test
  void intercept_orderAnswered401_tokenRefreshedButOrderNeverResent() throws IOException {
    api.answer(401, "{\"message\":\"expired\"}").answer(200, "[1]");

    assertThat(call(Requests.renew(false))).isEqualTo(401);
    assertThat(api.requests()).as("an order is sent once").hasSize(1);
    assertThat(tokenServer.requests()).as("the 401 refreshed the token").hasSize(2);

    call(Requests.listServices());
    assertThat(authorizations()).containsExactly("Bearer tok-1", "Bearer tok-2");
  }

  @Test
  void intercept_quoteAnswered401_resentWithTheSameBytesAsPlainJson() throws IOException {
    api.answer(401, "{}").answer(200, "{\"orderId\":0}");

    assertThat(call(Requests.renew(true))).isEqualTo(200);

    List<Request> sent = api.requests();
    assertThat(sent).hasSize(2);
    for (Request request : sent) {
      assertThat(body(request)).isEqualTo("{\"dryRun\":true,\"duration\":\"P1Y\",\"services\":[5]}");
      // The exact bytes, as OVH's reference sends them: application/json, no charset parameter.
      assertThat(request.body().contentType().toString()).isEqualTo("application/json");
      assertThat(request.body().isOneShot()).isTrue();
    }
    assertThat(authorizations()).containsExactly("Bearer tok-1", "Bearer tok-2");
  }

  @Test
  void intercept_otherRefusal_noRefresh() throws IOException {
    api.answer(403, "{\"errorCode\":\"NOT_GRANTED_CALL\"}");

    assertThat(call(Requests.listServices())).isEqualTo(403);

    assertThat(api.requests()).hasSize(1);
    assertThat(tokenServer.requests()).hasSize(1);
  }

  @Test
  void intercept_unauthenticatedCall_sentWithoutTokenAndFetchesNone() throws IOException {
    api.answer(200, "1700000000");

    assertThat(call(Requests.time())).isEqualTo(200);

    assertThat(authorizations()).containsExactly((String) null);
    assertThat(tokenServer.requests()).isEmpty();
  }
}
