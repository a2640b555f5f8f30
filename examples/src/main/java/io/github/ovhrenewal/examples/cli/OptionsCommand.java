package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.core.ServiceRenewal;
import io.github.ovhrenewal.api.model.RenewDescription;
import io.github.ovhrenewal.api.model.RenewStrategy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code ovh-renew options SERVICE}: every period and strategy offered, options included, with prices. */
@Command(name = "options", description = "List the renewal periods and strategies of a service, with prices (without tax).")
final class OptionsCommand implements Callable<Integer> {
  @ParentCommand
  OvhRenewCli cli;

  @Parameters(index = "0", paramLabel = "SERVICE", description = "A service id, or /route/serviceName (e.g. /vps/vps112233.ovh.net).")
  String service;

  @Override
  public Integer call() {
    ServiceRef ref = ServiceRef.parse(service);
    try (CliSession session = cli.session()) {
      ServiceRenewal renewal = ref.renewal(session.client());
      long id = renewal.serviceId();
      List<RenewDescription> offers = renewal.options(true);
      Printer printer = cli.printer();
      if (printer.json()) {
        List<Map<String, Object>> json = new ArrayList<>();
        for (RenewDescription offer : offers) {
          for (RenewStrategy strategy : offer.strategies()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("serviceId", id);
            row.put("period", offer.renewPeriod());
            row.put("services", strategy.services());
            row.put("thisServiceOnly", strategy.renewsOnly(id));
            row.put("price", Printer.amount(strategy.price()));
            row.put("currency", strategy.price() == null ? null : strategy.price().currencyCode());
            json.add(row);
          }
        }
        printer.json(json);
      } else {
        List<List<String>> rows = new ArrayList<>();
        for (RenewDescription offer : offers) {
          for (RenewStrategy strategy : offer.strategies()) {
            rows.add(List.of(
                String.valueOf(offer.renewPeriod()),
                strategy.services().toString(),
                Printer.money(strategy.price()),
                strategy.renewsOnly(id) ? "this service" : "with linked services"));
          }
        }
        printer.line("Renewal offers for service " + id + (ref.route() == null ? "" : " (" + ref + ")") + ":");
        printer.table(List.of("PERIOD", "SERVICES", "PRICE (excl. tax)", "STRATEGY"), rows);
      }
      return OvhRenewCli.OK;
    }
  }
}
