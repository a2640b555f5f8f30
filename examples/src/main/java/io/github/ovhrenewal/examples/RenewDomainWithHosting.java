package io.github.ovhrenewal.examples;

import io.github.ovhrenewal.core.RenewalChoice;
import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.api.model.RenewOrder;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.api.model.ServiceInfos;
import java.io.PrintStream;
import java.util.List;

/**
 * Renews a web hosting together with its domain in one order, as the guide's second strategy
 * ({@code "services": [67890, 12345]}) does. The order is left unpaid.
 *
 * <pre>
 * java -cp examples/target/ovh-renew.jar io.github.ovhrenewal.examples.RenewDomainWithHosting --sandbox
 * </pre>
 */
public final class RenewDomainWithHosting {
  /** The arguments, as the usage line shows them. */
  static final String ARGUMENTS = "[--sandbox] [DOMAIN]  (a domain and its web hosting of the same name; default: example.ovh)";

  private RenewDomainWithHosting() {}

  /**
   * Runs the example and exits with its code (see {@link ExampleSession}).
   *
   * @param args {@code [--sandbox] [DOMAIN]}, by default {@code example.ovh}
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
   * @return the exit code: 0 ordered, 1 the API failed, 2 bad usage or no configuration, 3 outcome unknown
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return ExampleSession.run("RenewDomainWithHosting", ARGUMENTS, args, out, err, RenewDomainWithHosting::scenario);
  }

  /** Checks the arguments, then orders. */
  static void scenario(ExampleSession session, PrintStream out) {
    session.requireArgCount(0, 1);
    run(session.client(), session.arg(0, "example.ovh"), out);
  }

  /**
   * Orders the joint renewal for one year.
   *
   * @param client the client
   * @param domain the domain, whose web hosting has the same name
   * @param out where to write
   * @return the order
   */
  public static RenewOrder run(RenewalClient client, String domain, PrintStream out) {
    // 1. Both services' ids, from their products' serviceInfos.
    ServiceInfos hosting = client.services().info("/hosting/web", domain);
    ServiceInfos domainInfo = client.services().info("/domain", domain);
    out.println("hosting " + hosting.serviceId() + ", domain " + domainInfo.serviceId());

    // 2. The strategy renewing exactly these two services for a year (options included).
    RenewalChoice choice = client.renewals().forService(hosting.serviceId())
        .choose(RenewPeriod.P1Y, List.of(hosting.serviceId(), domainInfo.serviceId()));
    out.println("Together for " + choice.period() + ": " + choice.price().formatted() + " without tax");

    // 3. One order for both; pay it later with client.orders().payWithRegisteredPaymentMean(...).
    RenewOrder order = choice.order();
    out.println("Order " + order.orderId() + ": " + order.priceWithTax().formatted() + " with tax, not paid yet");
    return order;
  }
}
