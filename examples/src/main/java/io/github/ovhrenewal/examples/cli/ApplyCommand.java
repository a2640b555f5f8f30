package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.api.model.OrderStatus;
import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.core.exception.JournalException;
import io.github.ovhrenewal.core.exception.OrderStatusTimeoutException;
import io.github.ovhrenewal.core.exception.PlanFileException;
import io.github.ovhrenewal.core.fleet.AppliedItem.State;
import io.github.ovhrenewal.core.fleet.AppliedItem;
import io.github.ovhrenewal.core.fleet.ApplyOptions;
import io.github.ovhrenewal.core.fleet.ApplyReport;
import io.github.ovhrenewal.core.fleet.PlanItem;
import io.github.ovhrenewal.core.fleet.RenewalPlan;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ovh-renew apply PLAN_FILE [--pay MEAN[:ID]] [--max-total AMOUNT[ CUR]] [--journal FILE] [--yes] [--retry-unknown] [--json]}:
 * orders (and pays) each ready item of a plan exactly once. Everything is checked before the first
 * order: the plan file, the options, the payment mean; on a terminal it shows the total and asks;
 * without one it refuses unless {@code --yes}, as {@code renew} does. The journal makes a re-run
 * safe: it resumes, and never orders twice.
 */
@Command(name = "apply",
    description = {
      "Order (and pay, with --pay) each ready renewal of a plan file exactly once. Shows the total and asks first.",
      "Every order is journaled before it is sent: running the same command again resumes, skips what is done, "
          + "pays what is ordered and unpaid, and reconciles a lost answer from the account's orders; it never orders twice."
    })
final class ApplyCommand implements Callable<Integer> {
  @ParentCommand
  OvhRenewCli cli;

  @Parameters(index = "0", paramLabel = "PLAN_FILE", description = "A plan written by 'ovh-renew plan -o PLAN_FILE'.")
  Path planFile;

  @Option(names = "--pay", paramLabel = "PAYMENT",
      description = "Pay each order: default (the account's default payment method), method:ID, or a registered mean MEAN[:ID] (paypal:1234, ovhAccount). Checked before anything is ordered. Without it, orders are left to pay.")
  String pay;

  @Option(names = "--max-total", paramLabel = "AMOUNT[ CUR]",
      description = {
        "Stop ordering before the total with tax would go above AMOUNT (orders of earlier runs of the journal count).",
        "500 is in the plan's currency; a plan in several currencies needs one per currency: --max-total '500 EUR' --max-total '700 CAD'."
      })
  List<String> maxTotal = new ArrayList<>();

  @Option(names = "--journal", paramLabel = "FILE", description = "The journal (JSON lines) to record each order in, and to resume from. Default: PLAN_FILE.journal.")
  Path journal;

  @Option(names = "--yes", description = "Order without asking (for scripts and cron).")
  boolean yes;

  @Option(names = "--retry-unknown",
      description = "Order again the items whose earlier order's outcome stayed unknown after reconciling. RISKS PAYING TWICE for the same renewal: check the account's orders first.")
  boolean retryUnknown;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Mixin
  WaitArgs wait;

  @Override
  public Integer call() {
    // Every argument is checked before anything is sent.
    PaymentArg payment = pay == null ? null : PaymentArg.parse(pay);
    Duration waitTimeout = wait.timeout(payment != null);
    List<MaxTotalArg> budgetArgs = maxTotal.stream().map(MaxTotalArg::parse).toList();
    RenewalPlan plan = read(planFile);
    Map<String, BigDecimal> budgets = MaxTotalArg.resolve(budgetArgs, plan);
    Path journalFile = journal != null ? journal : Path.of(planFile + ".journal");
    PlanCommand.checkWritable("--journal", journalFile);
    if (!yes && !cli.terminal.isInteractive()) {
      throw new IllegalArgumentException("refusing to order without confirmation: no terminal to ask; add --yes to order from a script");
    }
    Printer printer = cli.printer(json);
    if (plan.ready().isEmpty()) {
      // Nothing to order: no session, no request, and the report says why each item is skipped.
      cli.err.println("ovh-renew: " + planFile + " has nothing to order ("
          + (plan.items().isEmpty() ? "no service" : plan.items().size() + " skipped item(s)") + ").");
      cli.err.flush();
      if (printer.json() || !plan.items().isEmpty()) {
        print(printer, skippedOnly(plan), journalFile, Map.of());
      }
      return OvhRenewCli.OK;
    }
    try (CliSession session = cli.session()) {
      RenewalClient client = session.client();
      if (payment != null) {
        payment = PaymentMeanCheck.beforeOrdering(client, payment, cli.err);
      }
      if (!printer.json()) {
        printer.table(ApplyView.PREVIEW_HEADER, ApplyView.previewRows(plan));
        printer.line("To order: " + plan.ready().size() + " renewal(s), " + PlanView.totalWithTax(plan) + " with tax"
            + (payment == null ? ", not paid (no --pay)" : ", paid with " + payment)
            + (budgets.isEmpty() ? "" : "; at most " + ApplyView.amounts(budgets)) + ".");
      }
      boolean resuming = Files.exists(journalFile);
      if (resuming) {
        cli.err.println("ovh-renew: resuming from the journal " + journalFile + ": what it records as done is not ordered again.");
        cli.err.flush();
      }
      if (!yes && !cli.terminal.confirm("Order " + plan.ready().size() + " renewal(s) for " + PlanView.totalWithTax(plan) + " with tax"
          + (payment == null ? "" : ", paid with " + payment) + (resuming ? " (less what the journal records as done)" : "") + "?")) {
        cli.err.println("ovh-renew: not ordered.");
        cli.err.flush();
        return OvhRenewCli.OK;
      }
      ApplyOptions options = ApplyOptions.journal(journalFile).reorderUnknown(retryUnknown);
      if (payment != null) {
        options = payment.isMethod() ? options.payWithMethod(payment.id()) : options.payWith(payment.mean(), payment.meanId());
      }
      for (Map.Entry<String, BigDecimal> budget : budgets.entrySet()) {
        options = options.maxTotal(budget.getKey(), budget.getValue());
      }
      Progress<AppliedItem> progress = Progress.on(cli, "apply", ApplyView::describe);
      ApplyReport report;
      try {
        report = client.renewals().apply(plan, options.listener(progress));
      } catch (JournalException e) {
        progress.finish();
        cli.err.println("ovh-renew: the journal " + journalFile + " records every order sent so far; once it can be written,"
            + " run the same command again: it resumes and orders nothing twice.");
        throw e;
      } finally {
        progress.finish();
      }
      Map<Long, OrderStatus> deliveries = waitTimeout == null ? Map.of() : awaitDeliveries(client, report, waitTimeout);
      print(printer, report, journalFile, deliveries);
      int code = outcome(report, payment != null, journalFile);
      boolean late = deliveries.values().stream().anyMatch(status -> !OrderStatus.DELIVERED.equals(status));
      return code == OvhRenewCli.OK && late ? OvhRenewCli.NOT_DELIVERED : code;
    }
  }

  /** Reads the plan file; a missing or malformed one is bad input (exit 2), nothing is sent. */
  static RenewalPlan read(Path file) {
    try {
      return RenewalPlan.read(file);
    } catch (PlanFileException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static ApplyReport skippedOnly(RenewalPlan plan) {
    List<AppliedItem> items = new ArrayList<>();
    for (PlanItem item : plan.items()) {
      items.add(new AppliedItem(item.serviceId(), item.name(), item.period(), State.SKIPPED, null, item.priceWithTax(),
          item.currency(), item.reason()));
    }
    return new ApplyReport(items, Map.of(), Map.of(), null);
  }

  private static void print(Printer printer, ApplyReport report, Path journalFile, Map<Long, OrderStatus> deliveries) {
    if (printer.json()) {
      Map<String, Object> json = ApplyView.json(report, journalFile.toString());
      if (!deliveries.isEmpty()) {
        List<Map<String, Object>> reached = new ArrayList<>();
        deliveries.forEach((orderId, status) -> {
          Map<String, Object> item = new LinkedHashMap<>();
          item.put("orderId", orderId);
          item.put("status", status.value());
          reached.add(item);
        });
        json.put("deliveries", reached);
      }
      printer.jsonWithNulls(json);
      return;
    }
    printer.table(ApplyView.REPORT_HEADER, ApplyView.reportRows(report));
    for (String line : ApplyView.totalLines(report)) {
      printer.line(line);
    }
    deliveries.forEach((orderId, status) -> printer.line("Order " + orderId + ": " + status.value() + "."));
  }

  /**
   * Waits, within one shared timeout, for every order paid by this run to be delivered. An order
   * still not delivered when the time is out is reported with its last status (exit code 5).
   */
  private Map<Long, OrderStatus> awaitDeliveries(RenewalClient client, ApplyReport report, Duration timeout) {
    Map<Long, OrderStatus> reached = new LinkedHashMap<>();
    List<Long> paid = ApplyView.withState(report, State.PAID).stream().map(AppliedItem::orderId).filter(id -> id != null).toList();
    if (paid.isEmpty()) {
      return reached;
    }
    cli.err.println("ovh-renew: waiting for " + paid.size() + " order(s) to be delivered (at most " + Progress.clock(timeout.toSeconds()) + ")...");
    cli.err.flush();
    long deadline = System.nanoTime() + timeout.toNanos();
    for (long orderId : paid) {
      Duration left = Duration.ofNanos(Math.max(deadline - System.nanoTime(), 1_000_000_000L));
      try {
        reached.put(orderId, client.orders().awaitStatus(orderId, Set.of(OrderStatus.DELIVERED), left));
      } catch (OrderStatusTimeoutException e) {
        reached.put(orderId, e.lastStatus() == null ? OrderStatus.UNKNOWN : e.lastStatus());
      }
    }
    return reached;
  }

  /** The exit code, with what to do next on stderr. */
  private int outcome(ApplyReport report, boolean paymentAsked, Path journalFile) {
    int code = ApplyView.exitCode(report, paymentAsked);
    List<AppliedItem> unknown = ApplyView.withState(report, State.UNKNOWN);
    if (!unknown.isEmpty()) {
      cli.err.println("ovh-renew: OUTCOME UNKNOWN for " + unknown.size() + " item(s): " + ApplyView.ids(unknown)
          + ". An order (or payment) was sent and no usable answer came back: it may exist. The journal " + journalFile + " names them.");
      cli.err.println("ovh-renew: do not renew them by hand; run the same command again: it reconciles them from the account's orders"
          + " (GET /me/order) and never orders them again, unless --retry-unknown, which risks paying twice.");
    }
    List<AppliedItem> failed = ApplyView.failed(report, paymentAsked);
    if (!failed.isEmpty()) {
      cli.err.println("ovh-renew: refused (or left unpaid): " + failed.size() + " item(s): " + ApplyView.ids(failed)
          + "; see the MESSAGE column. Running the same command again retries them and orders nothing twice.");
    }
    if (report.stopReason() != null) {
      cli.err.println("ovh-renew: stopped ordering: " + report.stopReason());
    }
    cli.err.flush();
    return code;
  }
}
