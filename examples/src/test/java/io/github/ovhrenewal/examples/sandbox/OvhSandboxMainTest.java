package io.github.ovhrenewal.examples.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** {@code OvhSandbox}'s own main, in process: one line and an exit code for bad arguments, never a stack trace. */
class OvhSandboxMainTest {

  /** What one run produced. */
  record Run(int exitCode, String out, String err) {}

  private static Run serve(Consumer<OvhSandbox> serving, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = OvhSandbox.serve(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), serving);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static void neverServed(OvhSandbox sandbox) {
    throw new AssertionError("must not start");
  }

  private static void assertOneLine(Run run) {
    assertThat(run.err().lines()).as(run.err()).hasSize(1);
    assertThat(run.err()).startsWith("OvhSandbox: ").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void serve_portNotANumber_usageLineExitTwo() {
    Run run = serve(OvhSandboxMainTest::neverServed, "abc");

    assertThat(run.exitCode()).isEqualTo(2);
    assertOneLine(run);
    assertThat(run.err()).contains("'abc' is not a port number").contains(OvhSandbox.USAGE);
  }

  @Test
  void serve_portOutOfRange_usageLineExitTwo() {
    Run run = serve(OvhSandboxMainTest::neverServed, "70000");

    assertThat(run.exitCode()).isEqualTo(2);
    assertOneLine(run);
    assertThat(run.err()).contains("'70000' is not a port number");
  }

  @Test
  void serve_twoArguments_usageLineExitTwo() {
    Run run = serve(OvhSandboxMainTest::neverServed, "8080", "8081");

    assertThat(run.exitCode()).isEqualTo(2);
    assertOneLine(run);
    assertThat(run.err()).contains("too many arguments [8080, 8081]");
  }

  @Test
  void serve_portInUse_oneLineExitOne() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      Run run = serve(OvhSandboxMainTest::neverServed, Integer.toString(taken.getLocalPort()));

      assertThat(run.exitCode()).isEqualTo(1);
      assertOneLine(run);
      assertThat(run.err()).contains("port " + taken.getLocalPort()).contains("choose another PORT");
    }
  }

  @Test
  void serve_help_usageOnStdoutExitZero() {
    Run run = serve(OvhSandboxMainTest::neverServed, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(OvhSandbox.USAGE + System.lineSeparator());
  }

  @Test
  void serve_noArgument_describesServesThenCloses() {
    OvhSandbox[] served = new OvhSandbox[1];

    Run run = serve(sandbox -> {
      served[0] = sandbox;
      try {
        assertThat(SandboxTestClient.of(sandbox).get("/service").array()).hasSize(4);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("OVH API sandbox").contains(served[0].baseUrl()).contains("method:3001  PAYPAL, VALID  (registered mean paypal:1234)");
    assertThat(run.err()).isEmpty();
  }
}
