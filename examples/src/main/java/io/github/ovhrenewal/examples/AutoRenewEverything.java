package io.github.ovhrenewal.examples;

import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.api.model.ServiceRenewMode;
import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.core.fleet.ProgressListener;
import io.github.ovhrenewal.core.fleet.RenewalChange;
import io.github.ovhrenewal.core.fleet.ServiceSummary;
import java.io.PrintStream;
import java.util.List;

/**
 * Puts every service of the account, add-ons included, on one renewal mode: what the scripts that
 * circulate among OVH users do, with each change checked against what the service allows first.
 *
 * <pre>
 * java -cp examples/target/ovh-renew.jar io.github.ovhrenewal.examples.AutoRenewEverything --sandbox
 * java -cp examples/target/ovh-renew.jar io.github.ovhrenewal.examples.AutoRenewEverything --sandbox manual P1M
 * </pre>
 */
public final class AutoRenewEverything {
  /** The arguments, as the usage line shows them. */
  static final String ARGUMENTS = "[--sandbox] [MODE [PERIOD]]";

  private AutoRenewEverything() {}

  /**
   * Runs the example and exits with its code (see {@link ExampleSession}).
   *
   * @param args {@code [--sandbox] [MODE [PERIOD]]}: {@code automatic} (default) or {@code manual},
   *     and a period such as {@code P1Y} (default: each service keeps its own)
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
   * @return the exit code: 0 done (refusals are reported, not failures), 1 the API failed, 2 bad usage
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return ExampleSession.run("AutoRenewEverything", ARGUMENTS, args, out, err, AutoRenewEverything::scenario);
  }

  /** Checks the arguments before anything is sent, then changes. */
  static void scenario(ExampleSession session, PrintStream out) {
    session.requireArgCount(0, 1, 2);
    String modeText = session.arg(0, "automatic");
    if (!modeText.equals("automatic") && !modeText.equals("manual")) {
      throw new IllegalArgumentException("MODE '" + modeText + "' is not a renewal mode; expected automatic or manual");
    }
    String periodText = session.arg(1, null);
    RenewPeriod period = periodText == null ? null : RenewPeriod.parse(periodText);
    run(session.client(), ServiceRenewMode.of(modeText), period, out);
  }

  /**
   * Plans the change for every service, prints it, then sends it.
   *
   * @param client the client
   * @param mode the mode to set
   * @param period the period to set, or null to keep each service's own
   * @param out where to write
   * @return one result per service: changed, unchanged or refused
   */
  public static List<RenewalChange> run(RenewalClient client, ServiceRenewMode mode, RenewPeriod period, PrintStream out) {
    // 1. Every service, add-ons included (they carry their parent's id).
    List<Long> ids = client.services().summaries().stream().map(ServiceSummary::serviceId).toList();
    // 2. Each one's settings and capacities: what would change, what already is so, what cannot.
    List<RenewalChange> planned = client.services().planRenewalChanges(ids, mode, period, ProgressListener.none());
    for (RenewalChange change : planned) {
      out.println("plan  " + describe(change));
    }
    // 3. One PUT per change; a refusal never stops the others.
    List<RenewalChange> done = client.services().applyRenewalChanges(planned, ProgressListener.none());
    for (RenewalChange change : done) {
      out.println("done  " + describe(change));
    }
    return done;
  }

  private static String describe(RenewalChange change) {
    return change.serviceId() + "  " + (change.name() == null ? "" : change.name() + "  ")
        + (change.currentMode() == null ? "?" : change.currentMode()) + " " + (change.currentPeriod() == null ? "?" : change.currentPeriod()) + " -> " + change.mode() + " " + change.period()
        + "  " + change.result().wire() + (change.reason() == null ? "" : " (" + change.reason() + ")");
  }
}
