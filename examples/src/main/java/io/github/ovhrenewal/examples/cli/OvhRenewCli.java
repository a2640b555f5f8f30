package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.core.exception.BudgetExceededException;
import io.github.ovhrenewal.core.exception.OrderOutcomeUnknownException;
import io.github.ovhrenewal.core.exception.OvhConfigurationException;
import io.github.ovhrenewal.core.exception.OvhException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ovh-renew}: renew OVHcloud services from a terminal or from cron.
 *
 * <pre>
 * ovh-renew [--sandbox] [--endpoint E] [--json] [--verbose] COMMAND
 *   services                               every service: id, route/name, expiry, state
 *   options SERVICE                        periods and strategies with prices
 *   quote   SERVICE PERIOD                 price of a renewal, nothing ordered
 *   renew   SERVICE PERIOD [--pay MEAN[:ID]] [--yes] [--max-price AMOUNT]
 *   pay     ORDER_ID --pay MEAN[:ID]
 *   order-status ORDER_ID                  an order's status and price: whether it is paid
 *   whoami                                 the configuration in use and the consumer key's rules
 *   create-consumer-key [--rules renewal|read-only|read-write|all] [--redirect URL]
 * </pre>
 *
 * Exit codes: 0 success, 1 the API or the network failed, 2 bad usage or bad input (nothing
 * sent), 3 an order or payment was sent and its outcome is unknown.
 */
@Command(
    name = "ovh-renew",
    mixinStandardHelpOptions = true,
    // Subcommands inherit --help (and the exit codes list): "ovh-renew renew --help" must show help,
    // not "Missing required parameters".
    scope = CommandLine.ScopeType.INHERIT,
    version = "ovh-renew 0.1.0",
    description = "Renew OVHcloud services through the OVH API.",
    subcommands = {
      ServicesCommand.class, OptionsCommand.class, QuoteCommand.class, RenewCommand.class, PayCommand.class,
      OrderStatusCommand.class, WhoamiCommand.class, CreateConsumerKeyCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the API or the network failed",
      "2:bad usage or bad input, or the quote is above --max-price (nothing was ordered)",
      "3:an order or payment was sent and its outcome is unknown, or a payment is not confirmed by the order's status"
    })
public final class OvhRenewCli implements Runnable {
  /** Success. */
  public static final int OK = 0;
  /** The API or the network failed. */
  public static final int API_FAILURE = 1;
  /** Bad usage or bad input: nothing was sent. */
  public static final int BAD_INPUT = 2;
  /** An order or payment was sent and its outcome is unknown. */
  public static final int OUTCOME_UNKNOWN = 3;

  @Option(names = "--sandbox", description = "Run against an embedded OVH sandbox: no account, no money.")
  boolean sandbox;

  @Option(names = "--endpoint", paramLabel = "E", description = "Endpoint name (ovh-eu, ovh-ca, ovh-us, ...) or URL; overrides the configuration.")
  String endpoint;

  @Option(names = "--config", paramLabel = "FILE", description = "An ovh.conf file, read after the OVH_* variables and before ./ovh.conf, ~/.ovh.conf, /etc/ovh.conf.")
  Path config;

  @Option(names = "--json", description = "Write JSON for scripts instead of tables.")
  boolean json;

  @Option(names = "--verbose", description = "Log each request and answer (secrets redacted) to stderr.")
  boolean verbose;

  @Spec
  CommandSpec spec;

  final Map<String, String> environment;
  final Terminal terminal;
  PrintWriter out;
  PrintWriter err;

  OvhRenewCli(Map<String, String> environment, Terminal terminal) {
    this.environment = environment;
    this.terminal = terminal;
  }

  @Override
  public void run() {
    // The running CommandLine, not a new one: a new one would print the usage to System.err
    // instead of the err stream given to execute().
    throw new CommandLine.ParameterException(spec.commandLine(), "a COMMAND is required: services, options, quote, renew, pay, order-status, whoami or create-consumer-key");
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    int code = execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.getenv(), Terminal.system());
    System.exit(code);
  }

  /** Runs with the given streams, environment and terminal; returns the exit code. */
  static int execute(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment, Terminal terminal) {
    OvhRenewCli cli = new OvhRenewCli(environment, terminal);
    cli.out = out;
    cli.err = err;
    CommandLine commandLine = new CommandLine(cli);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler((e, line, parseResult) -> report(e, err, environment));
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Opens the session the subcommands run in, with logging set as asked. */
  CliSession session() {
    return CliSession.open(sandbox, endpoint, config, environment, verbose, err);
  }

  Printer printer() {
    return new Printer(out, json);
  }

  private static int report(Exception e, PrintWriter err, Map<String, String> environment) {
    if (e instanceof OrderOutcomeUnknownException) {
      err.println("ovh-renew: OUTCOME UNKNOWN: " + e.getMessage());
      Long orderId = ((OrderOutcomeUnknownException) e).orderId();
      if (orderId != null) {
        err.println("ovh-renew: do not pay again before checking the order's status: ovh-renew order-status " + orderId);
      } else {
        err.println("ovh-renew: do not run this again before checking your orders (GET /me/order, or the control panel).");
      }
      err.flush();
      return OUTCOME_UNKNOWN;
    }
    if (e instanceof PaymentNotConfirmedException) {
      err.println("ovh-renew: PAYMENT OUTCOME UNKNOWN: " + e.getMessage());
      err.println("ovh-renew: do not pay again before checking the order's status: ovh-renew order-status "
          + ((PaymentNotConfirmedException) e).orderId());
      err.flush();
      return OUTCOME_UNKNOWN;
    }
    if (e instanceof BudgetExceededException) {
      err.println("ovh-renew: " + e.getMessage());
      err.flush();
      return BAD_INPUT;
    }
    if (e instanceof OvhConfigurationException) {
      err.println("ovh-renew: " + e.getMessage());
      List<String> unset = new ArrayList<>();
      for (String name : List.of("OVH_ENDPOINT", "OVH_APPLICATION_KEY", "OVH_APPLICATION_SECRET", "OVH_CONSUMER_KEY")) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
          unset.add(name);
        }
      }
      err.println("ovh-renew: " + (unset.isEmpty() ? "" : "set " + String.join(", ", unset) + ", or ")
          + "write the settings in an ovh.conf (--config FILE), or try --sandbox to run without an account.");
      err.flush();
      return BAD_INPUT;
    }
    if (e instanceof IllegalArgumentException) {
      err.println("ovh-renew: " + e.getMessage());
      err.flush();
      return BAD_INPUT;
    }
    if (e instanceof OvhException) {
      err.println("ovh-renew: " + e.getMessage());
      err.flush();
      return API_FAILURE;
    }
    err.println("ovh-renew: unexpected failure: " + e);
    err.flush();
    return API_FAILURE;
  }
}
