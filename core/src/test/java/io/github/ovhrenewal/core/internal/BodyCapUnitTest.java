package io.github.ovhrenewal.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cap on answer bodies, on a fake network. The answers that really are too large for the heap
 * are the core package's BodyCapTest, which the build runs alone with a small heap (hence this
 * class's name).
 */
class BodyCapUnitTest {
  private static final long CAP = 1024;
  private static final Request REQUEST = new Request.Builder().url("http://localhost/1.0/service").build();

  private final FakeNetwork network = new FakeNetwork();
  private final OkHttpClient http = network.client(new BodyCap(CAP));

  private Response call() throws IOException {
    return http.newCall(REQUEST).execute();
  }

  @Test
  void intercept_declaredLengthAtCap_returnsTheWholeBody() throws IOException {
    String body = "x".repeat((int) CAP);
    network.answer(200, "text/plain", body);

    try (Response response = call()) {
      assertThat(response.body().contentLength()).isEqualTo(CAP);
      assertThat(response.body().string()).isEqualTo(body);
    }
  }

  @Test
  void intercept_undeclaredLengthAtCap_returnsTheWholeBodyWithItsLength() throws IOException {
    String body = "y".repeat((int) CAP);
    network.answer(200, "text/plain", body, false);

    try (Response response = call()) {
      assertThat(response.body().contentLength()).as("read whole, so its length is known").isEqualTo(CAP);
      assertThat(response.body().contentType().toString()).isEqualTo("text/plain");
      assertThat(response.body().string()).isEqualTo(body);
    }
  }

  @Test
  void intercept_declaredLengthOneAboveCap_throwsNamingItAndClosesTheAnswer() {
    network.answer(200, "text/plain", "z".repeat((int) CAP + 1));

    ResponseTooLargeException e = catchThrowableOfType(ResponseTooLargeException.class, this::call);

    assertThat(e).isNotNull();
    assertThat(e.maxBytes()).isEqualTo(CAP);
    assertThat(e.getMessage()).isEqualTo("the answer's body is larger than the limit of 1 KiB (Content-Length 1025);"
        + " raise it with RenewalClient.Builder.maxResponseBytes if this answer is expected");
    assertThat(network.closed(0)).as("the network answer is closed").isTrue();
  }

  @Test
  void intercept_undeclaredLengthOneAboveCap_throwsAfterReadingPastTheCapAndClosesTheAnswer() {
    network.answer(200, "text/plain", "z".repeat((int) CAP + 1), false);

    ResponseTooLargeException e = catchThrowableOfType(ResponseTooLargeException.class, this::call);

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("limit of 1 KiB (more than 1024 bytes read)");
    assertThat(network.closed(0)).isTrue();
  }

  @Test
  void intercept_emptyBody_returnsEmptyBody() throws IOException {
    network.answer(204, null, "");

    try (Response response = call()) {
      assertThat(response.code()).isEqualTo(204);
      assertThat(response.body().string()).isEmpty();
    }
  }

  @ParameterizedTest
  @CsvSource({
      "16777216, 16 MiB",
      "1048576, 1 MiB",
      "3145728, 3 MiB",
      "1048577, 1048577 bytes",
      "1049600, 1025 KiB",
      "1047552, 1023 KiB",
      "524288, 512 KiB",
      "1024, 1 KiB",
      "1025, 1025 bytes",
      "1023, 1023 bytes",
      "2048, 2 KiB",
      "0, 0 bytes",
  })
  void describe_size_inTheLargestWholeUnit(long bytes, String described) {
    assertThat(BodyCap.describe(bytes)).isEqualTo(described);
  }
}
