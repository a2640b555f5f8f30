package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.api.model.ServiceRenewMode;
import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.core.fleet.RenewalChange;
import io.github.ovhrenewal.core.fleet.RenewalChange.Result;
import io.github.ovhrenewal.core.fleet.ServiceSummary;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ovh-renew autorenew set (SERVICE… | --all | --due-within 60d) --mode automatic|manual
 * [--period P1Y] [--include-addons] [--dry-run] [--yes]}: reads every selected service's settings,
 * lists each change, asks, then sends one {@code PUT /services/{id}} per change.
 */
@Command(name = "set", description = "Set how services renew: reads each one's settings, lists every change, asks (or --yes), then changes them. Exit 1 if any was refused.")
final class AutorenewSetCommand implements Callable<Integer> {
  @ParentCommand
  AutorenewCommand parent;

  @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Service ids or /route/name.")
  List<String> services = new ArrayList<>();

  @Option(names = "--all", description = "Every service of the account that renews.")
  boolean all;

  @Option(names = "--due-within", paramLabel = "DURATION", description = "The services that expire within this long: 60d, 8w, 6m, 1y, or ISO P60D.")
  String dueWithin;

  @Option(names = "--mode", required = true, paramLabel = "MODE", description = "automatic or manual.")
  String mode;

  @Option(names = "--period", paramLabel = "PERIOD", description = "The renewal period to set, e.g. P1Y; default: each service keeps its own.")
  String period;

  @Option(names = "--include-addons", description = "Also the add-ons of the selected services.")
  boolean includeAddons;

  @Option(names = "--dry-run", description = "Show the changes and send nothing.")
  boolean dryRun;

  @Option(names = "--yes", description = "Change without asking (for scripts and cron).")
  boolean yes;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    OvhRenewCli cli = parent.cli;
    // Every argument is checked before anything is sent.
    int selections = (services.isEmpty() ? 0 : 1) + (all ? 1 : 0) + (dueWithin == null ? 0 : 1);
    if (selections != 1) {
      throw new IllegalArgumentException("autorenew set needs exactly one of: SERVICE…, --all, --due-within DURATION");
    }
    ServiceRenewMode renewMode = mode(mode);
    RenewPeriod renewPeriod = period == null ? null : RenewPeriod.parse(period.trim());
    List<ServiceRef> refs = services.stream().map(ServiceRef::parse).toList();
    Period window = dueWithin == null ? null : dueWithin(dueWithin);
    if (!dryRun && !yes && !cli.terminal.isInteractive()) {
      throw new IllegalArgumentException("refusing to change renewals without confirmation: no terminal to ask; add --yes (or --dry-run to only look)");
    }
    try (CliSession session = cli.session()) {
      RenewalClient client = session.client();
      List<Long> ids = select(client, refs, window);
      Progress<RenewalChange> reading = Progress.on(cli, "read", c -> String.valueOf(c.serviceId()));
      List<RenewalChange> planned;
      try {
        planned = client.services().planRenewalChanges(ids, renewMode, renewPeriod, reading);
      } finally {
        reading.finish();
      }
      Printer printer = cli.printer(json);
      long toChange = planned.stream().filter(c -> c.result() == Result.TO_CHANGE).count();
      if (dryRun || toChange == 0) {
        print(printer, planned, dryRun ? "Dry run: nothing was sent; " + toChange + " service(s) would change."
            : "Nothing to change.");
        return exitCode(planned);
      }
      if (!printer.json()) {
        print(printer, planned, toChange + " service(s) to change to " + renewMode + (renewPeriod == null ? "" : " " + renewPeriod) + ".");
      }
      if (!yes && !cli.terminal.confirm("Change the renewal of " + toChange + " service(s)?")) {
        cli.err.println("ovh-renew: not changed.");
        cli.err.flush();
        return OvhRenewCli.OK;
      }
      Progress<RenewalChange> changing = Progress.on(cli, "autorenew", c -> c.serviceId() + " " + c.result().wire());
      List<RenewalChange> done;
      try {
        done = client.services().applyRenewalChanges(planned, changing);
      } finally {
        changing.finish();
      }
      long changed = done.stream().filter(c -> c.result() == Result.CHANGED).count();
      long refused = done.stream().filter(c -> c.result() == Result.REFUSED).count();
      print(printer, done, changed + " changed, " + (done.size() - changed - refused) + " unchanged, " + refused + " refused.");
      return exitCode(done);
    }
  }

  private static ServiceRenewMode mode(String text) {
    String t = text.trim();
    if (!t.equals("automatic") && !t.equals("manual")) {
      throw new IllegalArgumentException("--mode '" + text + "' is not a renewal mode; expected automatic or manual");
    }
    return ServiceRenewMode.of(t);
  }

  private static Period dueWithin(String text) {
    try {
      return WindowArgs.parseDuration(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--due-within '" + text + "' is not a duration; expected " + WindowArgs.DURATION_FORMS, e);
    }
  }

  /** The services selected, then their add-ons when asked, each once, in a stable order. */
  private List<Long> select(RenewalClient client, List<ServiceRef> refs, Period window) {
    List<ServiceSummary> everything = all || includeAddons ? client.services().summaries() : null;
    Set<Long> ids = new LinkedHashSet<>();
    if (all) {
      everything.stream().filter(s -> s.expiration() != null).forEach(s -> ids.add(s.serviceId()));
    } else if (window != null) {
      client.services().expiringWithin(window).forEach(s -> ids.add(s.serviceId()));
    } else {
      refs.forEach(ref -> ids.add(ref.renewal(client).serviceId()));
    }
    if (includeAddons) {
      Set<Long> parents = Set.copyOf(ids);
      everything.stream().filter(s -> s.parentServiceId() != null && parents.contains(s.parentServiceId()) && s.expiration() != null)
          .forEach(s -> ids.add(s.serviceId()));
    }
    return new ArrayList<>(ids);
  }

  private static int exitCode(List<RenewalChange> changes) {
    return changes.stream().anyMatch(c -> c.result() == Result.REFUSED) ? OvhRenewCli.API_FAILURE : OvhRenewCli.OK;
  }

  private static void print(Printer printer, List<RenewalChange> changes, String summary) {
    if (printer.json()) {
      List<Map<String, Object>> items = new ArrayList<>();
      for (RenewalChange c : changes) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("serviceId", c.serviceId());
        item.put("name", c.name());
        item.put("result", c.result().wire());
        item.put("renewMode", c.mode().value());
        item.put("renewPeriod", c.period() == null ? null : c.period().toString());
        item.put("previousMode", c.currentMode() == null ? null : c.currentMode().value());
        item.put("previousPeriod", c.currentPeriod() == null ? null : c.currentPeriod().toString());
        item.put("reason", c.reason());
        items.add(item);
      }
      printer.jsonWithNulls(items);
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (RenewalChange c : changes) {
      rows.add(List.of(String.valueOf(c.serviceId()), AutorenewShowCommand.text(c.name()),
          AutorenewShowCommand.text(c.currentMode()) + " " + AutorenewShowCommand.text(c.currentPeriod()),
          c.mode() + " " + AutorenewShowCommand.text(c.period()), c.result().wire(), c.reason() == null ? "" : c.reason()));
    }
    printer.table(List.of("ID", "NAME", "NOW", "WANTED", "RESULT", "WHY"), rows);
    printer.line(summary);
  }
}
