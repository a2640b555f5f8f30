package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.core.CredentialRequester;
import io.github.ovhrenewal.core.config.AccessRules;
import io.github.ovhrenewal.api.model.CredentialRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ovh-renew create-consumer-key}: asks OVH for a new consumer key limited to a rule set
 * ({@code POST /auth/credential}), and prints the URL where the account owner validates it.
 * Needs only the application key and secret. The new key is printed once: the one secret this
 * command line ever prints, because it is what the person asked for.
 */
@Command(name = "create-consumer-key", description = "Create a consumer key limited to a rule set; prints the URL to validate it and the key (once).")
final class CreateConsumerKeyCommand implements Callable<Integer> {
  @ParentCommand
  OvhRenewCli cli;

  @Option(names = "--rules", paramLabel = "SET", defaultValue = "renewal",
      description = "renewal (only what renewing needs, default), read-only, read-write, read-write-safe or all.")
  String rules;

  @Option(names = "--redirect", paramLabel = "URL", description = "Where OVH sends the browser after validation.")
  String redirect;

  @Override
  public Integer call() {
    AccessRules accessRules = AccessRules.named(rules);
    try (CliSession session = cli.session()) {
      CredentialRequester requester = session.credentialRequester();
      CredentialRequest request = requester.createConsumerKey(accessRules, redirect, null);
      Printer printer = cli.printer();
      if (printer.json()) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("validationUrl", request.validationUrl());
        json.put("consumerKey", request.consumerKey());
        json.put("state", request.state());
        json.put("rules", accessRules.rules());
        printer.json(json);
      } else {
        printer.line("Open this URL, log in and validate the key:");
        printer.line("  " + request.validationUrl());
        printer.line("Consumer key (" + request.state() + "), shown only now; set it as OVH_CONSUMER_KEY or consumer_key in ovh.conf:");
        printer.line("  " + request.consumerKey());
        printer.line("Rules (" + rules + "): " + accessRules.rules().size() + " rules; check them with: ovh-renew whoami");
      }
      return OvhRenewCli.OK;
    }
  }
}
