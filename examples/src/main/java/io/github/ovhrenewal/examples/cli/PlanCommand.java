package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.core.fleet.PlanItem;
import io.github.ovhrenewal.core.fleet.PlanOptions;
import io.github.ovhrenewal.core.fleet.RenewalPlan;
import io.github.ovhrenewal.core.fleet.ServiceSummary;
import io.github.ovhrenewal.examples.cli.WindowArgs.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ovh-renew plan [--within 30d | --before DATE] [--period P1Y | current] [--include-automatic] [-o FILE] [--json]}:
 * prices the renewal of every service due in the window (dry runs, nothing ordered), shows the
 * plan with its totals per currency, and writes it for {@code apply} with {@code -o}.
 */
@Command(name = "plan",
    description = {
      "Price the renewal of each service due in the window (default 30d; renewals that are not automatic, unless --include-automatic).",
      "Nothing is ordered. -o writes the plan for 'apply'; --json prints it (the file's shape)."
    })
final class PlanCommand implements Callable<Integer> {
  static final String CURRENT = "current";

  @ParentCommand
  OvhRenewCli cli;

  @Mixin
  WindowArgs windowArgs;

  @Option(names = "--period", paramLabel = "P1Y|current",
      description = "Renew every service for this period (P1M, P3M, P6M, P1Y, P2Y, P3Y...), or 'current': each service's own renew period (the default).")
  String period;

  @Option(names = "--include-automatic", description = "Plan automatic renewals too (they renew by themselves otherwise).")
  boolean includeAutomatic;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the plan to FILE (JSON), for 'ovh-renew apply FILE'.")
  Path output;

  @Option(names = "--json", description = "Print the plan as JSON (the plan file's shape) instead of a table.")
  boolean json;

  @Override
  public Integer call() {
    // Every argument is checked before anything is sent.
    Window window = windowArgs.window();
    RenewPeriod renewPeriod = parsePeriod(period);
    checkWritable("-o", output);
    try (CliSession session = cli.session()) {
      RenewalClient client = session.client();
      Progress<ServiceSummary> listing = Progress.on(cli, "services", DueView::describe);
      List<ServiceSummary> expiring;
      try {
        expiring = window.expiring(client, listing);
      } finally {
        listing.finish();
      }
      List<ServiceSummary> services = includeAutomatic ? expiring : expiring.stream().filter(s -> !s.renewsAutomatically()).toList();
      Progress<PlanItem> progress = Progress.on(cli, "plan", PlanView::describe);
      RenewalPlan plan;
      try {
        plan = client.renewals().plan(services,
            PlanOptions.defaults().period(renewPeriod).includeAutomatic(includeAutomatic).listener(progress));
      } finally {
        progress.finish();
      }
      if (output != null) {
        plan.write(output);
        cli.err.println("ovh-renew: plan written to " + output + " (" + plan.ready().size() + " to order, "
            + (plan.items().size() - plan.ready().size()) + " skipped); order it with: ovh-renew apply " + output + " --pay MEAN[:ID]");
        cli.err.flush();
      }
      Printer printer = cli.printer(json);
      if (printer.json()) {
        printer.raw(plan.toJson());
      } else if (plan.items().isEmpty()) {
        printer.line("No service " + (includeAutomatic ? "" : "renewed by hand ") + "expires " + window.describe() + ": nothing to plan.");
      } else {
        printer.table(PlanView.TABLE_HEADER, PlanView.tableRows(plan.items()));
        for (String line : PlanView.totalLines(plan)) {
          printer.line(line);
        }
      }
      return OvhRenewCli.OK;
    }
  }

  /**
   * The {@code --period} value: null (each service's own period) for none or {@code current}.
   *
   * @throws IllegalArgumentException naming the value and what is allowed
   */
  static RenewPeriod parsePeriod(String text) {
    if (text == null || text.trim().toLowerCase(Locale.ROOT).equals(CURRENT)) {
      return null;
    }
    try {
      return RenewPeriod.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--period: " + e.getMessage() + ", or 'current' for each service's own renew period");
    }
  }

  /**
   * Fails before any request when a file could not be written there at the end: a directory, or
   * one in a directory that does not exist or may not be written.
   *
   * @param option the option, for the message, e.g. {@code -o}
   * @param file the file, or null for none
   */
  static void checkWritable(String option, Path file) {
    if (file == null) {
      return;
    }
    if (Files.isDirectory(file)) {
      throw new IllegalArgumentException(option + " " + file + " is a directory; expected a file name");
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new IllegalArgumentException(option + " " + file + ": the directory " + parent + " does not exist");
    }
    if (!Files.isWritable(parent) || (Files.exists(file) && !Files.isWritable(file))) {
      throw new IllegalArgumentException(option + " " + file + ": cannot write there (permission denied)");
    }
  }
}
