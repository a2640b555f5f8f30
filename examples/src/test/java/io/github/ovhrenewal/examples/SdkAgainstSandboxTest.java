package io.github.ovhrenewal.examples;

import io.github.ovhrenewal.core.RenewalChoice;
import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.core.exception.OvhException;
import io.github.ovhrenewal.core.exception.OrderOutcomeUnknownException;
import io.github.ovhrenewal.core.exception.OvhConflictException;
import io.github.ovhrenewal.core.exception.OvhInvalidSignatureException;
import io.github.ovhrenewal.core.exception.OvhNotFoundException;
import io.github.ovhrenewal.core.exception.OvhNotGrantedException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ovhrenewal.api.model.Order;
import io.github.ovhrenewal.api.model.OrderStatus;
import io.github.ovhrenewal.api.model.PaymentMean;
import io.github.ovhrenewal.api.model.RenewOrder;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.examples.sandbox.OvhSandbox;
import io.github.ovhrenewal.examples.sandbox.SandboxFaults.Garbage;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The SDK against the sandbox, which checks signatures and timestamps as OVH does with code of its own. */
class SdkAgainstSandboxTest {
  private OvhSandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = OvhSandbox.start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private RenewalClient client(String secret, String consumerKey) {
    return RenewalClient.builder()
        .endpoint(sandbox.baseUrl())
        .applicationKey(sandbox.applicationKey())
        .applicationSecret(secret)
        .consumerKey(consumerKey)
        .build();
  }

  private RenewalClient client() {
    return client(sandbox.applicationSecret(), sandbox.consumerKey());
  }

  @Test
  void guideFlow_vpsP3mPaidWithPaypal_orderDelivered() {
    try (RenewalClient client = client()) {
      long id = client.services().info("/vps", "vps112233.ovh.net").serviceId();
      RenewOrder order = client.renewals().forService(id).choose(RenewPeriod.P3M).order();
      assertThat(client.orders().status(order.orderId())).isEqualTo(OrderStatus.NOT_PAID);
      assertThat(client.orders().availableRegisteredPaymentMeans(order.orderId()))
          .extracting(m -> m.paymentMean()).contains(PaymentMean.PAYPAL);

      client.orders().payWithRegisteredPaymentMean(order.orderId(), PaymentMean.PAYPAL, 1234L);

      assertThat(id).isEqualTo(sandbox.vpsServiceId());
      assertThat(order.priceWithTax().value()).isEqualByComparingTo(new BigDecimal("25.20"));
      assertThat(client.orders().status(order.orderId())).isEqualTo(OrderStatus.DELIVERED);
      assertThat(sandbox.renewOrderRequests()).isEqualTo(1);
      assertThat(sandbox.paymentRequests()).isEqualTo(1);
    }
  }

  @Test
  void registeredPaymentMeanIds_seededAccount_paypal1234AndCard5678OnlyNothingOrdered() {
    try (RenewalClient client = client()) {
      assertThat(client.orders().registeredPaymentMeanIds(PaymentMean.PAYPAL)).containsExactly(1234L);
      assertThat(client.orders().registeredPaymentMeanIds(PaymentMean.CREDIT_CARD)).containsExactly(5678L);
      assertThat(client.orders().registeredPaymentMeanIds(PaymentMean.BANK_ACCOUNT)).isEmpty();
      assertThat(sandbox.renewOrderRequests()).isZero();
    }
  }

  @Test
  void quote_anyPeriod_createsNoOrder() {
    try (RenewalClient client = client()) {
      RenewOrder quote = client.renewals().forService(sandbox.vpsServiceId()).choose(RenewPeriod.P1Y).quote();

      assertThat(quote.priceWithoutTax().value()).isPositive();
      assertThat(sandbox.orderIds()).isEmpty();
    }
  }

  @Test
  void chooseWithServices_domainAndHosting_ordersBothTogether() {
    try (RenewalClient client = client()) {
      RenewOrder order = client.renewals().forService(sandbox.hostingServiceId())
          .choose(RenewPeriod.P1Y, List.of(sandbox.hostingServiceId(), sandbox.domainServiceId())).order();

      assertThat(order.priceWithoutTax().value()).isEqualByComparingTo(new BigDecimal("37.87"));
      assertThat(client.orders().createdSince(order.date().minusMinutes(1))).extracting(Order::orderId).containsExactly(order.orderId());
    }
  }

  @Test
  void choose_periodNotOffered_failsBeforeOrdering() {
    try (RenewalClient client = client()) {
      assertThatThrownBy(() -> client.renewals().forService(sandbox.vpsServiceId()).choose(RenewPeriod.P3Y))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("P3Y")
          .hasMessageContaining("[P1M, P3M, P6M, P1Y]");
      assertThat(sandbox.renewOrderRequests()).isZero();
    }
  }

  @Test
  void list_wrongSecret_invalidSignature() {
    try (RenewalClient client = client("not-the-secret", sandbox.consumerKey())) {
      assertThatThrownBy(() -> client.services().list())
          .isInstanceOfSatisfying(OvhInvalidSignatureException.class, e -> {
            assertThat(e.errorCode()).isEqualTo("INVALID_SIGNATURE");
            assertThat(e.queryId()).isNotBlank();
            assertThat(e.getMessage()).endsWith("[queryId: " + e.queryId() + "]");
          });
    }
  }

  @Test
  void list_serverClockOneHourAhead_timestampsStillAccepted() {
    sandbox.serverClockOffset(Duration.ofHours(1));
    try (RenewalClient client = client()) {
      assertThat(client.services().list()).hasSize(4);
      assertThat(client.serverTimeOffset()).isBetween(Duration.ofMinutes(59), Duration.ofMinutes(61));
    }
  }

  @Test
  void list_serverClockMovesAfterSync_resyncsOnceAndSucceeds() {
    try (RenewalClient client = client()) {
      client.services().list();
      sandbox.serverClockOffset(Duration.ofHours(-1));

      // The sandbox refuses the stale timestamp (QUERY_TIME_OUT); the client re-reads /auth/time once and retries.
      assertThat(client.services().list()).hasSize(4);
      assertThat(client.serverTimeOffset()).isBetween(Duration.ofMinutes(-61), Duration.ofMinutes(-59));
    }
  }

  @Test
  void order_serverClockMovesAfterSync_refusedNotResentThenNextOrderWorks() {
    try (RenewalClient client = client()) {
      RenewalChoice choice = client.renewals().forService(sandbox.vpsServiceId()).choose(RenewPeriod.P1M);
      sandbox.serverClockOffset(Duration.ofHours(-1));

      // An order is never sent twice, even after a refused timestamp; the clock is re-read for the next call.
      assertThatThrownBy(choice::order)
          .isInstanceOfSatisfying(OvhInvalidSignatureException.class, e -> assertThat(e.isQueryTimeOut()).isTrue());
      assertThat(sandbox.orderIds()).isEmpty();

      RenewOrder order = choice.order();
      assertThat(sandbox.orderIds()).containsExactly(order.orderId());
      // The sandbox counts authenticated renew requests: the refused one never got that far.
      assertThat(sandbox.renewOrderRequests()).isEqualTo(1);
    }
  }

  @Test
  void get_unknownService_notFound() {
    try (RenewalClient client = client()) {
      assertThatThrownBy(() -> client.services().get(999)).isInstanceOf(OvhNotFoundException.class);
      assertThatThrownBy(() -> client.services().info("/vps", "nope.ovh.net")).isInstanceOf(OvhNotFoundException.class);
    }
  }

  @Test
  void pay_twice_conflictAndOnlyOnePaymentMade() {
    try (RenewalClient client = client()) {
      RenewOrder order = client.renewals().forService(sandbox.domainServiceId()).choose(RenewPeriod.P1Y).order();
      client.orders().payWithRegisteredPaymentMean(order.orderId(), PaymentMean.PAYPAL, 1234L);

      assertThatThrownBy(() -> client.orders().payWithRegisteredPaymentMean(order.orderId(), PaymentMean.PAYPAL, 1234L))
          .isInstanceOf(OvhConflictException.class);
      assertThat(sandbox.paymentRequests()).isEqualTo(2);
    }
  }

  @Test
  void order_readOnlyConsumerKey_notGranted() {
    try (RenewalClient client = client(sandbox.applicationSecret(), sandbox.readOnlyConsumerKey())) {
      assertThatThrownBy(() -> client.renewals().forService(sandbox.vpsServiceId()).choose(RenewPeriod.P1M).order())
          .isInstanceOfSatisfying(OvhNotGrantedException.class, e -> assertThat(e.errorCode()).isEqualTo("NOT_GRANTED_CALL"));
      assertThat(sandbox.orderIds()).isEmpty();
    }
  }

  @Test
  void order_answerDroppedOnReusedConnection_reportedOnceNeverResent() {
    try (RenewalClient client = client()) {
      // Earlier calls leave a pooled connection: the order goes out on a reused one, where OkHttp
      // would silently re-send a repeatable body after a lost answer.
      client.services().list();
      client.services().list();
      sandbox.dropNextOrderAnswer();

      assertThatThrownBy(() -> client.renewals().forService(sandbox.vpsServiceId()).choose(RenewPeriod.P1M).order())
          .isInstanceOfSatisfying(OrderOutcomeUnknownException.class, e -> {
            assertThat(e.serviceId()).isEqualTo(sandbox.vpsServiceId());
            assertThat(e.period()).isEqualTo(RenewPeriod.P1M);
            assertThat(e.getMessage()).contains("may exist");
          });
      assertThat(sandbox.renewOrderRequests()).isEqualTo(1);
      assertThat(sandbox.orderIds()).hasSize(1);
    }
  }

  @Test
  void createdSince_afterLostAnswer_findsTheOrder() {
    try (RenewalClient client = client()) {
      sandbox.dropNextOrderAnswer();
      OrderOutcomeUnknownException lost = null;
      try {
        client.renewals().forService(sandbox.vpsServiceId()).choose(RenewPeriod.P1M).order();
      } catch (OrderOutcomeUnknownException e) {
        lost = e;
      }

      assertThat(lost).isNotNull();
      assertThat(client.orders().createdSince(lost.attemptedAt())).extracting(Order::orderId).containsExactlyElementsOf(sandbox.orderIds());
    }
  }

  @ParameterizedTest
  @EnumSource(Garbage.class)
  void pay_paymentMadeAnswerGarbled_outcomeUnknownSentOnce(Garbage garbage) {
    try (RenewalClient client = client()) {
      RenewOrder order = client.renewals().forService(sandbox.vpsServiceId()).choose(RenewPeriod.P1M).order();
      sandbox.faults().nextPaymentAnswerGarbled(garbage);

      assertThatThrownBy(() -> client.orders().payWithRegisteredPaymentMean(order.orderId(), PaymentMean.PAYPAL, 1234L))
          .isInstanceOfSatisfying(OrderOutcomeUnknownException.class, e -> assertThat(e.orderId()).isEqualTo(order.orderId()));
      assertThat(sandbox.paymentRequests()).isEqualTo(1);
      assertThat(client.orders().status(order.orderId())).isEqualTo(OrderStatus.DELIVERED);
    }
  }

  @Test
  void order_answered401AfterItWasCommitted_failsAndIsNeverResent() {
    try (RenewalClient client = client()) {
      sandbox.faults().nextOrderAnswerUnauthorized();

      assertThatThrownBy(() -> client.renewals().forService(sandbox.vpsServiceId()).choose(RenewPeriod.P1M).order())
          .isInstanceOf(OvhException.class);
      assertThat(sandbox.renewOrderRequests()).isEqualTo(1);
      assertThat(sandbox.orderIds()).hasSize(1);
    }
  }
}
