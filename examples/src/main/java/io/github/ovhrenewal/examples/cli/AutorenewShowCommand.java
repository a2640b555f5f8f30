package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.core.fleet.RenewSettings;
import io.github.ovhrenewal.core.fleet.ServiceSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code ovh-renew autorenew show [SERVICE…]}: each service's renewal mode and period, and what it allows. */
@Command(name = "show", description = "Show each service's renewal mode, period and next date, and the modes and periods it allows (every service when none is named).")
final class AutorenewShowCommand implements Callable<Integer> {
  @ParentCommand
  AutorenewCommand parent;

  @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Service ids or /route/name; default: every service.")
  List<String> services = new ArrayList<>();

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    OvhRenewCli cli = parent.cli;
    List<ServiceRef> refs = services.stream().map(ServiceRef::parse).toList();
    try (CliSession session = cli.session()) {
      RenewalClient client = session.client();
      List<Long> ids = refs.isEmpty()
          ? client.services().summaries().stream().filter(s -> s.expiration() != null).map(ServiceSummary::serviceId).toList()
          : refs.stream().map(ref -> ref.renewal(client).serviceId()).toList();
      Progress<RenewSettings> progress = Progress.on(cli, "autorenew", s -> String.valueOf(s.serviceId()));
      List<RenewSettings> settings;
      try {
        settings = client.services().renewSettings(ids, progress);
      } finally {
        progress.finish();
      }
      Printer printer = cli.printer(json);
      if (printer.json()) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (RenewSettings s : settings) {
          items.add(json(s));
        }
        printer.jsonWithNulls(items);
      } else {
        List<List<String>> rows = new ArrayList<>();
        for (RenewSettings s : settings) {
          rows.add(List.of(String.valueOf(s.serviceId()), text(s.name()), text(s.mode()), text(s.period()),
              s.nextDate() == null ? "-" : s.nextDate().toLocalDate().toString(), join(s.possibleModes()), join(s.possiblePeriods())));
        }
        printer.table(List.of("ID", "NAME", "MODE", "PERIOD", "NEXT", "MODES ALLOWED", "PERIODS ALLOWED"), rows);
      }
      return OvhRenewCli.OK;
    }
  }

  static Map<String, Object> json(RenewSettings s) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("serviceId", s.serviceId());
    item.put("name", s.name());
    item.put("parentServiceId", s.parentServiceId());
    item.put("renewMode", s.mode() == null ? null : s.mode().value());
    item.put("renewPeriod", s.period() == null ? null : s.period().toString());
    item.put("nextDate", s.nextDate() == null ? null : s.nextDate().toString());
    item.put("possibleModes", s.possibleModes().stream().map(Object::toString).toList());
    item.put("possiblePeriods", s.possiblePeriods().stream().map(Object::toString).toList());
    return item;
  }

  static String text(Object value) {
    return value == null ? "-" : value.toString();
  }

  private static String join(List<?> values) {
    return values.isEmpty() ? "-" : values.stream().map(Object::toString).collect(Collectors.joining(" "));
  }
}
