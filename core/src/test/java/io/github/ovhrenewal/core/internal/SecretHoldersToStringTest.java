package io.github.ovhrenewal.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The engine's objects that hold a secret name what they are for, never the secret. */
class SecretHoldersToStringTest {
  private static final String SECRET = "SECRET-cs-Kd83Jq";

  @Test
  void toString_oauth2TokenSourceAndInterceptor_namesTokenUrlAndClientIdOnly() {
    OAuth2TokenSource tokens = new OAuth2TokenSource(new OkHttpClient(), "https://www.ovh.com/auth/oauth2/token", "id-1", SECRET, Clock.systemUTC());

    assertThat(tokens.toString()).contains("id-1", "https://www.ovh.com/auth/oauth2/token").doesNotContain(SECRET);
    assertThat(new OAuth2Interceptor(tokens).toString()).contains("id-1").doesNotContain(SECRET);
  }

  @Test
  void toString_signingInterceptorAndSigner_namesApplicationKeyOnly() {
    SigningInterceptor signing = new SigningInterceptor("ak-1", "CK-" + SECRET, new RequestSigner(SECRET, "CK-" + SECRET),
        new ServerClock(() -> 0L, Clock.systemUTC()));

    assertThat(signing.toString()).contains("ak-1").doesNotContain(SECRET);
  }
}
