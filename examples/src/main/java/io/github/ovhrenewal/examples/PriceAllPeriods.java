package io.github.ovhrenewal.examples;

import io.github.ovhrenewal.api.model.Price;
import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.core.ServiceRenewal;
import io.github.ovhrenewal.api.model.RenewDescription;
import io.github.ovhrenewal.api.model.RenewOrder;
import io.github.ovhrenewal.api.model.RenewStrategy;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prices every renewal period of one service, with tax, and the price per month: which period is
 * cheapest. Nothing is ordered (dry runs).
 *
 * <pre>
 * java -cp examples/target/ovh-renew.jar io.github.ovhrenewal.examples.PriceAllPeriods --sandbox /dedicated/server ns3001234.ip-51-91-0.eu
 * </pre>
 */
public final class PriceAllPeriods {
  /** The arguments, as the usage line shows them. */
  static final String ARGUMENTS =
      "[--sandbox] [ROUTE SERVICE_NAME]  (e.g. /dedicated/server ns3001234.ip-51-91-0.eu; default: /vps vps112233.ovh.net)";

  private PriceAllPeriods() {}

  /**
   * Runs the example and exits with its code (see {@link ExampleSession}).
   *
   * @param args {@code [--sandbox] [ROUTE SERVICE_NAME]}, by default the guide's VPS
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
   * @return the exit code: 0 priced, 1 the API failed (e.g. no such service), 2 bad usage or no configuration
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return ExampleSession.run("PriceAllPeriods", ARGUMENTS, args, out, err, PriceAllPeriods::scenario);
  }

  /** Checks the arguments, then prices. */
  static void scenario(ExampleSession session, PrintStream out) {
    // The route and the name go together: one alone (e.g. /vps/foo) is a mistake, not a default.
    session.requireArgCount(0, 2);
    run(session.client(), session.arg(0, "/vps"), session.arg(1, "vps112233.ovh.net"), out);
  }

  /**
   * Quotes each period offered for the service alone.
   *
   * @param client the client
   * @param route the product route, e.g. {@code /vps}
   * @param serviceName the service name
   * @param out where to write
   * @return the price with tax of each period, in the server's order
   */
  public static Map<String, BigDecimal> run(RenewalClient client, String route, String serviceName, PrintStream out) {
    // 1. The service, by its product route and name; its id is read once from serviceInfos.
    ServiceRenewal renewal = client.renewals().forService(route, serviceName);
    long serviceId = renewal.serviceId();
    Map<String, BigDecimal> prices = new LinkedHashMap<>();
    // 2. Every period offered, read once.
    for (RenewDescription offer : renewal.options()) {
      // 3. The strategy renewing this service alone, taken from the offer in hand (periods
      //    without one are skipped); choose() checks it against the offers read in step 2.
      RenewStrategy alone = offer.strategies().stream().filter(s -> s.renewsOnly(serviceId)).findFirst().orElse(null);
      if (alone == null) {
        continue;
      }
      // 4. A dry run of that renewal: the exact price with tax.
      RenewOrder quote = renewal.choose(offer.renewPeriod()).quote();
      Price withTax = quote.priceWithTax();
      // 5. Money stays exact: BigDecimal, rounded only for display, with the currency's digits.
      String currency = withTax.currencyCode() == null ? null : withTax.currencyCode().value();
      BigDecimal perMonth = withTax.value().divide(BigDecimal.valueOf(offer.renewPeriod().totalMonths()), 2, RoundingMode.HALF_UP);
      prices.put(offer.renewPeriod().toString(), withTax.value());
      out.println(offer.renewPeriod() + ": " + withTax.formatted() + " with tax ("
          + Price.amount(perMonth, currency) + (currency == null ? "" : " " + currency) + " a month)");
    }
    return prices;
  }
}
