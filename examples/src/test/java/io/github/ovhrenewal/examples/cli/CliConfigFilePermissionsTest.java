package io.github.ovhrenewal.examples.cli;

import static io.github.ovhrenewal.examples.cli.CliHarness.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ovhrenewal.core.config.ConfigurationSources;
import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.core.config.ResolvedConfiguration;
import io.github.ovhrenewal.examples.cli.CliHarness.Result;
import io.github.ovhrenewal.examples.sandbox.OvhSandbox;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A configuration file holding a secret that others can read is used with a warning, as ssh does. */
class CliConfigFilePermissionsTest {
  @TempDir
  Path dir;

  private OvhSandbox sandbox;

  @BeforeEach
  void start() {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    sandbox = OvhSandbox.start();
  }

  @AfterEach
  void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  private Path conf(Path file, String permissions, boolean withSecrets) throws IOException {
    Files.writeString(file, "[default]\nendpoint=" + sandbox.baseUrl() + "\n[" + sandbox.baseUrl() + "]\n"
        + "application_key=" + sandbox.applicationKey() + "\n"
        + (withSecrets ? "application_secret=" + sandbox.applicationSecret() + "\nconsumer_key=" + sandbox.consumerKey() + "\n" : ""),
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
    return file;
  }

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  @Test
  void services_configFile0644HoldingSecrets_warnsOnceNamingTheFileAndChmod() throws IOException {
    Path file = conf(dir.resolve("ovh.conf"), "rw-r--r--", true);

    Result result = run(Map.of(), FakeTerminal.nonInteractive(), "--config", file.toString(), "services");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.err())
        .isEqualTo("ovh-renew: WARNING: permissions 0644 for '" + file + "' are too open: it holds application_secret,"
            + " consumer_key, and users other than its owner can access it. Run: chmod 600 " + file + System.lineSeparator());
    assertThat(count(result.err(), "WARNING")).isEqualTo(1);
    assertThat(result.out()).contains("/vps/vps112233.ovh.net");
  }

  @Test
  void services_configFile0600HoldingSecrets_noWarning() throws IOException {
    Path file = conf(dir.resolve("ovh.conf"), "rw-------", true);

    Result result = run(Map.of(), FakeTerminal.nonInteractive(), "--config", file.toString(), "services");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.err()).isEmpty();
  }

  @Test
  void services_homeFile0640_warnsLikeSsh() throws IOException {
    Path home = Files.createDirectories(dir.resolve("home"));
    Path file = conf(home.resolve(".ovh.conf"), "rw-r-----", true);

    Result result = run(Map.of("HOME", home.toString()), FakeTerminal.nonInteractive(), "services");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.err()).contains("permissions 0640 for '" + file + "'").contains("chmod 600 " + file);
  }

  @Test
  void services_secretsFromEnvironmentFile0644WithoutSecrets_noWarning() throws IOException {
    Path file = conf(dir.resolve("ovh.conf"), "rw-r--r--", false);
    Map<String, String> secretsOnly = Map.of(
        "OVH_APPLICATION_SECRET", sandbox.applicationSecret(), "OVH_CONSUMER_KEY", sandbox.consumerKey());

    Result result = run(secretsOnly, FakeTerminal.nonInteractive(), "--config", file.toString(), "services");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.err()).isEmpty();
  }

  @Test
  void createConsumerKey_configFile0644_warnsToo() throws IOException {
    Path file = conf(dir.resolve("ovh.conf"), "rw-rw-rw-", true);

    Result result = run(Map.of(), FakeTerminal.nonInteractive(), "--config", file.toString(), "create-consumer-key");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.err()).contains("permissions 0666 for '" + file + "'").contains("it holds application_secret,");
  }

  @Test
  void warnIfOthersCanAccess_fileSystemWithoutPosixPermissions_silent() throws IOException {
    Path zip = dir.resolve("conf.zip");
    try (FileSystem zipFs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("create", "true"))) {
      Path work = zipFs.getPath("/");
      Files.writeString(work.resolve("ovh.conf"), "[default]\nendpoint=ovh-eu\n[ovh-eu]\napplication_key=ak\n"
          + "application_secret=as\nconsumer_key=ck\n", StandardCharsets.UTF_8);
      ResolvedConfiguration configuration = RenewalClient.builder()
          .configurationSources(ConfigurationSources.of(Map.of(), work, null, null)).resolveConfiguration();
      assertThat(configuration.fileOf(ResolvedConfiguration.APPLICATION_SECRET)).isNotNull();
      StringWriter err = new StringWriter();

      ConfigFilePermissions.warnIfOthersCanAccess(configuration, new PrintWriter(err, true));

      assertThat(err.toString()).isEmpty();
    }
  }
}
