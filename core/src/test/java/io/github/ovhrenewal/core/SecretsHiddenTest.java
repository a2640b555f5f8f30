package io.github.ovhrenewal.core;

import io.github.ovhrenewal.core.config.ConfigurationSources;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.ovhrenewal.api.model.CredentialRequest;
import io.github.ovhrenewal.api.model.CredentialState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** No application secret, consumer key, client secret or bearer token in any toString() or message. */
class SecretsHiddenTest {
  private static final String AS = "APPSECRET-xq81";
  private static final String CK = "CONSUMERKEY-zz93";
  private static final String CS = "CLIENTSECRET-pp27";
  private static final String TOKEN = "BEARERTOKEN-kk55";
  private static final List<String> SECRETS = List.of(AS, CK, CS, TOKEN);

  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension();

  @TempDir
  Path tmp;

  private final List<String> outputs = new ArrayList<>();

  private void seen(Object value) {
    outputs.add(String.valueOf(value));
  }

  private void seenFailure(Runnable action) {
    Throwable failure = catchThrowable(action::run);
    assertThat(failure).as("expected a failure").isNotNull();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      seen(t.getMessage());
      seen(t);
    }
  }

  private void assertNoSecretSeen() {
    assertThat(outputs).isNotEmpty();
    for (String output : outputs) {
      for (String secret : SECRETS) {
        assertThat(output).as("output %s", output).doesNotContain(secret);
      }
    }
  }

  @Test
  void applicationKeyClient_everyPrintedObject_hidesSecrets() throws IOException {
    Files.writeString(tmp.resolve("ovh.conf"), "[default]\nendpoint=ovh-eu\n[ovh-eu]\napplication_key=ak\napplication_secret=" + AS + "\n");
    ConfigurationSources sources = ConfigurationSources.of(Map.of("OVH_CONSUMER_KEY", CK), tmp, null, null);
    RenewalClient.Builder builder = RenewalClient.builder().configurationSources(sources);

    try (RenewalClient client = builder.build()) {
      seen(client);
      seen(client.configuration());
      client.configuration().describe().forEach(this::seen);
    }
    seen(builder);
    seen(sources);
    seen(RenewalClient.builder().endpoint("ovh-eu").applicationKey("ak").applicationSecret(AS).consumerKey(CK));
    assertNoSecretSeen();
  }

  @Test
  void configurationErrors_messages_hideSecrets() throws IOException {
    Files.writeString(tmp.resolve("ovh.conf"), "[ovh-eu]\napplication_secret=" + AS + "\nconsumer_key=" + CK + "\n");
    ConfigurationSources mixed = ConfigurationSources.of(Map.of("OVH_ENDPOINT", "ovh-eu", "OVH_CLIENT_SECRET", CS), tmp, null, null);
    seenFailure(() -> RenewalClient.builder().configurationSources(mixed).build());

    ConfigurationSources partial = ConfigurationSources.of(Map.of("OVH_ENDPOINT", "ovh-eu"), tmp, null, null);
    seenFailure(() -> RenewalClient.builder().configurationSources(partial).build());

    Files.writeString(tmp.resolve("ovh.conf"), "[ovh-eu]\n" + AS + "\n");
    seenFailure(() -> RenewalClient.builder().configurationSources(partial).build());
    assertNoSecretSeen();
  }

  @Test
  void oauth2Client_printedObjectsAndFailures_hideSecretAndToken() {
    wm.stubFor(post("/token").willReturn(okJson("{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
    wm.stubFor(get("/1.0/service").willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"token refused\"}")));
    String base = wm.baseUrl();
    RenewalClient.Builder builder = RenewalClient.builder().endpoint(base + "/1.0").clientId("id").clientSecret(CS).oauth2TokenUrl(base + "/token");

    try (RenewalClient client = builder.build()) {
      seenFailure(() -> client.services().list());
      seen(client);
      seen(client.configuration());
      seen(client.configuration().credentials());
    }
    seen(builder);
    assertNoSecretSeen();
  }

  @Test
  void oauth2TokenRefused_message_hidesSecret() {
    wm.stubFor(post("/token").willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
        .withBody("{\"error\":\"invalid_request\"}")));
    String base = wm.baseUrl();

    try (RenewalClient client = RenewalClient.builder().endpoint(base + "/1.0").clientId("id").clientSecret(CS)
        .oauth2TokenUrl(base + "/token").build()) {
      seenFailure(() -> client.services().list());
    }
    assertNoSecretSeen();
  }

  @Test
  void createdConsumerKey_toString_hidesIt() {
    CredentialRequest created = new CredentialRequest(CK, CredentialState.PENDING_VALIDATION, "https://eu.api.ovh.com/auth/sso/x");
    seen(created);
    try (CredentialRequester requester = RenewalClient.builder().endpoint("ovh-eu").applicationKey("ak").applicationSecret(AS)
        .buildForCredentialRequest()) {
      seen(requester);
      seen(requester.configuration());
    }
    assertNoSecretSeen();
  }
}
