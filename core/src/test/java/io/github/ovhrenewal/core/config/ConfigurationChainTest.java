package io.github.ovhrenewal.core.config;

import io.github.ovhrenewal.core.CredentialRequester;
import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.core.exception.OvhConfigurationException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The configuration chain: builder > environment > explicit file > ./ovh.conf > ~/.ovh.conf >
 * /etc/ovh.conf, key by key, with temporary directories and a given environment only.
 */
class ConfigurationChainTest {
  @TempDir
  Path tmp;

  private Path work;
  private Path home;
  private Path etc;
  private final Map<String, String> env = new HashMap<>();

  @BeforeEach
  void directories() throws IOException {
    work = Files.createDirectories(tmp.resolve("work"));
    home = Files.createDirectories(tmp.resolve("home"));
    etc = Files.createDirectories(tmp.resolve("etc")).resolve("ovh.conf");
  }

  private RenewalClient.Builder builder() {
    return RenewalClient.builder().configurationSources(ConfigurationSources.of(env, work, home, etc));
  }

  private ResolvedConfiguration resolve() {
    return builder().resolveConfiguration();
  }

  private static void write(Path file, String... lines) throws IOException {
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  private static String[] full(String endpoint, String tag) {
    return new String[] {
      "[default]", "endpoint=" + endpoint, "", "[" + endpoint + "]",
      "application_key=ak-" + tag, "application_secret=as-" + tag, "consumer_key=ck-" + tag};
  }

  @Test
  void fileOf_keysFromTwoFilesAndTheEnvironment_namesEachKeysFileOrNull() throws IOException {
    write(work.resolve("ovh.conf"), "[default]", "endpoint=ovh-eu", "[ovh-eu]", "application_key=ak-work");
    write(home.resolve(".ovh.conf"), full("ovh-eu", "home"));
    env.put("OVH_CONSUMER_KEY", "ck-env");

    ResolvedConfiguration config = resolve();

    assertThat(config.fileOf(ResolvedConfiguration.ENDPOINT)).isEqualTo(work.resolve("ovh.conf"));
    assertThat(config.fileOf(ResolvedConfiguration.APPLICATION_KEY)).isEqualTo(work.resolve("ovh.conf"));
    assertThat(config.fileOf(ResolvedConfiguration.APPLICATION_SECRET)).isEqualTo(home.resolve(".ovh.conf"));
    assertThat(config.fileOf(ResolvedConfiguration.CONSUMER_KEY)).isNull();
    assertThat(config.fileOf(ResolvedConfiguration.CLIENT_SECRET)).isNull();
  }

  @Test
  void fileOf_explicitFile_namesIt() throws IOException {
    Path file = tmp.resolve("mine.conf");
    write(file, full("ovh-ca", "mine"));

    ResolvedConfiguration config = builder().configurationSources(ConfigurationSources.of(env, work, home, etc).withConfigFile(file))
        .resolveConfiguration();

    assertThat(config.fileOf(ResolvedConfiguration.CONSUMER_KEY)).isEqualTo(file);
  }

  @Test
  void resolve_pythonOvhReadmeFile_readsEveryKey() throws IOException {
    // python-ovh's README example, with its consumer_key line uncommented.
    write(work.resolve("ovh.conf"),
        "[default]",
        "; general configuration: default endpoint",
        "endpoint=ovh-eu",
        "",
        "[ovh-eu]",
        "; configuration specific to 'ovh-eu' endpoint",
        "application_key=my_app_key",
        "application_secret=my_application_secret",
        "; uncomment following line when writing a script application",
        "; with a single consumer key.",
        "consumer_key=my_consumer_key");

    ResolvedConfiguration config = resolve();

    assertThat(config.endpoint()).isEqualTo(Endpoint.OVH_EU);
    assertThat(config.applicationKey()).isEqualTo("my_app_key");
    assertThat(config.credentials().applicationSecret()).isEqualTo("my_application_secret");
    assertThat(config.credentials().consumerKey()).isEqualTo("my_consumer_key");
    assertThat(config.authMethod()).isEqualTo(ResolvedConfiguration.AuthMethod.APPLICATION_KEY);
    assertThat(config.sourceOf("endpoint")).isEqualTo("./ovh.conf (" + work.resolve("ovh.conf") + ") [default] line 3");
    assertThat(config.sourceOf("consumer_key")).isEqualTo("./ovh.conf (" + work.resolve("ovh.conf") + ") [ovh-eu] line 11");
  }

  @Test
  void resolve_builderValueAndEnvironment_builderWins() throws IOException {
    write(work.resolve("ovh.conf"), full("ovh-eu", "work"));
    env.put("OVH_APPLICATION_KEY", "ak-env");

    ResolvedConfiguration config = builder().applicationKey("ak-builder").resolveConfiguration();

    assertThat(config.applicationKey()).isEqualTo("ak-builder");
    assertThat(config.sourceOf("application_key")).isEqualTo("builder");
  }

  @Test
  void resolve_builderEndpoint_selectsItsSection() throws IOException {
    write(work.resolve("ovh.conf"), "[default]", "endpoint=ovh-eu", "[ovh-ca]", "application_key=ak-ca",
        "application_secret=as-ca", "consumer_key=ck-ca");

    ResolvedConfiguration config = builder().endpoint("ovh-ca").resolveConfiguration();

    assertThat(config.endpoint()).isEqualTo(Endpoint.OVH_CA);
    assertThat(config.applicationKey()).isEqualTo("ak-ca");
  }

  @Test
  void resolve_environmentAndWorkingDirFile_environmentWins() throws IOException {
    write(work.resolve("ovh.conf"), full("ovh-eu", "work"));
    env.put("OVH_APPLICATION_KEY", "ak-env");
    env.put("OVH_CONSUMER_KEY", "ck-env");

    ResolvedConfiguration config = resolve();

    assertThat(config.applicationKey()).isEqualTo("ak-env");
    assertThat(config.sourceOf("application_key")).isEqualTo("OVH_APPLICATION_KEY");
    assertThat(config.credentials().consumerKey()).isEqualTo("ck-env");
    assertThat(config.credentials().applicationSecret()).isEqualTo("as-work");
  }

  @Test
  void resolve_environmentEndpoint_selectsSectionOverFileDefault() throws IOException {
    write(home.resolve(".ovh.conf"), "[default]", "endpoint=ovh-eu",
        "[ovh-eu]", "application_key=ak-eu", "application_secret=as-eu", "consumer_key=ck-eu",
        "[ovh-us]", "application_key=ak-us", "application_secret=as-us", "consumer_key=ck-us");
    env.put("OVH_ENDPOINT", "ovh-us");

    ResolvedConfiguration config = resolve();

    assertThat(config.endpoint()).isEqualTo(Endpoint.OVH_US);
    assertThat(config.applicationKey()).isEqualTo("ak-us");
  }

  @Test
  void resolve_workingDirAndHomeFile_workingDirWins() throws IOException {
    write(work.resolve("ovh.conf"), full("ovh-eu", "work"));
    write(home.resolve(".ovh.conf"), full("ovh-eu", "home"));

    assertThat(resolve().applicationKey()).isEqualTo("ak-work");
  }

  @Test
  void resolve_homeAndSystemFile_homeWins() throws IOException {
    write(home.resolve(".ovh.conf"), full("ovh-eu", "home"));
    write(etc, full("ovh-eu", "etc"));

    assertThat(resolve().applicationKey()).isEqualTo("ak-home");
  }

  @Test
  void resolve_systemFileOnly_resolves() throws IOException {
    write(etc, full("ovh-eu", "etc"));

    ResolvedConfiguration config = resolve();

    assertThat(config.applicationKey()).isEqualTo("ak-etc");
    assertThat(config.sourceOf("application_key")).isEqualTo("/etc/ovh.conf (" + etc + ") [ovh-eu] line 5");
  }

  @Test
  void resolve_emptyEnvironmentVariable_countsAsUnset() throws IOException {
    write(home.resolve(".ovh.conf"), full("ovh-eu", "home"));
    env.put("OVH_APPLICATION_KEY", "");
    env.put("OVH_ENDPOINT", "  ");

    ResolvedConfiguration config = resolve();

    assertThat(config.applicationKey()).isEqualTo("ak-home");
    assertThat(config.endpoint()).isEqualTo(Endpoint.OVH_EU);
  }

  @Test
  void resolve_eachKeyFromADifferentSource_mixesKeyByKey() throws IOException {
    env.put("OVH_ENDPOINT", "ovh-eu");
    write(work.resolve("ovh.conf"), "[ovh-eu]", "application_key=ak-work");
    write(home.resolve(".ovh.conf"), "[ovh-eu]", "application_key=ak-home", "application_secret=as-home");
    write(etc, "[ovh-eu]", "application_key=ak-etc", "application_secret=as-etc", "consumer_key=ck-etc");

    ResolvedConfiguration config = resolve();

    assertThat(config.sourceOf("endpoint")).isEqualTo("OVH_ENDPOINT");
    assertThat(config.applicationKey()).isEqualTo("ak-work");
    assertThat(config.credentials().applicationSecret()).isEqualTo("as-home");
    assertThat(config.credentials().consumerKey()).isEqualTo("ck-etc");
  }

  @Test
  void resolve_explicitConfigFile_readBetweenEnvironmentAndWorkingDir() throws IOException {
    Path mine = tmp.resolve("mine.conf");
    write(mine, "[ovh-eu]", "application_key=ak-mine");
    write(work.resolve("ovh.conf"), full("ovh-eu", "work"));
    env.put("OVH_CONSUMER_KEY", "ck-env");

    ResolvedConfiguration config = builder().configFile(mine).resolveConfiguration();

    assertThat(config.applicationKey()).isEqualTo("ak-mine");
    assertThat(config.sourceOf("application_key")).isEqualTo("config file " + mine + " [ovh-eu] line 2");
    assertThat(config.credentials().consumerKey()).isEqualTo("ck-env");
    assertThat(config.credentials().applicationSecret()).isEqualTo("as-work");
  }

  @Test
  void resolve_explicitConfigFileMissing_failsNamingIt() {
    Path missing = tmp.resolve("nope.conf");

    assertThatThrownBy(() -> builder().configFile(missing).resolveConfiguration())
        .isInstanceOf(OvhConfigurationException.class)
        .hasMessage("config file " + missing + ": no such file");
  }

  @Test
  void resolve_customEndpointUrl_readsSectionNamedByUrl() throws IOException {
    write(work.resolve("ovh.conf"), "[default]", "endpoint=http://localhost:8080/1.0", "",
        "[http://localhost:8080/1.0]", "application_key=ak-local", "application_secret=as-local", "consumer_key=ck-local");

    ResolvedConfiguration config = resolve();

    assertThat(config.endpoint().url()).isEqualTo("http://localhost:8080/1.0");
    assertThat(config.applicationKey()).isEqualTo("ak-local");
  }

  @Test
  void resolve_nothingAnywhere_listsEverySourceAndWhy() throws IOException {
    env.put("OVH_ENDPOINT", "ovh-eu");
    env.put("OVH_CONSUMER_KEY", "");
    write(home.resolve(".ovh.conf"), "[ovh-ca]", "application_key=ak-ca");

    assertThatThrownBy(this::resolve)
        .isInstanceOf(OvhConfigurationException.class)
        .hasMessage("cannot configure the OVH client for endpoint ovh-eu (https://eu.api.ovh.com/1.0): "
            + "no credentials found (an application key, its secret and a consumer key; or an OAuth2 client id and secret); "
            + "missing application_key, application_secret, consumer_key; each source and why it gave nothing:"
            + "\n  application_key:"
            + "\n    builder: not set"
            + "\n    OVH_APPLICATION_KEY: not set"
            + "\n    ./ovh.conf (" + work.resolve("ovh.conf") + "): no such file"
            + "\n    ~/.ovh.conf (" + home.resolve(".ovh.conf") + "): no section [ovh-eu]"
            + "\n    /etc/ovh.conf (" + etc + "): no such file"
            + "\n  application_secret:"
            + "\n    builder: not set"
            + "\n    OVH_APPLICATION_SECRET: not set"
            + "\n    ./ovh.conf (" + work.resolve("ovh.conf") + "): no such file"
            + "\n    ~/.ovh.conf (" + home.resolve(".ovh.conf") + "): no section [ovh-eu]"
            + "\n    /etc/ovh.conf (" + etc + "): no such file"
            + "\n  consumer_key:"
            + "\n    builder: not set"
            + "\n    OVH_CONSUMER_KEY: empty"
            + "\n    ./ovh.conf (" + work.resolve("ovh.conf") + "): no such file"
            + "\n    ~/.ovh.conf (" + home.resolve(".ovh.conf") + "): no section [ovh-eu]"
            + "\n    /etc/ovh.conf (" + etc + "): no such file");
  }

  @Test
  void resolve_noEndpoint_listsEverySourceAndWhy() throws IOException {
    write(home.resolve(".ovh.conf"), "[ovh-eu]", "application_key=ak");
    write(etc, "[default]", "other=1");

    assertThatThrownBy(this::resolve)
        .isInstanceOf(OvhConfigurationException.class)
        .hasMessageStartingWith("cannot configure the OVH client: no endpoint (one of [ovh-eu, ovh-ca, ovh-us,")
        .hasMessageEndingWith(" or an absolute URL) in any source"
            + "\n  builder: not set"
            + "\n  OVH_ENDPOINT: not set"
            + "\n  ./ovh.conf (" + work.resolve("ovh.conf") + "): no such file"
            + "\n  ~/.ovh.conf (" + home.resolve(".ovh.conf") + "): no section [default]"
            + "\n  /etc/ovh.conf (" + etc + "): no endpoint in [default]");
  }

  @Test
  void resolve_partialFile_namesTheMissingKeysAndWhere() throws IOException {
    write(work.resolve("ovh.conf"), "[default]", "endpoint=ovh-eu", "[ovh-eu]", "application_key=ak", "application_secret =");

    assertThatThrownBy(this::resolve)
        .isInstanceOf(OvhConfigurationException.class)
        .hasMessageContaining("missing application_secret, consumer_key;")
        .hasMessageContaining("./ovh.conf (" + work.resolve("ovh.conf") + "): application_secret is empty in [ovh-eu] line 5")
        .hasMessageContaining("./ovh.conf (" + work.resolve("ovh.conf") + "): no consumer_key in [ovh-eu]")
        .hasMessageNotContaining("no credentials found");
  }

  @Test
  void resolve_unknownEndpointInFile_failsNamingFileAndLine() throws IOException {
    write(home.resolve(".ovh.conf"), "[default]", "", "endpoint = ovh-mars");

    assertThatThrownBy(this::resolve)
        .isInstanceOf(OvhConfigurationException.class)
        .hasMessageStartingWith("endpoint from ~/.ovh.conf (" + home.resolve(".ovh.conf") + ") [default] line 3: unknown endpoint 'ovh-mars'");
  }

  @Test
  void resolve_malformedLine_failsNamingFileAndLine() throws IOException {
    write(home.resolve(".ovh.conf"), "[default]", "endpoint=ovh-eu", "this line has no delimiter");
    env.put("OVH_APPLICATION_KEY", "ak");

    assertThatThrownBy(this::resolve)
        .isInstanceOf(OvhConfigurationException.class)
        .hasMessage("~/.ovh.conf (" + home.resolve(".ovh.conf") + ") line 3: expected 'key = value', 'key: value', "
            + "a [section] or a comment (# or ;), got 'thi…'");
  }

  @Test
  void resolve_malformedLowerPriorityFile_stillFails() throws IOException {
    // python's configparser reads every file up front; a broken file surfaces at once, not the day it is needed.
    write(work.resolve("ovh.conf"), full("ovh-eu", "work"));
    write(etc, "application_key=orphan");

    assertThatThrownBy(this::resolve)
        .isInstanceOf(OvhConfigurationException.class)
        .hasMessage("/etc/ovh.conf (" + etc + ") line 1: a key comes before any [section]; the file must start with a section header such as [default]");
  }

  @Test
  void resolve_duplicateKey_failsNamingBothLines() throws IOException {
    write(work.resolve("ovh.conf"), "[ovh-eu]", "application_key=a", "Application_Key: b");

    assertThatThrownBy(this::resolve)
        .isInstanceOf(OvhConfigurationException.class)
        .hasMessage("./ovh.conf (" + work.resolve("ovh.conf") + ") line 3: key 'application_key' appears twice in [ovh-eu] (first at line 2)");
  }

  @Test
  void resolve_oauth2FromEnvironment_usesEndpointTokenUrl() {
    env.putAll(Map.of("OVH_ENDPOINT", "ovh-ca", "OVH_CLIENT_ID", "id-1", "OVH_CLIENT_SECRET", "cs-1"));

    ResolvedConfiguration config = resolve();

    assertThat(config.authMethod()).isEqualTo(ResolvedConfiguration.AuthMethod.OAUTH2);
    assertThat(config.clientId()).isEqualTo("id-1");
    assertThat(config.oauth2TokenUrl()).isEqualTo("https://ca.ovh.com/auth/oauth2/token");
    assertThat(config.sourceOf("oauth2_token_url")).isEqualTo("the endpoint's published token URL");
  }

  @Test
  void resolve_oauth2ClientIdWithoutSecret_failsNamingClientSecretAndWhereItWasLookedFor() {
    env.putAll(Map.of("OVH_ENDPOINT", "ovh-eu", "OVH_CLIENT_ID", "id-1"));

    assertThatThrownBy(this::resolve)
        .isInstanceOf(OvhConfigurationException.class)
        .hasMessageStartingWith("cannot configure the OVH client for endpoint ovh-eu (https://eu.api.ovh.com/1.0): missing client_secret;"
            + " each source and why it gave nothing:\n  client_secret:\n    builder: not set\n    OVH_CLIENT_SECRET: not set\n");
  }

  @Test
  void resolve_oauth2TokenUrlInFile_usesIt() throws IOException {
    write(work.resolve("ovh.conf"), "[default]", "endpoint=kimsufi-eu", "[kimsufi-eu]", "client_id=id", "client_secret=cs",
        "oauth2_token_url=https://auth.example.com/token");

    assertThat(resolve().oauth2TokenUrl()).isEqualTo("https://auth.example.com/token");
  }

  @Test
  void resolve_oauth2OnCustomEndpointWithoutTokenUrl_failsSayingHowToSetIt() {
    env.putAll(Map.of("OVH_ENDPOINT", "https://api.example.com/1.0", "OVH_CLIENT_ID", "id", "OVH_CLIENT_SECRET", "cs"));

    assertThatThrownBy(this::resolve)
        .isInstanceOf(OvhConfigurationException.class)
        .hasMessage("OAuth2 needs a token URL, and OVH publishes none for endpoint https://api.example.com/1.0; set it with the "
            + "builder's oauth2TokenUrl(…), OVH_OAUTH2_TOKEN_URL, or oauth2_token_url in the [https://api.example.com/1.0] section of ovh.conf");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "http://auth.example.com/token",
      "http://127.attacker.example/auth/oauth2/token",
      "http://127.0.0.1.nip.io/auth/oauth2/token",
  })
  void resolve_oauth2PlainHttpTokenUrlOnRemoteHost_fails(String url) {
    env.putAll(Map.of("OVH_ENDPOINT", "ovh-eu", "OVH_CLIENT_ID", "id", "OVH_CLIENT_SECRET", "cs", "OVH_OAUTH2_TOKEN_URL", url));

    assertThatThrownBy(this::resolve)
        .isInstanceOf(OvhConfigurationException.class)
        .hasMessage("oauth2_token_url from OVH_OAUTH2_TOKEN_URL: token URL '" + url
            + "' uses plain http; https is required, except for loopback hosts (localhost, 127.0.0.0/8, [::1])");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "https://www.ovh.com/auth/oauth2/../../x/token | https://www.ovh.com/auth/oauth2/../../x/token | '.' or '..' path segment",
      "https://www.ovh.com/auth/%2e%2e/oauth2/token | https://www.ovh.com/auth/%2e%2e/oauth2/token | '.' or '..' path segment",
      "https://www.ovh.com/auth/oauth2/token?x=1 | https://www.ovh.com/auth/oauth2/token?x=1 | must not carry a query",
      "https://www.ovh.com/auth/oauth2/token#x | https://www.ovh.com/auth/oauth2/token#x | must not carry a fragment",
      "https://alice:pw-Zq8v@www.ovh.com/auth/oauth2/token | https://***@www.ovh.com/auth/oauth2/token | must not carry user info",
  })
  void resolve_oauth2TokenUrlWithDotSegmentQueryFragmentOrUserInfo_failsNamingItRedacted(String url, String shown, String problem) {
    env.putAll(Map.of("OVH_ENDPOINT", "ovh-eu", "OVH_CLIENT_ID", "id", "OVH_CLIENT_SECRET", "cs", "OVH_OAUTH2_TOKEN_URL", url));

    assertThatThrownBy(this::resolve)
        .isInstanceOf(OvhConfigurationException.class)
        .hasMessageStartingWith("oauth2_token_url from OVH_OAUTH2_TOKEN_URL: token URL '" + shown + "'")
        .hasMessageContaining(problem)
        .message().doesNotContain("pw-Zq8v");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://localhost:8080/token", "http://127.0.0.1:8080/token", "http://127.3.2.1/token", "http://[::1]:8080/token"})
  void resolve_oauth2PlainHttpTokenUrlOnLoopback_usesIt(String url) {
    env.putAll(Map.of("OVH_ENDPOINT", "ovh-eu", "OVH_CLIENT_ID", "id", "OVH_CLIENT_SECRET", "cs", "OVH_OAUTH2_TOKEN_URL", url));

    assertThat(resolve().oauth2TokenUrl()).isEqualTo(url);
  }

  @Test
  void resolve_applicationKeyAndOAuth2Settings_failsSayingTheyMix() throws IOException {
    write(home.resolve(".ovh.conf"), full("ovh-eu", "home"));
    env.put("OVH_CLIENT_ID", "id-env");

    assertThatThrownBy(this::resolve)
        .isInstanceOf(OvhConfigurationException.class)
        .hasMessage("cannot configure the OVH client: the settings mix application-key authentication (application_key from ~/.ovh.conf ("
            + home.resolve(".ovh.conf") + ") [ovh-eu] line 5, application_secret from ~/.ovh.conf (" + home.resolve(".ovh.conf")
            + ") [ovh-eu] line 6, consumer_key from ~/.ovh.conf (" + home.resolve(".ovh.conf") + ") [ovh-eu] line 7) with OAuth2 "
            + "client credentials (client_id from OVH_CLIENT_ID); use either application_key, application_secret and consumer_key, "
            + "or client_id and client_secret");
  }

  @Test
  void build_builderOnlyWithOAuth2AndApplicationKey_failsSayingTheyMix() {
    assertThatThrownBy(() -> RenewalClient.builder().endpoint("ovh-eu").applicationKey("ak").clientId("id").clientSecret("cs").build())
        .isInstanceOf(OvhConfigurationException.class)
        .hasMessageContaining("mix application-key authentication (application_key from builder) with OAuth2 client credentials");
  }

  @Test
  void build_builderOnlyWithoutSources_neverReadsEnvironmentOrFiles() {
    // Without configurationSources/configFile the builder's contract is unchanged.
    assertThatThrownBy(() -> RenewalClient.builder().endpoint("ovh-eu").applicationKey("ak").applicationSecret("as").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("consumerKey must not be null");
  }

  @Test
  void describe_resolvedSettings_showsSourcesAndHidesSecrets() throws IOException {
    write(work.resolve("ovh.conf"), full("ovh-eu", "work"));

    ResolvedConfiguration config = resolve();

    assertThat(config.describe()).containsExactly(
        "endpoint: ovh-eu (https://eu.api.ovh.com/1.0), from ./ovh.conf (" + work.resolve("ovh.conf") + ") [default] line 2",
        "authentication: application key",
        "application_key: ak-work, from ./ovh.conf (" + work.resolve("ovh.conf") + ") [ovh-eu] line 5",
        "application_secret: set (hidden), from ./ovh.conf (" + work.resolve("ovh.conf") + ") [ovh-eu] line 6",
        "consumer_key: set (hidden), from ./ovh.conf (" + work.resolve("ovh.conf") + ") [ovh-eu] line 7");
    assertThat(config.toString()).doesNotContain("as-work", "ck-work");
  }

  @Test
  void build_fromChain_clientReportsItsConfiguration() throws IOException {
    write(work.resolve("ovh.conf"), full("ovh-eu", "work"));

    try (RenewalClient client = builder().build()) {
      assertThat(client.endpoint()).isEqualTo(Endpoint.OVH_EU);
      assertThat(client.configuration().sourceOf("consumer_key")).endsWith("[ovh-eu] line 7");
      assertThat(client.toString()).startsWith("RenewalClient[endpoint=ovh-eu (https://eu.api.ovh.com/1.0), applicationKey=ak-work, retryPolicy=");
    }
  }

  @Test
  void buildForCredentialRequest_noConsumerKeyAnywhere_builds() throws IOException {
    write(work.resolve("ovh.conf"), "[default]", "endpoint=ovh-eu", "[ovh-eu]", "application_key=ak", "application_secret=as");

    try (CredentialRequester requester = builder().buildForCredentialRequest()) {
      assertThat(requester.configuration().isSet("consumer_key")).isFalse();
    }
  }

  @Test
  void buildForCredentialRequest_oauth2Settings_failsSayingConsumerKeysNeedAnApplication() {
    env.putAll(Map.of("OVH_ENDPOINT", "ovh-eu", "OVH_CLIENT_ID", "id", "OVH_CLIENT_SECRET", "cs"));

    assertThatThrownBy(() -> builder().buildForCredentialRequest())
        .isInstanceOf(OvhConfigurationException.class)
        .hasMessageStartingWith("cannot ask for a consumer key with OAuth2 settings (client_id from OVH_CLIENT_ID, client_secret from OVH_CLIENT_SECRET)");
  }
}
