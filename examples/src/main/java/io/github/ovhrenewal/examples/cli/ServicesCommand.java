package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.api.model.ServiceDetails;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code ovh-renew services}: every service with its route, expiry and state, soonest expiry first. */
@Command(name = "services", description = "List every service: id, route/name, expiry, state.")
final class ServicesCommand implements Callable<Integer> {
  @ParentCommand
  OvhRenewCli cli;

  @Override
  public Integer call() {
    try (CliSession session = cli.session()) {
      RenewalClient client = session.client();
      List<Map.Entry<Long, ServiceDetails>> found = new ArrayList<>();
      for (long id : client.services().list()) {
        found.add(Map.entry(id, client.services().get(id)));
      }
      // Soonest expiry first: what needs renewing is on top; services that never expire last.
      found.sort(Comparator.comparing(
          (Map.Entry<Long, ServiceDetails> e) -> e.getValue().expirationDate(), Comparator.nullsLast(Comparator.naturalOrder())));
      List<Map<String, Object>> services = new ArrayList<>();
      for (Map.Entry<Long, ServiceDetails> entry : found) {
        ServiceDetails details = entry.getValue();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("serviceId", entry.getKey());
        row.put("route", details.route() == null ? null : details.route().url());
        row.put("expirationDate", details.expirationDate());
        row.put("state", details.state());
        services.add(row);
      }
      Printer printer = cli.printer();
      if (printer.json()) {
        printer.json(services);
      } else {
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, Object> s : services) {
          rows.add(List.of(text(s.get("serviceId")), text(s.get("route")), text(s.get("expirationDate")), text(s.get("state"))));
        }
        printer.table(List.of("ID", "SERVICE", "EXPIRES", "STATE"), rows);
      }
      return OvhRenewCli.OK;
    }
  }

  private static String text(Object value) {
    return value == null ? "-" : value.toString();
  }
}
