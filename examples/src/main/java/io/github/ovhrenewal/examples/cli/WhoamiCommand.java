package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.core.config.ResolvedConfiguration;
import io.github.ovhrenewal.api.model.AccessRule;
import io.github.ovhrenewal.api.model.ApiCredential;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ovh-renew whoami}: where the configuration came from, and what the consumer key may do
 * ({@code GET /auth/currentCredential}), the first thing to check on a 403 "This call has not been granted".
 */
@Command(name = "whoami", description = "Show the configuration in use (never a secret) and the consumer key's rules.")
final class WhoamiCommand implements Callable<Integer> {
  @ParentCommand
  OvhRenewCli cli;

  @Override
  public Integer call() {
    try (CliSession session = cli.session()) {
      RenewalClient client = session.client();
      ResolvedConfiguration configuration = client.configuration();
      ApiCredential credential = client.auth().currentCredential();
      Printer printer = cli.printer();
      if (printer.json()) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("endpoint", client.endpoint().url());
        json.put("configuration", configuration == null ? List.of() : configuration.describe());
        json.put("credentialId", credential.credentialId());
        json.put("applicationId", credential.applicationId());
        json.put("status", credential.status());
        json.put("expiration", credential.expiration());
        json.put("rules", credential.rules());
        printer.json(json);
      } else {
        printer.line("Endpoint: " + client.endpoint());
        if (configuration != null) {
          configuration.describe().forEach(line -> printer.line("  " + line));
        }
        printer.line("Credential " + credential.credentialId() + " of application " + credential.applicationId()
            + ": " + credential.status() + (credential.expiration() == null ? "" : ", expires " + credential.expiration()));
        List<List<String>> rows = new ArrayList<>();
        for (AccessRule rule : credential.rules()) {
          rows.add(List.of(String.valueOf(rule.method()), String.valueOf(rule.path())));
        }
        printer.table(List.of("METHOD", "PATH"), rows);
      }
      return OvhRenewCli.OK;
    }
  }
}
