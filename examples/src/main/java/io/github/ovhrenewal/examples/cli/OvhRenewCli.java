package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.core.exception.BudgetExceededException;
import io.github.ovhrenewal.core.exception.OrderNotPaidException;
import io.github.ovhrenewal.core.exception.OrderStatusTimeoutException;
import io.github.ovhrenewal.core.exception.PaymentMethodUnusableException;
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
 * ovh-renew [--sandbox | --sandbox-fleet N] [--endpoint E] [--json] [--verbose] COMMAND
 *   services                               every service: id, route/name, expiry, state
 *   due   [--within 30d | --before DATE] [--all-modes] [--fail-if-any] [--json | --csv]
 *                                          what expires soon, add-ons under their parent
 *   plan  [--within 30d | --before DATE] [--period P1Y | --period current] [--include-automatic] [-o FILE] [--json]
 *                                          the price of renewing each due service, nothing ordered
 *   apply PLAN_FILE [--pay PAYMENT] [--max-total AMOUNT[ CUR]] [--journal FILE] [--yes] [--retry-unknown] [--wait] [--json]
 *                                          order (and pay) a plan's renewals once each, journaled, resumable
 *   autorenew show [SERVICE…]              how services renew, and what they allow
 *   autorenew set (SERVICE… | --all | --due-within 60d) --mode automatic|manual [--period P1Y] [--include-addons] [--dry-run] [--yes]
 *   options SERVICE                        periods and strategies with prices
 *   quote   SERVICE PERIOD                 price of a renewal, nothing ordered
 *   renew   SERVICE PERIOD [--pay PAYMENT] [--yes] [--max-price AMOUNT] [--wait [--wait-timeout 10m]]
 *   pay     ORDER_ID --pay PAYMENT         PAYMENT: default, method:ID, or a registered mean MEAN[:ID]
 *   payment-methods                        the account's payment methods
 *   orders  [--since 30d] [--unpaid]       recent orders, their services and status
 *   order-status ORDER_ID                  an order's status and price: whether it is paid
 *   whoami                                 the configuration in use and the consumer key's rules
 *   create-consumer-key [--rules renewal|read-only|read-write|all] [--redirect URL]
 * </pre>
 *
 * Exit codes: 0 success, 1 the API or the network failed or {@code apply} had items refused, 2 bad
 * usage or bad input (nothing sent) or a budget reached, 3 an order or payment was sent and its
 * outcome is unknown, 4 {@code due --fail-if-any} found services to renew, 5 {@code --wait}: paid but
 * not delivered in time.
 *
 * <p>The classes: {@link OvhRenewCli} (options, exit codes, error reporting), {@link CliSession}
 * (where the client comes from, sandbox included), the commands ({@link ServicesCommand},
 * {@link OptionsCommand}, {@link QuoteCommand}, {@link RenewCommand}, {@link PayCommand},
 * {@link OrderStatusCommand}, {@link WhoamiCommand}, {@link CreateConsumerKeyCommand}, and the
 * fleet's {@link DueCommand}, {@link PlanCommand}, {@link ApplyCommand}, and {@link OrdersCommand},
 * {@link PaymentMethodsCommand}, {@link AutorenewCommand} with {@link AutorenewShowCommand} and
 * {@link AutorenewSetCommand}), their arguments
 * ({@link ServicePeriodArgs}, {@link ServiceRef}, {@link PaymentArg}, {@link OrderIdArg},
 * {@link WindowArgs}, {@link MaxTotalArg}, {@link WaitArgs}), checks ({@link PaymentMeanCheck},
 * {@link PaymentConfirmation}), and output ({@link Printer}, {@link OrderView}, {@link DueView},
 * {@link PlanView}, {@link ApplyView}, {@link Csv}, {@link Progress}, {@link Terminal},
 * {@link VerboseLog}).
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
      OrderStatusCommand.class, OrdersCommand.class, PaymentMethodsCommand.class, DueCommand.class, PlanCommand.class,
      ApplyCommand.class, AutorenewCommand.class, WhoamiCommand.class, CreateConsumerKeyCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the API or the network failed, or apply: some items were refused (or their payment was)",
      "2:bad usage or bad input, or the quote is above --max-price (nothing was ordered), or apply stopped at --max-total (nothing more was ordered)",
      "3:an order or payment was sent and its outcome is unknown, or a payment is not confirmed by the order's status (apply: the journal names them)",
      "4:due --fail-if-any: a service whose renewal is not automatic expires within the window",
      "5:--wait: the order is paid but was not delivered within --wait-timeout"
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
  /** {@code due --fail-if-any}: something to renew by hand expires within the window. */
  public static final int DUE_FOUND = 4;
  /** {@code --wait}: paid, and not delivered within the timeout. */
  public static final int NOT_DELIVERED = 5;
  /** The most services {@code --sandbox-fleet} generates. */
  static final int MAX_SANDBOX_FLEET = 100_000;

  @Option(names = "--sandbox", description = "Run against an embedded OVH sandbox: no account, no money.")
  boolean sandbox;

  /** The generated services of {@code --sandbox-fleet}, or -1 for the guide's four services only. */
  int sandboxFleet = -1;

  @Option(names = "--sandbox-fleet", paramLabel = "N",
      description = "As --sandbox, with N generated services (varied products, expirations and renew modes) besides the four guide services. Each run starts a fresh sandbox.")
  void sandboxFleet(int services) {
    if (services < 0 || services > MAX_SANDBOX_FLEET) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--sandbox-fleet " + services + " is out of range; expected a number of services from 0 to " + MAX_SANDBOX_FLEET);
    }
    this.sandboxFleet = services;
  }

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
    throw new CommandLine.ParameterException(spec.commandLine(), "a COMMAND is required: services, options, quote, renew, pay, order-status, orders, payment-methods, due, plan, apply, autorenew, whoami or create-consumer-key");
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
    return CliSession.open(sandbox || sandboxFleet >= 0, Math.max(sandboxFleet, 0), endpoint, config, environment, verbose, err);
  }

  Printer printer() {
    return new Printer(out, json);
  }

  /** A printer in JSON mode when the command's own {@code --json} or the global one asks for it. */
  Printer printer(boolean commandJson) {
    return new Printer(out, json || commandJson);
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
    if (e instanceof OrderStatusTimeoutException timeout) {
      err.println("ovh-renew: " + e.getMessage());
      err.println("ovh-renew: the order is paid; delivery is late. Check it later: ovh-renew order-status " + timeout.orderId());
      err.flush();
      return NOT_DELIVERED;
    }
    if (e instanceof PaymentMethodUnusableException) {
      err.println("ovh-renew: " + e.getMessage());
      err.println("ovh-renew: see the account's payment methods: ovh-renew payment-methods");
      err.flush();
      return BAD_INPUT;
    }
    if (e instanceof OrderNotPaidException notPaid) {
      err.println("ovh-renew: " + e.getMessage());
      err.println("ovh-renew: pay it with: ovh-renew pay " + notPaid.orderId() + " --pay default|method:ID|MEAN[:ID]");
      err.flush();
      return API_FAILURE;
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
