package io.github.ovhrenewal.examples.cli;

import static io.github.ovhrenewal.examples.cli.CliHarness.env;
import static io.github.ovhrenewal.examples.cli.CliHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.examples.cli.CliHarness.Result;
import io.github.ovhrenewal.examples.sandbox.OvhSandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code whoami}, {@code create-consumer-key}, {@code --config FILE} and the 403 diagnostics, against the sandbox. */
class CliAuthTest {
  private OvhSandbox sandbox;

  @TempDir
  Path dir;

  @BeforeEach
  void start() {
    sandbox = OvhSandbox.start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void whoami_sandboxKey_showsSourcesAndRulesWithoutSecrets() {
    Result result = run(sandbox, "whoami");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .contains("application_key: " + sandbox.applicationKey() + ", from OVH_APPLICATION_KEY")
        .contains("application_secret: set (hidden), from OVH_APPLICATION_SECRET")
        .contains("validated")
        .contains("POST    /*");
  }

  @Test
  void whoami_json_listsRules() {
    Result result = run(sandbox, "--json", "whoami");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.jsonObject()).containsKeys("endpoint", "configuration", "credentialId", "status", "rules");
    assertThat(result.jsonObject().get("status")).isEqualTo("validated");
  }

  @Test
  void createConsumerKey_renewalRules_newKeyRenewsAndCannotDoMore() {
    Map<String, String> appOnly = new HashMap<>(env(sandbox));
    appOnly.remove("OVH_CONSUMER_KEY");

    Result created = run(appOnly, FakeTerminal.nonInteractive(), "--json", "create-consumer-key", "--rules", "renewal",
        "--redirect", "https://example.com/done");

    assertThat(created.exitCode()).as(created.toString()).isZero();
    Map<String, Object> json = created.jsonObject();
    assertThat(json.get("state")).isEqualTo("pendingValidation");
    assertThat((String) json.get("validationUrl")).startsWith("http://127.0.0.1:");
    String newKey = (String) json.get("consumerKey");
    assertThat(newKey).isNotBlank().isNotEqualTo(sandbox.consumerKey());
    // The sandbox makes a created key usable at once, with exactly its rules.
    Map<String, String> withNewKey = new HashMap<>(appOnly);
    withNewKey.put("OVH_CONSUMER_KEY", newKey);
    Result renewed = run(withNewKey, FakeTerminal.nonInteractive(), "renew", "/vps/vps112233.ovh.net", "P3M", "--pay", "paypal:1234", "--yes");
    assertThat(renewed.exitCode()).as(renewed.toString()).isZero();
    assertThat(sandbox.paymentRequests()).isEqualTo(1);
  }

  @Test
  void createConsumerKey_tableMode_printsUrlAndKeyOnce() {
    Map<String, String> appOnly = new HashMap<>(env(sandbox));
    appOnly.remove("OVH_CONSUMER_KEY");

    Result created = run(appOnly, FakeTerminal.nonInteractive(), "create-consumer-key");

    assertThat(created.exitCode()).as(created.toString()).isZero();
    List<String> lines = created.out().lines().map(String::trim).toList();
    String key = lines.get(lines.indexOf(lines.stream().filter(l -> l.startsWith("Consumer key")).findFirst().orElseThrow()) + 1);
    assertThat(created.out().split(java.util.regex.Pattern.quote(key), -1)).hasSize(2);
    assertThat(created.out()).contains("/validate?credentialToken=");
  }

  @Test
  void createConsumerKey_unknownRuleSet_exitsTwoNothingSent() {
    Result result = run(sandbox, "create-consumer-key", "--rules", "everything");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("everything").contains("renewal, read-only");
  }

  @Test
  void renew_readOnlyKey_403SaysWhichCallAndHowToCheck() {
    Map<String, String> readOnly = new HashMap<>(env(sandbox));
    readOnly.put("OVH_CONSUMER_KEY", sandbox.readOnlyConsumerKey());

    Result result = run(readOnly, FakeTerminal.nonInteractive(), "renew", "112233", "P1M", "--yes");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("NOT_GRANTED_CALL").contains("POST").contains("/service/112233/renew").contains("whoami");
    assertThat(sandbox.orderIds()).isEmpty();
  }

  @Test
  void services_configFileAsPythonOvhWritesIt_usesIt() throws IOException {
    Path conf = dir.resolve("ovh.conf");
    Files.writeString(conf, "[default]\n"
        + "; the endpoint's section follows\n"
        + "endpoint=" + sandbox.baseUrl() + "\n\n"
        + "[" + sandbox.baseUrl() + "]\n"
        + "application_key=" + sandbox.applicationKey() + "\n"
        + "application_secret=" + sandbox.applicationSecret() + "\n"
        + "consumer_key=" + sandbox.consumerKey() + "\n", StandardCharsets.UTF_8);

    Result result = run(Map.of(), FakeTerminal.nonInteractive(), "--config", conf.toString(), "--json", "services");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.jsonArrayOfObjects()).hasSize(4);
  }

  @Test
  void services_environmentOverridesConfigFile_environmentWins() throws IOException {
    Path conf = dir.resolve("ovh.conf");
    Files.writeString(conf, "[default]\nendpoint=" + sandbox.baseUrl() + "\n[" + sandbox.baseUrl() + "]\n"
        + "application_key=" + sandbox.applicationKey() + "\napplication_secret=wrong-secret-in-file\n"
        + "consumer_key=" + sandbox.consumerKey() + "\n", StandardCharsets.UTF_8);

    Result fileOnly = run(Map.of(), FakeTerminal.nonInteractive(), "--config", conf.toString(), "services");
    Result envWins = run(Map.of("OVH_APPLICATION_SECRET", sandbox.applicationSecret()), FakeTerminal.nonInteractive(),
        "--config", conf.toString(), "services");

    assertThat(fileOnly.exitCode()).isEqualTo(1);
    assertThat(fileOnly.err()).contains("INVALID_SIGNATURE");
    assertThat(envWins.exitCode()).as(envWins.toString()).isZero();
  }

  @Test
  void services_missingConfigFile_exitsTwoNamingIt() {
    Result result = run(Map.of(), FakeTerminal.nonInteractive(), "--config", dir.resolve("nope.conf").toString(), "services");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("nope.conf");
  }
}
