package io.github.ovhrenewal.examples.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ovhrenewal.examples.sandbox.SandboxFaults.Garbage;
import java.io.IOException;
import okio.Buffer;
import okio.BufferedSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link SandboxFaults}: each fault fires once, after the call was carried out, as described. */
class SandboxFaultsTest {

  private static final String ORDER_BODY = "{\"dryRun\":false,\"duration\":\"P1M\",\"services\":[445566]}";
  private static final String PAY_BODY = "{\"paymentMean\":\"paypal\",\"paymentMeanId\":1234}";

  private OvhSandbox sandbox;
  private SandboxTestClient client;

  @BeforeEach
  void start() {
    sandbox = OvhSandbox.start();
    client = SandboxTestClient.of(sandbox);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private long order() throws IOException {
    SandboxTestClient.Answer answer = client.post("/service/445566/renew", ORDER_BODY);
    assertThat(answer.code()).as(answer.body()).isEqualTo(200);
    return ((Number) answer.object().get("orderId")).longValue();
  }

  private SandboxTestClient.Answer pay(long orderId) throws IOException {
    return client.post("/me/order/" + orderId + "/payWithRegisteredPaymentMean", PAY_BODY);
  }

  private String status(long orderId) throws IOException {
    return (String) client.get("/me/order/" + orderId + "/status").json();
  }

  @Test
  void nextPaymentAnswerGarbled_truncatedJson_answers200GarbageAndThePaymentIsMade() throws IOException {
    long orderId = order();
    sandbox.faults().nextPaymentAnswerGarbled(Garbage.TRUNCATED_JSON);

    SandboxTestClient.Answer answer = pay(orderId);

    assertThat(answer.code()).isEqualTo(200);
    assertThat(answer.headers().get("Content-Type")).startsWith("application/json");
    assertThat(answer.body()).startsWith("{\"orderId\":").doesNotEndWith("}");
    assertThat(answer.headers().get("X-Ovh-QueryId")).isNotBlank();
    assertThat(status(orderId)).isEqualTo("delivered");
    assertThat(sandbox.paymentRequests()).isEqualTo(1);
  }

  @Test
  void nextPaymentAnswerGarbled_html_answers200HtmlPageAndThePaymentIsMade() throws IOException {
    long orderId = order();
    sandbox.faults().nextPaymentAnswerGarbled(Garbage.HTML);

    SandboxTestClient.Answer answer = pay(orderId);

    assertThat(answer.code()).isEqualTo(200);
    assertThat(answer.headers().get("Content-Type")).startsWith("text/html");
    assertThat(answer.body()).startsWith("<html>").contains("502 Bad Gateway");
    assertThat(status(orderId)).isEqualTo("delivered");
  }

  @Test
  void nextPaymentAnswerGarbled_refusedPaymentFirst_firesOnTheNextPaymentMadeOnly() throws IOException {
    long first = order();
    long second = order();
    sandbox.faults().nextPaymentAnswerGarbled(Garbage.HTML);

    SandboxTestClient.Answer refused = client.post(
        "/me/order/" + first + "/payWithRegisteredPaymentMean", "{\"paymentMean\":\"paypal\",\"paymentMeanId\":9999}");
    SandboxTestClient.Answer garbled = pay(first);
    SandboxTestClient.Answer normal = pay(second);

    assertThat(refused.code()).isEqualTo(400);
    assertThat(refused.object()).containsEntry("class", "Client::BadRequest");
    assertThat(garbled.body()).startsWith("<html>");
    assertThat(normal.code()).isEqualTo(200);
    assertThat(normal.body()).isEqualTo("null");
    assertThat(status(first)).isEqualTo("delivered");
    assertThat(status(second)).isEqualTo("delivered");
  }

  @Test
  void nextOrderAnswerUnauthorized_order_answers401ButTheOrderExists() throws IOException {
    sandbox.faults().nextOrderAnswerUnauthorized();

    SandboxTestClient.Answer answer = client.post("/service/445566/renew", ORDER_BODY);

    assertThat(answer.code()).isEqualTo(401);
    assertThat(answer.object())
        .containsEntry("errorCode", "INVALID_CREDENTIAL")
        .containsEntry("httpCode", "401 Unauthorized");
    assertThat(answer.headers().get("X-Ovh-QueryId")).isNotBlank();
    assertThat(sandbox.orderIds()).hasSize(1);
    assertThat(sandbox.renewOrderRequests()).isEqualTo(1);
    long orderId = sandbox.orderIds().get(0);
    assertThat(client.get("/me/order/" + orderId).code()).isEqualTo(200);
    assertThat(status(orderId)).isEqualTo("notPaid");
  }

  @Test
  void nextOrderAnswerUnauthorized_dryRunFirst_spoilsOnlyTheRealOrderThenOnce() throws IOException {
    sandbox.faults().nextOrderAnswerUnauthorized();

    SandboxTestClient.Answer quote =
        client.post("/service/445566/renew", "{\"dryRun\":true,\"duration\":\"P1M\",\"services\":[445566]}");
    SandboxTestClient.Answer unauthorized = client.post("/service/445566/renew", ORDER_BODY);
    SandboxTestClient.Answer normal = client.post("/service/445566/renew", ORDER_BODY);

    assertThat(quote.code()).isEqualTo(200);
    assertThat(unauthorized.code()).isEqualTo(401);
    assertThat(normal.code()).isEqualTo(200);
    assertThat(sandbox.orderIds()).hasSize(2);
  }

  @Test
  void nextAnswerHuge_anyCall_streamsExactlyThatManyBytesOfJsonArrayOnce() throws IOException {
    long size = 8L * 1024 * 1024 + 3;
    sandbox.faults().nextAnswerHuge(size);

    long[] read = client.getStreaming("/service", response -> {
      assertThat(response.code()).isEqualTo(200);
      assertThat(response.header("Content-Length")).isEqualTo(Long.toString(size));
      assertThat(response.header("X-Ovh-QueryId")).isNotBlank();
      return drain(response.body().source(), Long.MAX_VALUE);
    });

    assertThat(read[0]).isEqualTo(size);
    assertThat(read[1]).as("first byte").isEqualTo('[');
    assertThat(client.get("/service").array()).hasSize(4);
  }

  @Test
  void nextAnswerHuge_oddAndSmallestSizes_stayValidJson() throws IOException {
    sandbox.faults().nextAnswerHuge(3);
    assertThat(client.get("/service").body()).isEqualTo("[0]");
    sandbox.faults().nextAnswerHuge(8);
    assertThat(client.get("/service").body()).isEqualTo("[0,0, 0]");
    assertThat(client.get("/service").array()).hasSize(4);
  }

  @Test
  void nextAnswerHuge_twiceTheHeap_servedWithoutHoldingItInMemory() throws IOException {
    // Larger than this JVM may ever hold: the sandbox (in this JVM) answers it only if it streams.
    long size = Runtime.getRuntime().maxMemory() * 2;
    sandbox.faults().nextAnswerHuge(size);

    long[] read = client.getStreaming("/service", response -> {
      assertThat(response.header("Content-Length")).isEqualTo(Long.toString(size));
      return drain(response.body().source(), 4L * 1024 * 1024);
    });

    assertThat(read[0]).isEqualTo(4L * 1024 * 1024);
    assertThat(client.get("/service").array()).hasSize(4);
  }

  @Test
  void nextAnswerHuge_givenPath_otherCallsAnsweredNormally() throws IOException {
    long orderId = order();
    sandbox.faults().nextAnswerHuge("/me/order/{orderId}/status", 1025);

    SandboxTestClient.Answer services = client.get("/service");
    SandboxTestClient.Answer order = client.get("/me/order/" + orderId);
    SandboxTestClient.Answer huge = client.get("/me/order/" + orderId + "/status");
    SandboxTestClient.Answer after = client.get("/me/order/" + orderId + "/status");

    assertThat(services.array()).hasSize(4);
    assertThat(order.code()).isEqualTo(200);
    assertThat(huge.body()).hasSize(1025).startsWith("[0,0,").endsWith(",0]");
    assertThat(after.json()).isEqualTo("notPaid");
  }

  @Test
  void nextAnswerHuge_onPayment_thePaymentIsMadeAndItsAnswerIsHuge() throws IOException {
    long orderId = order();
    sandbox.faults().nextAnswerHuge("/me/order/{orderId}/payWithRegisteredPaymentMean", 4096);

    SandboxTestClient.Answer answer = pay(orderId);

    assertThat(answer.body()).hasSize(4096);
    assertThat(status(orderId)).isEqualTo("delivered");
  }

  @Test
  void nextAnswerEndless_anyCall_chunkedWithoutLengthForAsLongAsTheClientReads() throws IOException {
    sandbox.faults().nextAnswerEndless();
    long wanted = 32L * 1024 * 1024;

    long[] read = client.getStreaming("/service", response -> {
      assertThat(response.code()).isEqualTo(200);
      assertThat(response.header("Transfer-Encoding")).isEqualToIgnoringCase("chunked");
      assertThat(response.header("Content-Length")).isNull();
      return drain(response.body().source(), wanted);
    });

    assertThat(read[0]).isEqualTo(wanted);
    assertThat(read[1]).as("first byte").isEqualTo('[');
    assertThat(client.get("/service").array()).hasSize(4);
  }

  @Test
  void nextAnswerEndless_givenPath_firesOnThatPathOnly() throws IOException {
    sandbox.faults().nextAnswerEndless("/service/{serviceId}");

    assertThat(client.get("/service").array()).hasSize(4);
    long[] read = client.getStreaming("/service/112233", response -> drain(response.body().source(), 100_000));

    assertThat(read[0]).isEqualTo(100_000);
    assertThat(client.get("/service/112233").object()).containsKey("expirationDate");
  }

  @Test
  void nextAnswerHuge_badArguments_refused() {
    assertThatThrownBy(() -> sandbox.faults().nextAnswerHuge(2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 3");
    assertThatThrownBy(() -> sandbox.faults().nextAnswerHuge("service", 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'service'");
    assertThatThrownBy(() -> sandbox.faults().nextPaymentAnswerGarbled(null)).isInstanceOf(NullPointerException.class);
  }

  /**
   * Reads up to {@code limit} bytes, checking each is JSON array content; returns the count and
   * the first byte. Holds one small buffer at a time.
   */
  private static long[] drain(BufferedSource source, long limit) throws IOException {
    Buffer buffer = new Buffer();
    long total = 0;
    long first = -1;
    while (total < limit) {
      long n = source.read(buffer, Math.min(64 * 1024, limit - total));
      if (n == -1) {
        break;
      }
      if (first == -1) {
        first = buffer.getByte(0);
      }
      while (!buffer.exhausted()) {
        byte b = buffer.readByte();
        if ("[]0, ".indexOf(b) < 0) {
          throw new AssertionError("byte " + b + " at " + total + " is not JSON array content");
        }
        total++;
      }
    }
    return new long[] {total, first};
  }
}
