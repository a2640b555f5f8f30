package io.github.ovhrenewal.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ovhrenewal.api.model.OrderStatus;
import io.github.ovhrenewal.api.model.PaymentMethod;
import io.github.ovhrenewal.api.model.PaymentMethodStatus;
import io.github.ovhrenewal.api.model.RenewMode;
import io.github.ovhrenewal.api.model.RenewOrder;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.api.model.ServiceRenewMode;
import io.github.ovhrenewal.core.PaymentMethodFilter;
import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.core.exception.PaymentMethodUnusableException;
import io.github.ovhrenewal.core.fleet.OrderOverview;
import io.github.ovhrenewal.core.fleet.ProgressListener;
import io.github.ovhrenewal.core.fleet.RenewSettings;
import io.github.ovhrenewal.core.fleet.RenewalChange;
import io.github.ovhrenewal.examples.sandbox.OvhSandbox;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Payment methods, orders to delivery and automatic renewal: the SDK end to end against the sandbox. */
class SdkPaymentsAndAutoRenewalTest {
  private OvhSandbox sandbox;
  private RenewalClient client;

  @BeforeEach
  void start() {
    sandbox = OvhSandbox.start();
    client = RenewalClient.builder().endpoint(sandbox.baseUrl()).applicationKey(sandbox.applicationKey())
        .applicationSecret(sandbox.applicationSecret()).consumerKey(sandbox.consumerKey())
        // Waiting for delivery must not really wait in a test.
        .sleeper(duration -> { })
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
    sandbox.close();
  }

  @Test
  void payWithDefaultMethod_orderedPaidAndAwaitedUntilDelivered() {
    sandbox.deliverAfterStatusReads(2);
    PaymentMethod card = client.payments().defaultMethod().orElseThrow();

    RenewOrder order = client.renewals().forService(sandbox.vpsServiceId()).choose(RenewPeriod.P1M).payWith(card.paymentMethodId()).order();
    OrderStatus status = client.orders().awaitStatus(order.orderId(), Set.of(OrderStatus.DELIVERED), Duration.ofMinutes(1));

    assertThat(card.paymentMethodId()).isEqualTo(3002L);
    assertThat(status).isEqualTo(OrderStatus.DELIVERED);
    assertThat(sandbox.paymentRequests()).isEqualTo(1);
    assertThat(sandbox.requestCount("GET", "/me/order/" + order.orderId() + "/status")).isEqualTo(3);
  }

  @Test
  void payWithExpiredMethod_refusedAndNothingOrdered() {
    assertThatThrownBy(() -> client.renewals().forService(sandbox.vpsServiceId()).choose(RenewPeriod.P1M).payWith(3003).order())
        .isInstanceOf(PaymentMethodUnusableException.class).hasMessageContaining("EXPIRED");
    assertThat(sandbox.renewOrderRequests()).isZero();
  }

  @Test
  void methodsFiltered_validCards_onlyTheDefaultCard() {
    List<PaymentMethod> cards = client.payments().methods(PaymentMethodFilter.all().paymentType("CREDIT_CARD").status(PaymentMethodStatus.VALID));

    assertThat(cards).extracting(PaymentMethod::paymentMethodId).containsExactly(3002L);
  }

  @Test
  void unpaidOrder_foundWithItsServiceThenPaidByMethod() {
    RenewOrder order = client.renewals().forService(sandbox.vpsServiceId()).choose(RenewPeriod.P1M).order();

    List<OrderOverview> unpaid = client.orders().unpaid(OffsetDateTime.now().minusDays(1));
    client.orders().pay(order.orderId(), 3001);

    assertThat(unpaid).extracting(OrderOverview::orderId).containsExactly(order.orderId());
    assertThat(unpaid.get(0).services()).containsExactly("vps112233.ovh.net");
    assertThat(client.orders().paymentMethods(order.orderId()).registered()).isEmpty();
    assertThat(client.orders().unpaid(OffsetDateTime.now().minusDays(1))).isEmpty();
    assertThat(client.orders().status(order.orderId())).isEqualTo(OrderStatus.DELIVERED);
  }

  @Test
  void renewalSettings_setAutomaticThenBulkManualWithOneRefusal() {
    RenewSettings before = client.services().renewSettings(sandbox.vpsServiceId());
    RenewalChange set = client.services().setRenewal(sandbox.vpsServiceId(), RenewMode.AUTOMATIC, RenewPeriod.P1Y);
    RenewSettings after = client.services().renewSettings(sandbox.vpsServiceId());
    sandbox.faults().renewUpdateRefused(sandbox.domainServiceId());
    List<RenewalChange> planned = client.services().planRenewalChanges(
        List.of(sandbox.vpsServiceId(), sandbox.domainServiceId(), sandbox.dedicatedServiceId()), ServiceRenewMode.AUTOMATIC, null,
        ProgressListener.none());
    List<RenewalChange> done = client.services().applyRenewalChanges(planned, ProgressListener.none());

    assertThat(before.mode()).isEqualTo(ServiceRenewMode.MANUAL);
    assertThat(set.result()).isEqualTo(RenewalChange.Result.CHANGED);
    assertThat(after.mode()).isEqualTo(ServiceRenewMode.AUTOMATIC);
    assertThat(after.period()).isEqualTo(RenewPeriod.P1Y);
    assertThat(done).extracting(RenewalChange::result).containsExactly(
        RenewalChange.Result.UNCHANGED, RenewalChange.Result.REFUSED, RenewalChange.Result.REFUSED);
    assertThat(done.get(1).reason()).contains("cannot be modified right now");
    assertThat(done.get(2).reason()).contains("allowed: manual");
    assertThat(sandbox.renewUpdates()).isEqualTo(1);
  }
}
