package io.github.ovhrenewal.core;

import io.github.ovhrenewal.core.exception.OrderOutcomeUnknownException;
import io.github.ovhrenewal.core.exception.OvhDecodingException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ovhrenewal.api.model.PaymentMean;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.core.StreamingOvhServer.Endless;
import io.github.ovhrenewal.core.StreamingOvhServer.Huge;
import io.github.ovhrenewal.core.StreamingOvhServer.Json;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Answers larger than the client's cap abort the call with a typed error, never an
 * {@code OutOfMemoryError}. This class runs in a JVM of its own with a 64 MiB heap (see the
 * surefire execution {@code small-heap} in this module's pom), so a body held whole, or copied,
 * would fail it.
 */
class BodyCapTest {
  private static final long MIB = 1L << 20;
  private static final String OFFERS =
      "[{\"renewPeriod\":\"P1Y\",\"strategies\":[{\"services\":[5],\"price\":{\"value\":1.99,\"currencyCode\":\"EUR\"}}]}]";

  private StreamingOvhServer server;
  private RenewalClient client;

  @BeforeEach
  void setUp() throws IOException {
    server = new StreamingOvhServer().on("GET", "/1.0/auth/time", new Json(Long.toString(WireMockOvh.SERVER_EPOCH_SECONDS)));
    client = WireMockOvh.builder(server.port()).build();
  }

  @AfterEach
  void tearDown() throws IOException {
    client.close();
    server.close();
  }

  @Test
  void list_200MiBBodyWithLength_decodingErrorNamingCapAndNotRetried() {
    server.on("GET", "/1.0/service", new Huge(200 * MIB, true));

    assertThatThrownBy(() -> client.services().list())
        .isInstanceOf(OvhDecodingException.class)
        .hasMessageContaining("16 MiB")
        .hasMessageContaining("maxResponseBytes")
        .hasMessageContaining("EU.stream-1");
    assertThat(server.count("GET", "/1.0/service")).as("the same answer would come again: not retried").isEqualTo(1);
  }

  @Test
  void list_200MiBBodyWithoutLength_decodingErrorNamingCap() {
    server.on("GET", "/1.0/service", new Huge(200 * MIB, false));

    assertThatThrownBy(() -> client.services().list()).isInstanceOf(OvhDecodingException.class).hasMessageContaining("16 MiB");
    assertThat(server.count("GET", "/1.0/service")).isEqualTo(1);
  }

  @Test
  void list_endlessChunkedBody_decodingErrorNamingCap() {
    server.on("GET", "/1.0/service", new Endless());

    assertThatThrownBy(() -> client.services().list()).isInstanceOf(OvhDecodingException.class).hasMessageContaining("16 MiB");
    assertThat(server.count("GET", "/1.0/service")).isEqualTo(1);
  }

  @Test
  void order_endlessAnswer_outcomeUnknownNamingCapAndSentOnce() {
    server.on("GET", "/1.0/service/5/renew", new Json(OFFERS)).on("POST", "/1.0/service/5/renew", new Endless());

    OrderOutcomeUnknownException e = catchThrowableOfType(
        OrderOutcomeUnknownException.class, () -> client.renewals().forService(5).choose(RenewPeriod.P1Y).order());

    assertThat(e).isNotNull();
    assertThat(e.getCause()).isInstanceOf(OvhDecodingException.class).hasMessageContaining("16 MiB");
    assertThat(server.count("POST", "/1.0/service/5/renew")).isEqualTo(1);
  }

  @Test
  void payWithRegisteredPaymentMean_hugeAnswer_outcomeUnknownAndSentOnce() {
    server.on("POST", "/1.0/me/order/9/payWithRegisteredPaymentMean", new Huge(200 * MIB, false));

    assertThatThrownBy(() -> client.orders().payWithRegisteredPaymentMean(9, PaymentMean.PAYPAL, 1234L))
        .isInstanceOf(OrderOutcomeUnknownException.class);
    assertThat(server.count("POST", "/1.0/me/order/9/payWithRegisteredPaymentMean")).isEqualTo(1);
  }

  @Test
  void list_bodyExactlyAtCap_read() {
    try (RenewalClient capped = WireMockOvh.builder(server.port()).maxResponseBytes(1024).build()) {
      server.on("GET", "/1.0/service", new Json("[1" + " ".repeat(1024 - 3) + "]"));

      assertThat(capped.services().list()).containsExactly(1L);
    }
  }

  @Test
  void list_bodyOneByteOverCap_decodingErrorNamingCap() {
    try (RenewalClient capped = WireMockOvh.builder(server.port()).maxResponseBytes(1024).build()) {
      server.on("GET", "/1.0/service", new Json("[1" + " ".repeat(1024 - 2) + "]"));

      assertThatThrownBy(capped.services()::list).isInstanceOf(OvhDecodingException.class).hasMessageContaining("1 KiB");
    }
  }

  @Test
  void maxResponseBytes_outOfRange_refusedNamingRange() {
    assertThatThrownBy(() -> RenewalClient.builder().maxResponseBytes(1023))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxResponseBytes must be from 1024 (1 KiB) to 1073741824 (1 GiB), got 1023");
    assertThatThrownBy(() -> RenewalClient.builder().maxResponseBytes((1L << 30) + 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
