package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.api.model.PaymentMethod;
import io.github.ovhrenewal.core.RenewalClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ovh-renew payment-methods}: the account's payment methods, what {@code --pay method:ID}
 * and {@code --pay default} name.
 */
@Command(name = "payment-methods", description = "List the account's payment methods: id, type, label, default, status, expiry (for --pay method:ID or --pay default).")
final class PaymentMethodsCommand implements Callable<Integer> {
  @ParentCommand
  OvhRenewCli cli;

  @Override
  public Integer call() {
    try (CliSession session = cli.session()) {
      RenewalClient client = session.client();
      List<PaymentMethod> methods = client.payments().methods();
      Printer printer = cli.printer();
      if (printer.json()) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (PaymentMethod m : methods) {
          items.add(json(m));
        }
        printer.jsonWithNulls(items);
      } else {
        List<List<String>> rows = new ArrayList<>();
        for (PaymentMethod m : methods) {
          rows.add(List.of(
              String.valueOf(m.paymentMethodId()),
              m.paymentType() + (m.paymentSubType() == null ? "" : " " + m.paymentSubType()),
              text(m.label()),
              m.isDefaultMethod() ? "yes" : "",
              text(m.status()),
              m.expirationDate() == null ? "-" : m.expirationDate().toLocalDate().toString(),
              m.paymentMeanId() == null ? "-" : registered(m)));
        }
        printer.table(List.of("ID", "TYPE", "LABEL", "DEFAULT", "STATUS", "EXPIRES", "REGISTERED MEAN"), rows);
        if (methods.isEmpty()) {
          printer.line("No payment method on this account.");
        }
      }
      return OvhRenewCli.OK;
    }
  }

  /** One method for scripts: the ids {@code --pay} takes, and what decides whether it can pay. */
  static Map<String, Object> json(PaymentMethod m) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("paymentMethodId", m.paymentMethodId());
    item.put("paymentType", m.paymentType());
    item.put("paymentSubType", m.paymentSubType());
    item.put("label", m.label());
    item.put("default", m.isDefaultMethod());
    item.put("status", m.status() == null ? null : m.status().value());
    item.put("expirationDate", m.expirationDate() == null ? null : m.expirationDate().toString());
    item.put("paymentMeanId", m.paymentMeanId());
    return item;
  }

  /** The same method as a registered mean, e.g. {@code creditCard:5678}, as older scripts name it. */
  private static String registered(PaymentMethod m) {
    String type = m.paymentType() == null ? "" : m.paymentType();
    String mean = switch (type) {
      case "PAYPAL" -> "paypal";
      case "CREDIT_CARD" -> "creditCard";
      case "SEPA_DIRECT_DEBIT", "BANK_ACCOUNT" -> "bankAccount";
      default -> type;
    };
    return mean + ":" + m.paymentMeanId();
  }

  private static String text(Object value) {
    return value == null ? "-" : value.toString();
  }
}
