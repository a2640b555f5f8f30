package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.core.fleet.ServiceSummary;
import io.github.ovhrenewal.examples.cli.WindowArgs.Window;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ovh-renew due [--within 30d | --before DATE] [--all-modes] [--fail-if-any] [--json | --csv]}:
 * the services that expire in the window, soonest first, add-ons under their parent. By default
 * only those renewed by hand, which lapse if nobody acts. {@code --fail-if-any} exits 4 when there
 * is one, for cron or a monitoring probe.
 */
@Command(name = "due",
    description = {
      "List the services that expire within a window (default 30d), soonest first, add-ons under their parent.",
      "By default only those whose renewal is not automatic: they lapse if nobody renews them."
    })
final class DueCommand implements Callable<Integer> {
  @ParentCommand
  OvhRenewCli cli;

  @Mixin
  WindowArgs windowArgs;

  @Option(names = "--all-modes", description = "List automatic renewals too.")
  boolean allModes;

  @Option(names = "--fail-if-any", description = "Exit 4 when a service whose renewal is not automatic expires in the window (after listing), for cron or monitoring.")
  boolean failIfAny;

  @Option(names = "--json", description = "Write a JSON array for scripts.")
  boolean json;

  @Option(names = "--csv", description = "Write CSV (RFC 4180) with a header line.")
  boolean csv;

  @Override
  public Integer call() {
    Window window = windowArgs.window();
    boolean asJson = json || cli.json;
    if (asJson && csv) {
      throw new IllegalArgumentException("--json and --csv cannot be used together; give one of them");
    }
    try (CliSession session = cli.session()) {
      RenewalClient client = session.client();
      // Events come only when the server needs one call per service: no bar for a few page reads.
      Progress<ServiceSummary> progress = Progress.on(cli, "due", DueView::describe);
      List<ServiceSummary> expiring;
      try {
        expiring = window.expiring(client, progress);
      } finally {
        progress.finish();
      }
      LocalDate today = client.services().today();
      List<ServiceSummary> byHand = expiring.stream().filter(s -> !s.renewsAutomatically()).toList();
      List<DueView.Row> rows = DueView.rows(allModes ? expiring : byHand, today);
      Printer printer = cli.printer(asJson);
      if (asJson) {
        printer.jsonWithNulls(DueView.json(rows));
      } else if (csv) {
        printer.raw(DueView.csv(rows));
      } else if (rows.isEmpty()) {
        printer.line("No service " + (allModes ? "" : "renewed by hand ") + "expires " + window.describe() + " (today is " + today + ").");
      } else {
        printer.table(DueView.TABLE_HEADER, DueView.tableRows(rows));
        int automatic = expiring.size() - byHand.size();
        printer.line(allModes
            ? rows.size() + " service(s) expire " + window.describe() + " (today is " + today + "); "
                + byHand.size() + " of them not renewed automatically."
            : rows.size() + " service(s) not renewed automatically expire " + window.describe() + " (today is " + today + ")"
                + (automatic == 0 ? "." : "; --all-modes also lists the " + automatic + " renewed automatically."));
      }
      if (failIfAny && !byHand.isEmpty()) {
        cli.err.println("ovh-renew: " + byHand.size() + " service(s) not renewed automatically expire " + window.describe()
            + ": exit code " + OvhRenewCli.DUE_FOUND + " (--fail-if-any)");
        cli.err.flush();
        return OvhRenewCli.DUE_FOUND;
      }
      return OvhRenewCli.OK;
    }
  }
}
