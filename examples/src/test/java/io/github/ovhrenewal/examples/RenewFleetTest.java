package io.github.ovhrenewal.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.examples.sandbox.OvhSandbox;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fleet example against a generated fleet. */
class RenewFleetTest {
  private OvhSandbox sandbox;
  private RenewalClient client;
  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

  @TempDir
  Path dir;

  @BeforeEach
  void start() {
    sandbox = OvhSandbox.startWithFleet(60);
    client = RenewalClient.builder()
        .endpoint(sandbox.baseUrl())
        .applicationKey(sandbox.applicationKey())
        .applicationSecret(sandbox.applicationSecret())
        .consumerKey(sandbox.consumerKey())
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
    sandbox.close();
  }

  @Test
  void run_dueServices_ordersAndPaysEachReadyItemOnce() {
    int code = RenewFleet.run(client, 90, dir, 1234L, out);

    assertThat(code).as(output.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(dir.resolve("plan.json")).exists();
    assertThat(dir.resolve("plan.json.journal")).exists();
    assertThat(sandbox.renewOrderRequests()).isPositive();
    assertThat(sandbox.paymentRequests()).isEqualTo(sandbox.renewOrderRequests());
    assertThat(output.toString(StandardCharsets.UTF_8)).contains("Paid: ");
  }

  @Test
  void run_sameDirectoryAgain_resumesThePlanAndOrdersNothingNew() throws Exception {
    RenewFleet.run(client, 90, dir, 1234L, out);
    int orders = sandbox.renewOrderRequests();
    int payments = sandbox.paymentRequests();
    String plan = Files.readString(dir.resolve("plan.json"));

    int code = RenewFleet.run(client, 90, dir, 1234L, out);

    assertThat(code).isZero();
    assertThat(output.toString(StandardCharsets.UTF_8)).contains("Resuming the plan of ");
    assertThat(sandbox.renewOrderRequests()).isEqualTo(orders);
    assertThat(sandbox.paymentRequests()).isEqualTo(payments);
    assertThat(Files.readString(dir.resolve("plan.json"))).isEqualTo(plan);
  }

  @Test
  void main_sandboxWithGuideServices_exitsZero() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = RenewFleet.run(new String[] {"--sandbox", "400", dir.toString()}, out,
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(dir.resolve("plan.json")).exists();
  }

  @Test
  void main_daysNotANumber_exitsTwoWithUsage() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = RenewFleet.run(new String[] {"--sandbox", "soon"}, out, new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("DAYS").contains("usage: RenewFleet");
  }
}
