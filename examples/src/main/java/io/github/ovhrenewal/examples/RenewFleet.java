package io.github.ovhrenewal.examples;

import io.github.ovhrenewal.api.model.PaymentMean;
import io.github.ovhrenewal.api.model.Price;
import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.core.fleet.AppliedItem;
import io.github.ovhrenewal.core.fleet.ApplyOptions;
import io.github.ovhrenewal.core.fleet.ApplyReport;
import io.github.ovhrenewal.core.fleet.PlanItem;
import io.github.ovhrenewal.core.fleet.PlanOptions;
import io.github.ovhrenewal.core.fleet.PlanTotal;
import io.github.ovhrenewal.core.fleet.RenewalPlan;
import io.github.ovhrenewal.core.fleet.ServiceSummary;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;

/**
 * Renews every service whose renewal is manual and that expires within some days: lists them,
 * prices the plan, writes it, then orders and pays each item exactly once through a journal.
 * Run it again with the same directory and it resumes the same plan: what is paid is skipped, and
 * nothing is ordered twice.
 *
 * <pre>
 * java -cp examples/target/ovh-renew.jar io.github.ovhrenewal.examples.RenewFleet --sandbox 60
 * </pre>
 */
public final class RenewFleet {
  /** The arguments, as the usage line shows them. */
  static final String ARGUMENTS = "[--sandbox] [DAYS [DIR [PAYPAL_ID]]]";

  private RenewFleet() {}

  /**
   * Runs the example and exits with its code (see {@link ExampleSession}).
   *
   * @param args {@code [--sandbox] [DAYS [DIR [PAYPAL_ID]]]}: the window (default 30), where the
   *     plan and its journal live (default: a new temporary directory), the PayPal id (default 1234)
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
   * @return the exit code: 0 done, 1 the API failed or an item was refused, 2 bad usage, 3 an outcome is unknown
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    int[] code = {ExampleSession.OK};
    int exit = ExampleSession.run("RenewFleet", ARGUMENTS, args, out, err, (session, o) -> {
      session.requireArgCount(0, 1, 2, 3);
      int days = (int) session.positiveLongArg(0, "DAYS", 30);
      Path dir = session.arg(1, null) == null ? temporaryDirectory() : Path.of(session.arg(1, null));
      long paypalId = session.positiveLongArg(2, "PAYPAL_ID", 1234);
      code[0] = run(session.client(), days, dir, paypalId, o);
    });
    return exit != ExampleSession.OK ? exit : code[0];
  }

  /**
   * Plans (or reads the plan already in {@code dir}) and applies it.
   *
   * @param client the client
   * @param days the window, in days from today
   * @param dir where the plan ({@code plan.json}) and its journal ({@code plan.json.journal}) live
   * @param paypalId the registered PayPal payment mean's id
   * @param out where to write
   * @return the exit code: 0 all ordered and paid, 1 an item was refused, 3 an outcome is unknown
   */
  public static int run(RenewalClient client, int days, Path dir, long paypalId, PrintStream out) {
    Path planFile = dir.resolve("plan.json");
    RenewalPlan plan;
    if (Files.exists(planFile)) {
      // 1'. A plan from an earlier run: resume it rather than price again.
      plan = RenewalPlan.read(planFile);
      out.println("Resuming the plan of " + plan.createdAt() + " in " + planFile);
    } else {
      // 1. What lapses if nobody acts: manual renewals expiring within the window (one or a few calls).
      List<ServiceSummary> due = client.services().expiringWithin(Period.ofDays(days)).stream()
          .filter(s -> !s.renewsAutomatically())
          .toList();
      out.println(due.size() + " services renew manually and expire within " + days + " days");
      // 2. Price each one's renewal for its current period (dry runs, concurrently); nothing ordered.
      plan = client.renewals().plan(due, PlanOptions.defaults());
      plan.write(planFile);
    }
    for (PlanItem item : plan.items()) {
      out.println("  " + item.serviceId() + "  " + item.name() + "  " + item.period() + "  "
          + (item.ready() ? Price.amount(item.priceWithTax(), item.currency()) : "skipped: " + item.reason()));
    }
    for (PlanTotal total : plan.totals()) {
      out.println("Total: " + total.items() + " renewals, " + Price.amount(total.priceWithTax(), total.currency()) + " with tax");
    }
    // 3. Order and pay each ready item exactly once; the journal is written before each order.
    ApplyReport report = client.renewals().apply(plan, ApplyOptions.journal(dir.resolve("plan.json.journal"))
        .payWith(PaymentMean.PAYPAL, paypalId));
    for (AppliedItem item : report.items()) {
      out.println("  " + item.serviceId() + "  " + item.state().wire()
          + (item.orderId() == null ? "" : "  order " + item.orderId())
          + (item.message() == null ? "" : "  " + item.message()));
    }
    report.paidWithTax().forEach((currency, amount) -> out.println("Paid: " + Price.amount(amount, currency)));
    return report.hasUnknown() ? ExampleSession.OUTCOME_UNKNOWN : report.hasRefused() ? ExampleSession.API_FAILURE : ExampleSession.OK;
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("renew-fleet");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
