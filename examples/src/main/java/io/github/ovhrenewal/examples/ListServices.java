package io.github.ovhrenewal.examples;

import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.api.model.ServiceDetails;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Lists every service of the account with its expiry, soonest first: what to renew next.
 *
 * <pre>
 * java -cp examples/target/ovh-renew.jar io.github.ovhrenewal.examples.ListServices --sandbox
 * </pre>
 */
public final class ListServices {
  /** The arguments, as the usage line shows them. */
  static final String ARGUMENTS = "[--sandbox]";

  private ListServices() {}

  /**
   * Runs the example and exits with its code (see {@link ExampleSession}).
   *
   * @param args {@code [--sandbox]}
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
   * @return the exit code: 0 listed, 1 the API failed, 2 bad usage or no configuration
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return ExampleSession.run("ListServices", ARGUMENTS, args, out, err, ListServices::scenario);
  }

  /** Checks that no argument came, then lists. */
  static void scenario(ExampleSession session, PrintStream out) {
    session.requireArgCount(0);
    run(session.client(), LocalDate.now(), out);
  }

  /**
   * Lists the services by expiry.
   *
   * @param client the client
   * @param today the day to count the remaining days from
   * @param out where to write
   * @return the services, soonest expiry first (services that never expire last)
   */
  public static List<Map.Entry<Long, ServiceDetails>> run(RenewalClient client, LocalDate today, PrintStream out) {
    // 1. Every service id of the account.
    List<Map.Entry<Long, ServiceDetails>> services = new ArrayList<>();
    for (long id : client.services().list()) {
      // 2. Each service's details: its route (which product) and its expiration date.
      services.add(Map.entry(id, client.services().get(id)));
    }
    // 3. Soonest expiry first.
    services.sort(Comparator.comparing(
        (Map.Entry<Long, ServiceDetails> e) -> e.getValue().expirationDate(), Comparator.nullsLast(Comparator.naturalOrder())));
    for (Map.Entry<Long, ServiceDetails> entry : services) {
      ServiceDetails details = entry.getValue();
      LocalDate expiry = details.expirationDate();
      String route = details.route() == null ? "?" : details.route().url();
      out.println(entry.getKey() + "  " + route + "  "
          + (expiry == null ? "never expires" : "expires " + expiry + " (in " + ChronoUnit.DAYS.between(today, expiry) + " days)")
          + "  " + details.state());
    }
    return services;
  }
}
