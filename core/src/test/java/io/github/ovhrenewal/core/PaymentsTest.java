package io.github.ovhrenewal.core;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.ovhrenewal.core.WireMockOvh.assertSignedWithoutBody;
import static io.github.ovhrenewal.core.WireMockOvh.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.ovhrenewal.api.model.PaymentMethod;
import io.github.ovhrenewal.api.model.PaymentMethodStatus;
import io.github.ovhrenewal.core.exception.PaymentMethodUnusableException;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PaymentsTest {
  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension();

  private RenewalClient client;

  @BeforeEach
  void setUp() {
    client = wm.client();
  }

  static String method(long id, String type, String status, boolean isDefault, String expiry) {
    return "{\"paymentMethodId\":" + id + ",\"paymentType\":\"" + type + "\",\"paymentSubType\":null,\"paymentMeanId\":" + (id + 1000)
        + ",\"status\":\"" + status + "\",\"label\":\"XXXX " + id + "\",\"description\":null,\"default\":" + isDefault
        + ",\"creationDate\":\"2024-01-02T03:04:05+01:00\",\"expirationDate\":" + (expiry == null ? "null" : "\"" + expiry + "\"")
        + ",\"icon\":{\"name\":\"x\"},\"integration\":\"NONE\",\"oneclick\":true,\"lastUpdate\":null}";
  }

  static void stubMethods() {
    stubMethods(wm);
  }

  /** Methods 3001 (PayPal), 3002 (card, default) and 3003 (card, expired) on a server. */
  static void stubMethods(WireMockOvh wm) {
    wm.stubFor(get(urlEqualTo("/1.0/me/payment/method")).willReturn(okJson("[3001,3002,3003]")));
    wm.stubFor(get(urlEqualTo("/1.0/me/payment/method/3001")).willReturn(okJson(method(3001, "PAYPAL", "VALID", false, null))));
    wm.stubFor(get(urlEqualTo("/1.0/me/payment/method/3002")).willReturn(okJson(method(3002, "CREDIT_CARD", "VALID", true, "2028-11-30T23:59:59+01:00"))));
    wm.stubFor(get(urlEqualTo("/1.0/me/payment/method/3003")).willReturn(okJson(method(3003, "CREDIT_CARD", "EXPIRED", false, "2026-10-31T23:59:59+01:00"))));
  }

  @Test
  void methods_noFilter_listsThenReadsEachInServerOrder() {
    stubMethods();

    List<PaymentMethod> methods = client.payments().methods();

    assertThat(methods).extracting(PaymentMethod::paymentMethodId).containsExactly(3001L, 3002L, 3003L);
    assertThat(methods.get(1).isDefaultMethod()).isTrue();
    assertThat(methods.get(1).expirationDate()).isEqualTo(OffsetDateTime.parse("2028-11-30T23:59:59+01:00"));
    assertThat(methods.get(2).status()).isEqualTo(PaymentMethodStatus.EXPIRED);
    List<LoggedRequest> sent = wm.signedRequests();
    assertThat(sent).extracting(LoggedRequest::getUrl).containsExactly(
        "/1.0/me/payment/method", "/1.0/me/payment/method/3001", "/1.0/me/payment/method/3002", "/1.0/me/payment/method/3003");
    sent.forEach(WireMockOvh::assertSignedWithoutBody);
  }

  @Test
  void methods_filter_sentAsQueryAndCheckedAgainOnEachMethod() {
    // A server that ignores the filters answers every id: the SDK still keeps only what matches.
    wm.stubFor(get(urlEqualTo("/1.0/me/payment/method?paymentType=CREDIT_CARD&status=VALID")).willReturn(okJson("[3001,3002,3003]")));
    stubMethods();

    List<PaymentMethod> methods = client.payments().methods(
        PaymentMethodFilter.all().paymentType("CREDIT_CARD").status(PaymentMethodStatus.VALID));

    assertThat(methods).extracting(PaymentMethod::paymentMethodId).containsExactly(3002L);
    assertThat(wm.count("GET", "/1.0/me/payment/method?paymentType=CREDIT_CARD&status=VALID")).isEqualTo(1);
  }

  @Test
  void defaultMethod_askedWithDefaultTrue_returnsTheDefault() {
    wm.stubFor(get(urlEqualTo("/1.0/me/payment/method?default=true")).willReturn(okJson("[3002]")));
    stubMethods();

    PaymentMethod method = client.payments().defaultMethod().orElseThrow();

    assertThat(method.paymentMethodId()).isEqualTo(3002L);
    assertThat(wm.signedRequests()).extracting(LoggedRequest::getUrl)
        .containsExactly("/1.0/me/payment/method?default=true", "/1.0/me/payment/method/3002");
  }

  @Test
  void defaultMethod_noneOnTheAccount_isEmpty() {
    wm.stubFor(get(urlEqualTo("/1.0/me/payment/method?default=true")).willReturn(okJson("[]")));

    assertThat(client.payments().defaultMethod()).isEmpty();
  }

  @Test
  void method_byId_readsIt() {
    stubMethods();

    PaymentMethod method = client.payments().method(3001);

    assertThat(method.paymentType()).isEqualTo("PAYPAL");
    assertSignedWithoutBody(wm.onlySignedRequest());
  }

  @Test
  void requireUsable_validMethod_returnsItWithOneRead() {
    stubMethods();

    assertThat(client.payments().requireUsable(3002).paymentMethodId()).isEqualTo(3002L);
    assertThat(wm.signedRequests()).hasSize(1);
  }

  @Test
  void requireUsable_expiredMethod_throwsNamingStatusExpiryAndTheValidOnes() {
    stubMethods();
    wm.stubFor(get(urlEqualTo("/1.0/me/payment/method?status=VALID")).willReturn(okJson("[3001,3002]")));

    PaymentMethodUnusableException e = catchThrowableOfType(PaymentMethodUnusableException.class,
        () -> client.payments().requireUsable(3003));

    assertThat(e).isNotNull();
    assertThat(e.paymentMethodId()).isEqualTo(3003L);
    assertThat(e.status()).isEqualTo(PaymentMethodStatus.EXPIRED);
    assertThat(e.getMessage()).contains("3003 (CREDIT_CARD)", "EXPIRED", "expiry 2026-10-31", "3001 (PAYPAL)", "3002 (CREDIT_CARD, default)",
        "nothing was ordered");
    assertThat(e.getMessage()).as("labels may hold an e-mail address").doesNotContain("XXXX");
  }

  @Test
  void requireUsable_unknownMethod_throwsWithoutStatus() {
    wm.stubFor(get(urlEqualTo("/1.0/me/payment/method/9999")).willReturn(notFound()
        .withHeader("Content-Type", "application/json").withBody("{\"class\":\"Client::NotFound\",\"message\":\"not found\"}")));
    wm.stubFor(get(urlEqualTo("/1.0/me/payment/method?status=VALID")).willReturn(okJson("[]")));

    PaymentMethodUnusableException e = catchThrowableOfType(PaymentMethodUnusableException.class,
        () -> client.payments().requireUsable(9999));

    assertThat(e).isNotNull();
    assertThat(e.status()).isNull();
    assertThat(e.getMessage()).contains("9999 does not exist", "no valid payment method");
  }

  @Test
  void badInput_nothingSent() {
    assertThatThrownBy(() -> client.payments().method(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("paymentMethodId");
    assertThatThrownBy(() -> client.payments().requireUsable(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.payments().methods(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PaymentMethodFilter.all().paymentType("PAY PAL&x=1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PAYPAL or CREDIT_CARD");
    assertThat(wm.received()).isEmpty();
  }
}
