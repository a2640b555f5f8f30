package io.github.ovhrenewal.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.core.exception.ErrorResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Error answers read whatever their body, Retry-After in both its forms, and bounded excerpts. */
class ErrorResponsesTest {
  @Test
  void parseRetryAfter_seconds_thatDelay() {
    assertThat(ErrorResponses.parseRetryAfter("7")).isEqualTo(Duration.ofSeconds(7));
    assertThat(ErrorResponses.parseRetryAfter(" 120 ")).isEqualTo(Duration.ofSeconds(120));
  }

  @Test
  void parseRetryAfter_zero_noDelay() {
    assertThat(ErrorResponses.parseRetryAfter("0")).isEqualTo(Duration.ZERO);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  ", "-1", "soon", "1.5", "Wed, 32 Oct 2015 07:28:00 GMT"})
  void parseRetryAfter_absentNegativeOrUnreadable_null(String header) {
    assertThat(ErrorResponses.parseRetryAfter(header)).isNull();
  }

  @Test
  void parseRetryAfter_httpDateInThePast_noDelay() {
    assertThat(ErrorResponses.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
  }

  @Test
  void parseRetryAfter_httpDateInTheFuture_theTimeUntilThen() {
    assertThat(ErrorResponses.parseRetryAfter("Fri, 31 Dec 2100 23:59:59 GMT")).isGreaterThan(Duration.ofDays(365 * 50));
  }

  @Test
  void excerpt_upToTwoHundredCharacters_keptWhole() {
    String body = "x".repeat(200);

    assertThat(ErrorResponses.excerpt(body)).isEqualTo(body);
  }

  @Test
  void excerpt_longerBody_cutAtTwoHundredWithEllipsis() {
    assertThat(ErrorResponses.excerpt("y".repeat(201))).isEqualTo("y".repeat(200) + "…");
  }

  @Test
  void excerpt_linesAndSecrets_oneLineRedacted() {
    assertThat(ErrorResponses.excerpt("  {\"password\": \"aBcD\",\n\t\"orderId\": 1}\n"))
        .isEqualTo("{\"password\": \"██\", \"orderId\": 1}");
    assertThat(ErrorResponses.excerpt(null)).isNull();
  }

  @Test
  void read_ovhJson_takesCodeClassAndMessage() {
    ErrorResponse error = ErrorResponses.read(403, "EU.q", "application/json",
        "{\"errorCode\":\"NOT_GRANTED_CALL\",\"class\":\"Client::Forbidden\",\"message\":\"not granted\"}", "GET", "/1.0/service", 2);

    assertThat(error.httpStatus()).isEqualTo(403);
    assertThat(error.errorCode()).isEqualTo("NOT_GRANTED_CALL");
    assertThat(error.errorClass()).isEqualTo("Client::Forbidden");
    assertThat(error.message()).isEqualTo("not granted");
    assertThat(error.queryId()).isEqualTo("EU.q");
    assertThat(error.method()).isEqualTo("GET");
    assertThat(error.path()).isEqualTo("/1.0/service");
    assertThat(error.attempts()).isEqualTo(2);
  }

  @Test
  void read_notJson_describesTheBody() {
    assertThat(ErrorResponses.read(502, null, "text/html", "<html>Bad Gateway</html>", "GET", "/1.0/service", 1).message())
        .isEqualTo("body is not OVH's JSON (text/html): <html>Bad Gateway</html>");
    assertThat(ErrorResponses.read(502, null, null, "oops", "GET", "/1.0/service", 1).message())
        .isEqualTo("body is not OVH's JSON (no content type): oops");
    assertThat(ErrorResponses.read(500, null, null, " ", "GET", "/1.0/service", 1).message()).isEqualTo("empty body");
    assertThat(ErrorResponses.read(500, null, null, null, "GET", "/1.0/service", 1).message()).isEqualTo("empty body");
  }
}
