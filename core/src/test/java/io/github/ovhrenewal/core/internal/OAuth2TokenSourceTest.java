package io.github.ovhrenewal.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ovhrenewal.core.Fakes.MutableClock;
import io.github.ovhrenewal.core.exception.OvhApiException;
import io.github.ovhrenewal.core.exception.OvhDecodingException;
import io.github.ovhrenewal.core.exception.OvhTransportException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The OAuth2 client-credentials token: fetched, reused while fresh, replaced when refused. */
class OAuth2TokenSourceTest {
  private static final String TOKEN_URL = "http://localhost/auth/oauth2/token";
  private static final String SECRET = "SECRET-cs-Pq71Zx";

  private final MutableClock clock = new MutableClock(Instant.ofEpochSecond(1_700_000_000L));
  private final FakeNetwork tokenServer = new FakeNetwork();
  private final OAuth2TokenSource tokens = new OAuth2TokenSource(tokenServer.client(), TOKEN_URL, "id-1", SECRET, clock);

  private static String token(String value, String expiresIn) {
    return "{\"access_token\":\"" + value + "\",\"token_type\":\"Bearer\"" + (expiresIn == null ? "" : ",\"expires_in\":" + expiresIn) + "}";
  }

  @Test
  void token_freshToken_reusedWithoutAnotherRequest() {
    tokenServer.answer(200, token("tok-1", "3600")).answer(200, token("tok-2", "3600"));

    assertThat(tokens.token()).isEqualTo("tok-1");
    clock.advance(Duration.ofSeconds(3539));
    assertThat(tokens.token()).isEqualTo("tok-1");

    assertThat(tokenServer.requests()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-5", "\"3600\"", "null"})
  void token_expiresInMissingOrNotPositive_keptUntilRefused(String expiresIn) {
    tokenServer.answer(200, token("tok-1", expiresIn)).answer(200, token("tok-2", "3600"));

    assertThat(tokens.token()).isEqualTo("tok-1");
    clock.advance(Duration.ofDays(365));
    assertThat(tokens.token()).isEqualTo("tok-1");

    assertThat(tokenServer.requests()).hasSize(1);
  }

  @Test
  void token_withoutExpiresIn_keptUntilRefused() {
    tokenServer.answer(200, token("tok-1", null)).answer(200, token("tok-2", "3600"));

    tokens.token();
    clock.advance(Duration.ofDays(365));

    assertThat(tokens.token()).isEqualTo("tok-1");
    assertThat(tokenServer.requests()).hasSize(1);
  }

  @Test
  void refreshAfterRejection_rejectedIsTheCurrentToken_fetchesANewOne() {
    tokenServer.answer(200, token("tok-1", "3600")).answer(200, token("tok-2", "3600"));
    String rejected = tokens.token();

    assertThat(tokens.refreshAfterRejection(rejected)).isEqualTo("tok-2");
    assertThat(tokens.token()).isEqualTo("tok-2");
    assertThat(tokenServer.requests()).hasSize(2);
  }

  @Test
  void refreshAfterRejection_anotherThreadAlreadyReplacedIt_returnsTheReplacementWithoutRequest() {
    tokenServer.answer(200, token("tok-1", "3600")).answer(200, token("tok-2", "3600"));
    tokens.token();

    // A call made with an older token was refused after tok-1 replaced it: tok-1 is the answer.
    assertThat(tokens.refreshAfterRejection("tok-0")).isEqualTo("tok-1");
    assertThat(tokenServer.requests()).hasSize(1);
  }

  @Test
  void refreshAfterRejection_replacementNoLongerFresh_fetchesANewOne() {
    tokenServer.answer(200, token("tok-1", "120")).answer(200, token("tok-2", "3600"));
    tokens.token();
    clock.advance(Duration.ofSeconds(60));

    assertThat(tokens.refreshAfterRejection("tok-0")).isEqualTo("tok-2");
    assertThat(tokenServer.requests()).hasSize(2);
  }

  @Test
  void token_shortLife_renewedAtHalfItsLife() {
    tokenServer.answer(200, token("tok-1", "100")).answer(200, token("tok-2", "100"));

    tokens.token();
    clock.advance(Duration.ofSeconds(49));
    assertThat(tokens.token()).isEqualTo("tok-1");
    clock.advance(Duration.ofSeconds(1));
    assertThat(tokens.token()).isEqualTo("tok-2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"bearer\"", "\"BEARER\"", "null"})
  void token_typeBearerInAnyCaseOrAbsent_accepted(String type) {
    tokenServer.answer(200, "{\"access_token\":\"tok-1\",\"token_type\":" + type + ",\"expires_in\":3600}");

    assertThat(tokens.token()).isEqualTo("tok-1");
  }

  @Test
  void token_typeNotBearer_decodingErrorNamingIt() {
    tokenServer.answer(200, "{\"access_token\":\"tok-1\",\"token_type\":\"mac\",\"expires_in\":3600}");

    OvhDecodingException e = catchThrowableOfType(OvhDecodingException.class, tokens::token);

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).isEqualTo("the OAuth2 token endpoint " + TOKEN_URL + " answered a token of type 'mac', not Bearer");
  }

  @ParameterizedTest
  @ValueSource(ints = {300, 302, 199})
  void token_statusOutside2xxWithAToken_refused(int status) {
    tokenServer.answer(status, token("tok-1", "3600"));

    OvhApiException e = catchThrowableOfType(OvhApiException.class, tokens::token);

    assertThat(e).as("a token in a non-2xx answer is not a token").isNotNull();
    assertThat(e.httpStatus()).isEqualTo(status);
    assertThat(e.getMessage()).contains("POST " + TOKEN_URL).doesNotContain("tok-1");
  }

  @Test
  void token_refusalWithoutContentType_saysSo() {
    tokenServer.answer(401, null, "denied");

    OvhApiException e = catchThrowableOfType(OvhApiException.class, tokens::token);

    assertThat(e.getMessage()).contains("the OAuth2 token endpoint answered a body that is not JSON (no content type): denied");
  }

  @Test
  void token_connectionFails_transportErrorNamingEndpointAndFailure() {
    tokenServer.fail(new IOException("connection reset"));

    OvhTransportException e = catchThrowableOfType(OvhTransportException.class, tokens::token);

    assertThat(e.getMessage()).isEqualTo("no answer from the OAuth2 token endpoint " + TOKEN_URL + " (IOException: connection reset)");
  }

  @Test
  void token_connectionFailsWithoutMessage_transportErrorNamingTheFailureOnly() {
    tokenServer.fail(new IOException());

    OvhTransportException e = catchThrowableOfType(OvhTransportException.class, tokens::token);

    assertThat(e.getMessage()).isEqualTo("no answer from the OAuth2 token endpoint " + TOKEN_URL + " (IOException)");
  }

  @Test
  void toString_namesEndpointAndClientIdOnly() {
    assertThat(tokens).hasToString("OAuth2TokenSource[tokenUrl=" + TOKEN_URL + ", clientId=id-1]");
  }
}
