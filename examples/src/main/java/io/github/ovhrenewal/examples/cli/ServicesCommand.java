package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.api.model.ServiceDetails;
import io.github.ovhrenewal.core.RenewalClient;
import java.util.ArrayList;
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
      List<Map<String, Object>> services = new ArrayList<>();
      for (long id : client.services().list()) {
        ServiceDetails details = client.services().get(id);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("serviceId", id);
        row.put("route", details.route() == null ? null : details.route().url());
        row.put("expirationDate", details.expirationDate());
        row.put("state", details.state());
        services.add(row);
      }
      // Soonest expiry first: what needs renewing is on top; services that never expire last.
      services.sort((a, b) -> {
        Comparable<Object> x = comparable(a.get("expirationDate"));
        Comparable<Object> y = comparable(b.get("expirationDate"));
        if (x == null || y == null) {
          return x == null ? (y == null ? 0 : 1) : -1;
        }
        return x.compareTo(y);
      });
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

  @SuppressWarnings("unchecked")
  private static Comparable<Object> comparable(Object value) {
    return (Comparable<Object>) value;
  }

  private static String text(Object value) {
    return value == null ? "-" : value.toString();
  }
}
