package io.github.ovhrenewal.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.examples.sandbox.OvhSandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --verbose} logs every request and answer against any endpoint, whatever the garbage
 * collector does. Runs in a fresh JVM: in this one, SDK classes already hold the loggers, which
 * would hide a configuration that is lost to a collection.
 */
class CliVerboseLoggingTest {
  @TempDir
  Path dir;

  /** Runs ovh-renew in a new JVM (through {@link GcBeforeFirstCall}) with only these variables. */
  private Process.Result runInNewJvm(Map<String, String> variables, String... args) throws IOException, InterruptedException {
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String[] command = new String[args.length + 4];
    command[0] = java;
    command[1] = "-cp";
    command[2] = System.getProperty("java.class.path");
    command[3] = GcBeforeFirstCall.class.getName();
    System.arraycopy(args, 0, command, 4, args.length);
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(dir.toFile())
        .redirectOutput(out.toFile())
        .redirectError(err.toFile());
    builder.environment().clear();
    builder.environment().putAll(variables);
    // No ovh.conf of the machine's: HOME and the working directory are this test's own.
    builder.environment().put("HOME", dir.toString());
    java.lang.Process process = builder.start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("ovh-renew did not end within 2 minutes");
    }
    return new Process.Result(process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  /** Names the JVM's run result without clashing with java.lang.Process. */
  private static final class Process {
    record Result(int exitCode, String out, String err) {
      @Override
      public String toString() {
        return "exit " + exitCode + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
      }
    }
  }

  @Test
  void verbose_endpointNotSandboxGcBeforeTheClientExists_logsEveryRequestAndAnswerWithoutSecrets() throws Exception {
    try (OvhSandbox sandbox = OvhSandbox.start()) {
      Map<String, String> variables = Map.of(
          "OVH_APPLICATION_KEY", sandbox.applicationKey(),
          "OVH_APPLICATION_SECRET", sandbox.applicationSecret(),
          "OVH_CONSUMER_KEY", sandbox.consumerKey());

      Process.Result result = runInNewJvm(variables, "--verbose", "--endpoint", sandbox.baseUrl(), "services");

      assertThat(result.exitCode()).as(result.toString()).isZero();
      assertThat(result.out()).as(result.toString()).contains("/vps/vps112233.ovh.net");
      assertThat(result.err()).as(result.toString())
          .contains("ovh-renew: --> GET " + sandbox.baseUrl() + "/auth/time")
          .contains("ovh-renew: --> GET " + sandbox.baseUrl() + "/service")
          .contains("ovh-renew: <-- 200")
          .contains("GET /1.0/service -> 200 [queryId: ")
          .contains("ovh-renew: --> GET " + sandbox.baseUrl() + "/service/112233")
          .contains("X-Ovh-Signature: ")
          .doesNotContain("$1$")
          .doesNotContain("Exception");
      for (String secret : CliHarness.SECRETS) {
        assertThat(result.err()).doesNotContain(secret);
        assertThat(result.out()).doesNotContain(secret);
      }
    }
  }

  @Test
  void noVerbose_sameRun_logsNothing() throws Exception {
    try (OvhSandbox sandbox = OvhSandbox.start()) {
      Map<String, String> variables = Map.of(
          "OVH_ENDPOINT", sandbox.baseUrl(),
          "OVH_APPLICATION_KEY", sandbox.applicationKey(),
          "OVH_APPLICATION_SECRET", sandbox.applicationSecret(),
          "OVH_CONSUMER_KEY", sandbox.consumerKey());

      Process.Result result = runInNewJvm(variables, "services");

      assertThat(result.exitCode()).as(result.toString()).isZero();
      assertThat(result.err()).as(result.toString()).isEmpty();
    }
  }
}
