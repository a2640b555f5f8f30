package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.api.model.RenewOrder;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.core.RenewalChoice;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code ovh-renew quote SERVICE PERIOD}: the price of a renewal; nothing is ordered. */
@Command(name = "quote", description = "Price the renewal of a service for a period (dry run: nothing is ordered).")
final class QuoteCommand implements Callable<Integer> {
  @ParentCommand
  OvhRenewCli cli;

  @Parameters(index = "0", paramLabel = "SERVICE", description = "A service id, or /route/serviceName.")
  String service;

  @Parameters(index = "1", paramLabel = "PERIOD", description = "ISO-8601 period: P1M, P3M, P6M, P1Y, P2Y, P3Y.")
  String period;

  @Override
  public Integer call() {
    ServiceRef ref = ServiceRef.parse(service);
    RenewPeriod renewPeriod = RenewPeriod.parse(period);
    try (CliSession session = cli.session()) {
      RenewalChoice choice = ref.renewal(session.client()).choose(renewPeriod);
      RenewOrder quote = choice.quote();
      Printer printer = cli.printer();
      if (printer.json()) {
        printer.json(OrderView.quote(choice, quote));
      } else {
        OrderView.printQuote(printer, choice, quote);
      }
      return OvhRenewCli.OK;
    }
  }
}
