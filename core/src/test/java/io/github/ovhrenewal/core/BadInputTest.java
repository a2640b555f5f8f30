package io.github.ovhrenewal.core;

import io.github.ovhrenewal.core.config.Endpoint;
import static io.github.ovhrenewal.core.WireMockOvh.APPLICATION_KEY;
import static io.github.ovhrenewal.core.WireMockOvh.APPLICATION_SECRET;
import static io.github.ovhrenewal.core.WireMockOvh.CONSUMER_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ovhrenewal.api.model.PaymentMean;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.api.model.RenewStrategy;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BadInputTest {
  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension();

  private static final String ENDPOINT_NAMES =
      "[ovh-eu, ovh-ca, ovh-us, kimsufi-eu, kimsufi-ca, soyoustart-eu, soyoustart-ca]";

  private RenewalClient client;

  @BeforeEach
  void setUp() {
    client = wm.client();
  }

  static Stream<Arguments> badBuilders() {
    return Stream.of(
        builderCase("applicationKey null", b -> b.applicationKey(null), "applicationKey must not be null"),
        builderCase("applicationKey blank", b -> b.applicationKey(" \t"), "applicationKey must not be blank"),
        builderCase("applicationSecret null", b -> b.applicationSecret(null), "applicationSecret must not be null"),
        builderCase("applicationSecret blank", b -> b.applicationSecret(""), "applicationSecret must not be blank"),
        builderCase("consumerKey null", b -> b.consumerKey(null), "consumerKey must not be null"),
        builderCase("consumerKey blank", b -> b.consumerKey("   "), "consumerKey must not be blank"),
        builderCase("endpoint unknown name", b -> b.endpoint("ovh-mars"),
            "unknown endpoint 'ovh-mars'; expected one of " + ENDPOINT_NAMES),
        builderCase("endpoint null name", b -> b.endpoint((String) null), "endpoint must not be null"),
        builderCase("endpoint blank name", b -> b.endpoint(" "), "endpoint must not be blank"),
        builderCase("endpoint null", b -> b.endpoint((Endpoint) null), "endpoint must not be null"),
        builderCase("endpoint plain http to remote host", b -> b.endpoint("http://example.com/1.0"),
            "endpoint URL 'http://example.com/1.0' uses plain http"),
        builderCase("connectTimeout zero", b -> b.connectTimeout(Duration.ZERO), "connectTimeout must be positive, got PT0S"),
        builderCase("connectTimeout negative", b -> b.connectTimeout(Duration.ofSeconds(-1)), "connectTimeout must be positive, got PT-1S"),
        builderCase("connectTimeout null", b -> b.connectTimeout(null), "connectTimeout must not be null"),
        builderCase("readTimeout zero", b -> b.readTimeout(Duration.ZERO), "readTimeout must be positive"),
        builderCase("readTimeout negative", b -> b.readTimeout(Duration.ofMillis(-5)), "readTimeout must be positive"),
        builderCase("callTimeout zero", b -> b.callTimeout(Duration.ZERO), "callTimeout must be positive"),
        builderCase("callTimeout negative", b -> b.callTimeout(Duration.ofMinutes(-1)), "callTimeout must be positive"),
        builderCase("clock null", b -> b.clock(null), "clock must not be null"),
        builderCase("okHttpClient null", b -> b.okHttpClient(null), "okHttpClient must not be null"));
  }

  private static Arguments builderCase(String label, UnaryOperator<RenewalClient.Builder> change, String message) {
    return Arguments.of(label, change, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badBuilders")
  void build_badConfiguration_throwsNamingTheSettingWithoutSecrets(
      String label, UnaryOperator<RenewalClient.Builder> change, String message) {
    IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
        () -> change.apply(wm.builder()).build());

    assertThat(e).as(label).isNotNull();
    assertThat(e.getMessage()).contains(message);
    assertNoSecret(e.getMessage());
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void build_noEndpoint_throwsListingValidNames() {
    RenewalClient.Builder builder = RenewalClient.builder()
        .applicationKey(APPLICATION_KEY).applicationSecret(APPLICATION_SECRET).consumerKey(CONSUMER_KEY);

    IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class, builder::build);

    assertThat(e.getMessage()).isEqualTo("endpoint must be set: one of " + ENDPOINT_NAMES + " or an absolute URL");
    assertNoSecret(builder.toString());
  }

  @Test
  void fromEnvironment_missingVariables_namesEachWithoutSecrets() {
    IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
        () -> RenewalClient.fromEnvironment(Map.of(
            "OVH_ENDPOINT", "ovh-eu", "OVH_APPLICATION_SECRET", APPLICATION_SECRET, "OVH_CONSUMER_KEY", " ")));

    assertThat(e.getMessage()).isEqualTo(
        "cannot configure the OVH client for endpoint ovh-eu (https://eu.api.ovh.com/1.0): missing application_key, consumer_key;"
            + " each source and why it gave nothing:"
            + "\n  application_key:\n    builder: not set\n    OVH_APPLICATION_KEY: not set"
            + "\n  consumer_key:\n    builder: not set\n    OVH_CONSUMER_KEY: empty");
    assertNoSecret(e.getMessage());
  }

  static Stream<Arguments> badCalls() {
    return Stream.of(
        callCase("services().get(0)", c -> c.services().get(0), "serviceId must be a positive number, got 0"),
        callCase("services().get(-1)", c -> c.services().get(-1), "serviceId must be a positive number, got -1"),
        callCase("info(\" \", \"x\")", c -> c.services().info(" ", "x"), "route must not be blank"),
        callCase("info(null, \"x\")", c -> c.services().info(null, "x"), "route must not be null"),
        callCase("info(\"/vps\", \"\")", c -> c.services().info("/vps", ""), "serviceName must not be blank"),
        callCase("info(\"/vps\", null)", c -> c.services().info("/vps", null), "serviceName must not be null"),
        callCase("info(\"../x\", \"y\")", c -> c.services().info("../x", "y"), "route '../x' is not a product route"),
        callCase("info(\"/vps?x=1\", \"y\")", c -> c.services().info("/vps?x=1", "y"), "route '/vps?x=1' is not a product route"),
        callCase("info(\"/vps\", \"..\")", c -> c.services().info("/vps", ".."), "serviceName '..' is not a service name"),
        callCase("info(\"/vps\", \" vps112233.ovh.net \")", c -> c.services().info("/vps", " vps112233.ovh.net "),
            "serviceName ' vps112233.ovh.net ' has leading or trailing blanks; expected the name exactly as OVH shows it"),
        callCase("info(\"/vps\", \"vps112233.ovh.net\\n\")", c -> c.services().info("/vps", "vps112233.ovh.net\n"),
            "serviceName 'vps112233.ovh.net\n' has leading or trailing blanks"),
        callCase("forService(\"/vps\", \"\\tvps112233.ovh.net\")", c -> c.renewals().forService("/vps", "\tvps112233.ovh.net"),
            "serviceName '\tvps112233.ovh.net' has leading or trailing blanks"),
        callCase("forService(\"/vps\", \"vps112233.ovh.net\\u2003\")", c -> c.renewals().forService("/vps", "vps112233.ovh.net\u2003"),
            "serviceName 'vps112233.ovh.net\u2003' has leading or trailing blanks"),
        callCase("forService(\"/vps\", \"\\u00a0vps112233.ovh.net\")", c -> c.renewals().forService("/vps", "\u00a0vps112233.ovh.net"),
            "serviceName '\u00a0vps112233.ovh.net' has leading or trailing blanks"),
        callCase("forService(0)", c -> c.renewals().forService(0), "serviceId must be a positive number, got 0"),
        callCase("info(huge route)", c -> c.services().info("/" + "v".repeat(100_000) + "?", "x"),
            "route '/" + "v".repeat(199) + "… (100002 chars)' is not a product route"),
        callCase("forService(\"../x\", \"y\")", c -> c.renewals().forService("../x", "y"), "route '../x' is not a product route"),
        callCase("forService(\"/vps\", \" \")", c -> c.renewals().forService("/vps", " "), "serviceName must not be blank"),
        callCase("choose(null)", c -> c.renewals().forService(12345).choose((RenewPeriod) null), "period must not be null"),
        callCase("choose(P1Y, null)", c -> c.renewals().forService(12345).choose(RenewPeriod.P1Y, (List<Long>) null),
            "services must not be null"),
        callCase("choose(P1Y, [])", c -> c.renewals().forService(12345).choose(RenewPeriod.P1Y, List.of()),
            "services must be positive service ids, got []"),
        callCase("choose(P1Y, [12345, 0])", c -> c.renewals().forService(12345).choose(RenewPeriod.P1Y, List.of(12345L, 0L)),
            "services must be positive service ids, got [12345, 0]"),
        callCase("choose(P1Y, (RenewStrategy) null)", c -> c.renewals().forService(12345).choose(RenewPeriod.P1Y, (RenewStrategy) null),
            "strategy must not be null"),
        callCase("choose(null, strategy)", c -> c.renewals().forService(12345)
            .choose(null, new RenewStrategy(null, null, List.of(12345L), List.of())), "period must not be null"),
        callCase("byRoute choose(null)", c -> c.renewals().forService("/vps", "vps112233.ovh.net").choose((RenewPeriod) null),
            "period must not be null"),
        callCase("orders().get(0)", c -> c.orders().get(0), "orderId must be a positive number, got 0"),
        callCase("orders().status(-7)", c -> c.orders().status(-7), "orderId must be a positive number, got -7"),
        callCase("availableRegisteredPaymentMeans(0)", c -> c.orders().availableRegisteredPaymentMeans(0),
            "orderId must be a positive number, got 0"),
        callCase("list(to before from)", c -> c.orders().list(
            OffsetDateTime.parse("2024-02-01T00:00:00Z"), OffsetDateTime.parse("2024-01-01T00:00:00Z")), "date range is empty"),
        callCase("createdSince(null)", c -> c.orders().createdSince(null), "from must not be null"),
        callCase("pay(0, paypal, 1)", c -> c.orders().payWithRegisteredPaymentMean(0, PaymentMean.PAYPAL, 1L),
            "orderId must be a positive number, got 0"),
        callCase("pay(1, null, 1)", c -> c.orders().payWithRegisteredPaymentMean(1, null, 1L), "paymentMean must not be null"),
        callCase("pay(1, paypal, null)", c -> c.orders().payWithRegisteredPaymentMean(1, PaymentMean.PAYPAL, null),
            "paymentMeanId is mandatory for paymentMean 'paypal'"),
        callCase("pay(1, creditCard)", c -> c.orders().payWithRegisteredPaymentMean(1, PaymentMean.CREDIT_CARD),
            "paymentMeanId is mandatory for paymentMean 'creditCard'"),
        callCase("pay(1, paypal, -3)", c -> c.orders().payWithRegisteredPaymentMean(1, PaymentMean.PAYPAL, -3L),
            "paymentMeanId -3 must be a positive number"),
        callCase("pay(1, paypal, 0)", c -> c.orders().payWithRegisteredPaymentMean(1, PaymentMean.PAYPAL, 0L),
            "paymentMeanId 0 must be a positive number"));
  }

  private static Arguments callCase(String label, Consumer<RenewalClient> call, String message) {
    return Arguments.of(label, call, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCalls")
  void call_badArgument_throwsNamingArgumentAndSendsNothing(String label, Consumer<RenewalClient> call, String message) {
    IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class, () -> call.accept(client));

    assertThat(e).as(label).isNotNull();
    assertThat(e.getMessage()).contains(message);
    assertNoSecret(e.getMessage());
    // Not even /auth/time: bad input fails before the client touches the network.
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void toString_clientAndBuilder_showApplicationKeyButNoSecret() {
    RenewalClient.Builder builder = wm.builder();

    assertThat(client.toString())
        .startsWith("RenewalClient[endpoint=http://localhost:" + wm.getPort() + "/1.0, applicationKey=" + APPLICATION_KEY + ", retryPolicy=");
    assertThat(builder.toString()).contains(APPLICATION_KEY);
    assertNoSecret(client.toString());
    assertNoSecret(builder.toString());
    assertNoSecret(client.renewals().forService(12345).toString());
    assertNoSecret(client.renewals().forService("/vps", "vps112233.ovh.net").toString());
    assertNoSecret(client.endpoint().toString());
  }

  private static void assertNoSecret(String text) {
    assertThat(text).doesNotContain(APPLICATION_SECRET).doesNotContain(CONSUMER_KEY);
  }
}
