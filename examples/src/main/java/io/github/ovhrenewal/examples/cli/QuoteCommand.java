package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.core.RenewalChoice;
import io.github.ovhrenewal.api.model.RenewOrder;
import io.github.ovhrenewal.api.model.RenewPeriod;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code ovh-renew quote SERVICE PERIOD}: the price of a renewal; nothing is ordered. */
@Command(name = "quote", description = "Price the renewal of a service for a period (dry run: nothing is ordered).")
final class QuoteCommand implements Callable<Integer> {
  @ParentCommand
  OvhRenewCli cli;

  @Mixin
  ServicePeriodArgs args;

  @Override
  public Integer call() {
    ServiceRef ref = args.service();
    RenewPeriod renewPeriod = args.period();
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
