package io.github.ovhrenewal.examples;

import io.github.ovhrenewal.core.RenewalClient;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.api.model.RenewOrder;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.api.model.ServiceDetails;
import io.github.ovhrenewal.examples.sandbox.OvhSandbox;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every example scenario, run against the sandbox. */
class ExamplesTest {
  private OvhSandbox sandbox;
  private RenewalClient client;
  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

  @BeforeEach
  void start() {
    sandbox = OvhSandbox.start();
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
  void renewVps_guideValues_ordersAndPaysOnce() {
    RenewOrder order = RenewVps.run(client, "vps112233.ovh.net", RenewPeriod.P3M, 1234L, out);

    assertThat(sandbox.orderIds()).containsExactly(order.orderId());
    assertThat(sandbox.paymentRequests()).isEqualTo(1);
    assertThat(output.toString(StandardCharsets.UTF_8)).contains("order status delivered");
  }

  @Test
  void autoRenewEverything_automatic_changesAllButTheManualOnlyServer() {
    List<io.github.ovhrenewal.core.fleet.RenewalChange> done =
        AutoRenewEverything.run(client, io.github.ovhrenewal.api.model.ServiceRenewMode.AUTOMATIC, null, out);

    assertThat(done).extracting(c -> c.result().wire()).containsExactly("changed", "changed", "changed", "refused");
    assertThat(sandbox.renewUpdates()).isEqualTo(3);
    assertThat(output.toString(StandardCharsets.UTF_8)).contains("445566", "refused", "allowed: manual");
  }

  @Test
  void listServices_seededAccount_soonestExpiryFirst() {
    List<Map.Entry<Long, ServiceDetails>> services = ListServices.run(client, LocalDate.now(), out);

    assertThat(services).hasSize(4);
    assertThat(services).extracting(e -> e.getValue().expirationDate()).isSorted();
    assertThat(output.toString(StandardCharsets.UTF_8)).contains("/vps/vps112233.ovh.net");
  }

  @Test
  void priceAllPeriods_vps_quotesEveryPeriodWithoutOrdering() {
    Map<String, BigDecimal> prices = PriceAllPeriods.run(client, "/vps", "vps112233.ovh.net", out);

    assertThat(prices).containsOnlyKeys("P1M", "P3M", "P6M", "P1Y");
    assertThat(prices.get("P3M")).isEqualByComparingTo("25.20");
    assertThat(sandbox.orderIds()).isEmpty();
  }

  @Test
  void renewDomainWithHosting_exampleOvh_oneOrderForBoth() {
    RenewOrder order = RenewDomainWithHosting.run(client, "example.ovh", out);

    assertThat(order.priceWithoutTax().value()).isEqualByComparingTo("37.87");
    assertThat(order.priceWithTax().value()).isEqualByComparingTo("45.44");
    assertThat(sandbox.orderIds()).containsExactly(order.orderId());
    assertThat(sandbox.paymentRequests()).isZero();
  }
}
