package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.api.model.OrderStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ovh-renew pay ORDER_ID --pay default|method:ID|MEAN[:ID]}: pays an order (any unpaid one,
 * e.g. from {@code ovh-renew orders --unpaid}) with a payment method or a registered mean, checked
 * first, and says it is paid only when the order's status confirms it (otherwise exit code 3).
 */
@Command(name = "pay", description = "Pay an order with a payment method or a registered payment mean. \"Paid\" only once the order's status confirms it; otherwise exit 3.")
final class PayCommand implements Callable<Integer> {
  @ParentCommand
  OvhRenewCli cli;

  @Parameters(index = "0", paramLabel = "ORDER_ID", description = "The order id, as renew printed it.")
  String orderId;

  @Option(names = "--pay", required = true, paramLabel = "PAYMENT",
      description = "default (the account's default payment method), method:ID (a payment method), or a registered mean MEAN[:ID] (paypal:1234, ovhAccount).")
  String pay;

  @Override
  public Integer call() {
    long id = OrderIdArg.parse(orderId);
    PaymentArg payment = PaymentArg.parse(pay);
    try (CliSession session = cli.session()) {
      RenewalClient client = session.client();
      payment = PaymentMeanCheck.beforeOrdering(client, payment, cli.err);
      OrderStatus status = PaymentConfirmation.payAndConfirm(client, id, payment);
      Printer printer = cli.printer();
      if (printer.json()) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("orderId", id);
        json.putAll(paymentView(payment, status));
        printer.json(json);
      } else {
        printer.line("Paid order " + id + " with " + payment + ": status " + status + ".");
      }
      return OvhRenewCli.OK;
    }
  }

  static Map<String, Object> paymentView(PaymentArg payment, OrderStatus status) {
    Map<String, Object> json = new LinkedHashMap<>();
    if (payment.isMethod()) {
      json.put("paymentMethodId", payment.id());
    } else {
      json.put("paymentMean", payment.mean());
      json.put("paymentMeanId", payment.meanId());
    }
    json.put("status", status);
    return json;
  }
}
