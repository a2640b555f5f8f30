package io.github.ovhrenewal.examples;

import io.github.ovhrenewal.core.RenewalChoice;
import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.api.model.OrderStatus;
import io.github.ovhrenewal.api.model.PaymentMean;
import io.github.ovhrenewal.api.model.RenewDescription;
import io.github.ovhrenewal.api.model.RenewOrder;
import io.github.ovhrenewal.api.model.RenewPeriod;
import java.io.PrintStream;
import java.util.List;

/**
 * The OVH renewal guide's VPS example: renew {@code vps112233.ovh.net} for three months and pay
 * with PayPal account 1234.
 *
 * <pre>
 * java -cp examples/target/ovh-renew.jar io.github.ovhrenewal.examples.RenewVps --sandbox
 * java -cp examples/target/ovh-renew.jar io.github.ovhrenewal.examples.RenewVps [VPS_NAME [PERIOD [PAYPAL_ID]]]   # with OVH_* set
 * </pre>
 */
public final class RenewVps {
  /** The arguments, as the usage line shows them. */
  static final String ARGUMENTS =
      "[--sandbox] [VPS_NAME [PERIOD [PAYPAL_ID]]]  (defaults: vps112233.ovh.net P3M 1234; PERIOD is P1M, P3M, P6M, P1Y...)";

  private RenewVps() {}

  /**
   * Runs the example and exits with its code (see {@link ExampleSession}).
   *
   * @param args {@code [--sandbox] [VPS_NAME [PERIOD [PAYPAL_ID]]]}, defaulting to the guide's values
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * The example's {@code main}, without leaving the JVM.
   *
   * @param args as {@link #main}
   * @param out where the example reports
   * @param err where a failure is reported, in one line
   * @return the exit code: 0 paid, 1 the API failed, 2 bad usage or no configuration, 3 outcome unknown
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return ExampleSession.run("RenewVps", ARGUMENTS, args, out, err, RenewVps::scenario);
  }

  /** Reads and checks every argument, then runs the guide's flow. */
  static void scenario(ExampleSession session, PrintStream out) {
    session.requireArgCount(0, 1, 2, 3);
    String vpsName = session.arg(0, "vps112233.ovh.net");
    RenewPeriod period = RenewPeriod.parse(session.arg(1, "P3M"));
    long paypalId = session.positiveLongArg(2, "PAYPAL_ID", 1234L);
    run(session.client(), vpsName, period, paypalId, out);
  }

  /**
   * The guide's flow.
   *
   * @param client the client
   * @param vpsName the VPS to renew
   * @param period how long to renew it for
   * @param paypalId the registered PayPal account that pays
   * @param out where to report
   * @return the paid order
   */
  public static RenewOrder run(RenewalClient client, String vpsName, RenewPeriod period, long paypalId, PrintStream out) {
    // 1. The guide starts from the VPS's name: its serviceInfos give the serviceId the renewal API needs.
    long serviceId = client.services().info("/vps", vpsName).serviceId();
    out.println("VPS " + vpsName + " is service " + serviceId);

    // 2. The renewal offers: one entry per period, each with its strategies (combinations of services).
    List<RenewDescription> offers = client.renewals().forService(serviceId).options();
    out.println("Offered periods: " + offers.stream().map(RenewDescription::renewPeriod).toList());

    // 3. The guide's checkStrategy: the strategy renewing this VPS alone for the period. choose()
    //    fails here, before anything is ordered, if the period is not offered.
    RenewalChoice choice = client.renewals().forService(serviceId).choose(period);
    out.println("Renewing " + choice.services() + " for " + choice.period() + " at " + choice.price().formatted() + " without tax");

    // 4. The order (dryRun false). Sent once: if its answer is lost, OrderOutcomeUnknownException says so.
    RenewOrder order = choice.order();
    out.println("Order " + order.orderId() + ": " + order.priceWithTax().formatted() + " with tax");

    // 5. Pay it with the registered PayPal account, as the guide does, then read the order's status:
    //    only a status such as delivered says that the payment was made.
    client.orders().payWithRegisteredPaymentMean(order.orderId(), PaymentMean.PAYPAL, paypalId);
    OrderStatus status = client.orders().status(order.orderId());
    out.println("Payment sent with paypal " + paypalId + ": order status " + status);
    return order;
  }
}
