package io.github.ovhrenewal.examples.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ovhrenewal.api.model.PaymentMean;
import io.github.ovhrenewal.api.model.RenewMode;
import io.github.ovhrenewal.api.model.RenewOrder;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.api.model.ServiceDetails;
import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.core.exception.OvhApiException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SDK's renewal calls on generated fleet services, as a fleet renewal makes them. */
class SandboxFleetSdkTest {

  private static final int FLEET = 200;

  private OvhSandbox sandbox;
  private RenewalClient client;
  private List<SandboxService> fleet;

  @BeforeEach
  void start() {
    sandbox = OvhSandbox.startWithFleet(FLEET);
    fleet = SandboxFleet.generate(FLEET, sandbox.seedDate());
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

  private SandboxService manual(String routePath) {
    return fleet.stream()
        .filter(s -> s.routePath().equals(routePath) && s.expires() && !s.isAutomatic()
            && !s.terminationPending() && s.possibleIntervals().contains(s.renewPeriod()))
        .findFirst().orElseThrow();
  }

  @Test
  void renew_fleetDedicatedServerAtItsCurrentPeriod_paidAndExpirationMoved() {
    SandboxService server = manual("/dedicated/server/{serviceName}");
    OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1);
    RenewPeriod period = RenewPeriod.parse(server.renewPeriod());

    RenewOrder quote = client.renewals().forService(server.id()).choose(period).quote();
    RenewOrder order = client.renewals().forService(server.id()).choose(period).order();
    client.orders().payWithRegisteredPaymentMean(order.orderId(), PaymentMean.PAYPAL, 1234L);
    ServiceDetails after = client.services().get(server.id());

    assertThat(quote.priceWithoutTax().value()).isEqualByComparingTo(server.currentPrice());
    assertThat(order.priceWithTax().value()).isEqualByComparingTo(quote.priceWithTax().value());
    assertThat(client.orders().list(before, null)).containsExactly(order.orderId());
    LocalDate moved = server.expiration().plus(Period.parse(server.renewPeriod()));
    assertThat(after.expirationDate()).isEqualTo(moved);
    assertThat(after.renew().interval()).isEqualTo(period);
    assertThat(after.renew().mode()).isEqualTo(RenewMode.MANUAL);
    assertThat(sandbox.expirationOf(server.id())).isEqualTo(moved);
  }

  @Test
  void renew_fleetAddOnAlone_orderedForItselfOnly() {
    SandboxService addOn = fleet.stream()
        .filter(s -> s.parentId() != null && s.possibleIntervals().contains("P1Y"))
        .findFirst().orElseThrow();

    RenewOrder order = client.renewals().forService(addOn.id()).choose(RenewPeriod.P1Y).order();

    assertThat(order.priceWithoutTax().value()).isEqualByComparingTo(addOn.product().prices().get("P1Y"));
    assertThat(sandbox.expirationOf(addOn.parentId())).isEqualTo(addOn.expiration());
  }

  @Test
  void renew_pricingFails_sdkSeesServerErrorWithQueryId() {
    SandboxService domain = manual("/domain/{serviceName}");
    sandbox.faults().pricingFails(domain.id());

    assertThatThrownBy(() -> client.renewals().forService(domain.id()).options())
        .isInstanceOfSatisfying(OvhApiException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(500);
          assertThat(e.queryId()).startsWith("EU.ext-3.");
        });
    assertThat(sandbox.orderIds()).isEmpty();
  }
}
