package io.github.ovhrenewal.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which requests may be sent again, and which OVH serves without a signature. */
class RequestKindsTest {
  @ParameterizedTest
  @ValueSource(strings = {"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
  void isIdempotent_safeMethods_true(String method) {
    assertThat(RequestKinds.isIdempotent(method)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PATCH", "get"})
  void isIdempotent_otherMethods_false(String method) {
    assertThat(RequestKinds.isIdempotent(method)).isFalse();
  }

  @Test
  void isRetryable_get_true() {
    assertThat(RequestKinds.isRetryable(Requests.listServices())).isTrue();
  }

  @Test
  void isRetryable_quote_true() {
    assertThat(RequestKinds.isRetryable(Requests.renew(true))).isTrue();
  }

  @Test
  void isRetryable_order_false() {
    assertThat(RequestKinds.isRetryable(Requests.renew(false))).isFalse();
  }

  @Test
  void isRetryable_postNotMadeByRetrofit_false() {
    Request post = new Request.Builder().url(Requests.BASE + "service/5/renew")
        .post(RequestBody.create("{\"dryRun\":true}", MediaType.get("application/json"))).build();

    assertThat(RequestKinds.isRetryable(post)).as("without its invocation nothing says it is a quote").isFalse();
  }

  @Test
  void isUnauthenticated_authTime_true() {
    assertThat(RequestKinds.isUnauthenticated(Requests.time())).isTrue();
  }

  @Test
  void isUnauthenticated_apiCallOrRequestNotMadeByRetrofit_false() {
    assertThat(RequestKinds.isUnauthenticated(Requests.listServices())).isFalse();
    assertThat(RequestKinds.isUnauthenticated(new Request.Builder().url(Requests.BASE + "auth/time").build())).isFalse();
  }
}
