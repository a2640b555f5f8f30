package io.github.ovhrenewal.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** The exact bytes that are signed and sent, one-shot for what must never be sent twice. */
class ExactBodyTest {
  private static final String JSON = "{\"dryRun\":false,\"duration\":\"P1Y\",\"services\":[5]}";

  private static Request request(String method, String body, String type) {
    return new Request.Builder().url(Requests.BASE + "service/5/renew")
        .method(method, body == null ? null : RequestBody.create(body.getBytes(StandardCharsets.UTF_8), MediaType.get(type))).build();
  }

  @Test
  void of_requestWithoutBody_null() throws IOException {
    assertThat(ExactBody.of(new Request.Builder().url(Requests.BASE + "service").build())).isNull();
  }

  @Test
  void of_post_oneShotWithTheBytesAsPlainJson() throws IOException {
    ExactBody body = ExactBody.of(request("POST", JSON, "application/json; charset=utf-8"));

    assertThat(body.isOneShot()).isTrue();
    assertThat(body.contentType()).hasToString("application/json");
    assertThat(body.contentLength()).isEqualTo(JSON.length());
    assertThat(new String(body.bytes(), StandardCharsets.UTF_8)).isEqualTo(JSON);
    Buffer sent = new Buffer();
    body.writeTo(sent);
    assertThat(sent.readUtf8()).isEqualTo(JSON);
  }

  @Test
  void of_idempotentMethodWithBody_notOneShot() throws IOException {
    assertThat(ExactBody.of(request("PUT", "{\"mode\":\"manual\"}", "application/json")).isOneShot()).isFalse();
    assertThat(ExactBody.of(request("DELETE", "{}", "application/json")).isOneShot()).isFalse();
  }

  @Test
  void of_otherContentType_keptAsGiven() throws IOException {
    ExactBody body = ExactBody.of(request("POST", "grant_type=client_credentials", "application/x-www-form-urlencoded"));

    assertThat(body.contentType()).hasToString("application/x-www-form-urlencoded");
  }

  @Test
  void bytes_changedByTheCaller_bodyUnchanged() throws IOException {
    ExactBody body = ExactBody.of(request("POST", JSON, "application/json"));

    body.bytes()[0] = 'X';

    assertThat(new String(body.bytes(), StandardCharsets.UTF_8)).isEqualTo(JSON);
  }
}
