package io.github.ovhrenewal.examples;

import io.github.ovhrenewal.core.config.ConfigurationSources;
import io.github.ovhrenewal.core.exception.OrderOutcomeUnknownException;
import io.github.ovhrenewal.core.exception.OvhConfigurationException;
import io.github.ovhrenewal.core.exception.OvhException;
import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.examples.sandbox.OvhSandbox;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What every example shares: its arguments, the client it runs with, and how it ends.
 *
 * <p>The client comes from the environment and the {@code ovh.conf} files ({@code OVH_ENDPOINT},
 * {@code OVH_APPLICATION_KEY}, {@code OVH_APPLICATION_SECRET}, {@code OVH_CONSUMER_KEY}), or, when
 * the first argument is {@code --sandbox}, from an embedded sandbox (no account, no money). It is
 * made on first use, so that arguments are checked before anything starts or is sent.
 *
 * <p>{@link #run} ends an example the same way for all: every failure is one line on stderr (what
 * is wrong, what to do), never a stack trace, and an exit code: 0 success, 1 the API or the network
 * failed, 2 bad usage or no configuration, 3 an order or payment was sent and its outcome is
 * unknown.
 */
public final class ExampleSession implements AutoCloseable {
  /** Success. */
  public static final int OK = 0;
  /** The API or the network failed. */
  public static final int API_FAILURE = 1;
  /** Bad usage, bad input or no configuration: nothing was ordered. */
  public static final int BAD_USAGE = 2;
  /** An order or payment was sent and its outcome is unknown. */
  public static final int OUTCOME_UNKNOWN = 3;

  /** What an example does with its session: reads its arguments first, then calls the API. */
  @FunctionalInterface
  public interface Scenario {
    /**
     * Runs the example.
     *
     * @param session the arguments and the client
     * @param out where the example reports
     */
    void run(ExampleSession session, PrintStream out);
  }

  private final boolean useSandbox;
  private final List<String> args;
  private final ConfigurationSources sources;
  private OvhSandbox sandbox;
  private RenewalClient client;

  private ExampleSession(boolean useSandbox, List<String> args, ConfigurationSources sources) {
    this.useSandbox = useSandbox;
    this.args = args;
    this.sources = sources;
  }

  /**
   * Opens the session for an example's arguments, with the real environment and files.
   *
   * @param args the example's arguments; a leading {@code --sandbox} selects the sandbox
   * @return the session; nothing is started before {@link #client()}
   */
  public static ExampleSession open(String[] args) {
    return open(args, ConfigurationSources.system());
  }

  static ExampleSession open(String[] args, ConfigurationSources sources) {
    List<String> rest = new ArrayList<>(Arrays.asList(args));
    boolean useSandbox = !rest.isEmpty() && rest.get(0).equals("--sandbox");
    if (useSandbox) {
      rest.remove(0);
    }
    return new ExampleSession(useSandbox, List.copyOf(rest), sources);
  }

  /**
   * Runs an example as its {@code main} does, without leaving the JVM: for {@code main} and for
   * tests.
   *
   * @param name the example's name, e.g. {@code RenewVps}
   * @param arguments its arguments as the usage line shows them, e.g. {@code [--sandbox] [DOMAIN]}
   * @param args the command-line arguments
   * @param out where the example reports
   * @param err where a failure is reported, in one line
   * @param scenario the example
   * @return the exit code
   */
  public static int run(String name, String arguments, String[] args, PrintStream out, PrintStream err, Scenario scenario) {
    return run(name, arguments, args, out, err, ConfigurationSources.system(), scenario);
  }

  /** As {@link #run(String, String, String[], PrintStream, PrintStream, Scenario)}, with given sources (tests). */
  static int run(String name, String arguments, String[] args, PrintStream out, PrintStream err,
      ConfigurationSources sources, Scenario scenario) {
    String usage = "usage: " + name + " " + arguments;
    if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
      out.println(usage);
      return OK;
    }
    try (ExampleSession session = open(args, sources)) {
      scenario.run(session, out);
      return OK;
    } catch (OvhConfigurationException e) {
      err.println(name + ": no usable OVH configuration (" + firstLine(e.getMessage()) + "): set OVH_ENDPOINT,"
          + " OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY (or write an ovh.conf), or pass --sandbox");
      return BAD_USAGE;
    } catch (OrderOutcomeUnknownException e) {
      err.println(name + ": OUTCOME UNKNOWN: " + oneLine(e.getMessage()) + " Check the account's orders before running this again.");
      return OUTCOME_UNKNOWN;
    } catch (OvhException e) {
      err.println(name + ": " + oneLine(e.getMessage()));
      return API_FAILURE;
    } catch (IllegalArgumentException e) {
      err.println(name + ": " + oneLine(e.getMessage()) + "; " + usage);
      return BAD_USAGE;
    } catch (RuntimeException e) {
      // A bug or the machine (a port in use...): still one line, never a stack trace.
      err.println(name + ": unexpected failure: " + oneLine(String.valueOf(e)));
      return API_FAILURE;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * The client, made on first use: the sandbox's, or the configuration's.
   *
   * @return the client
   * @throws OvhConfigurationException if no configuration is usable
   */
  public RenewalClient client() {
    if (client == null) {
      if (useSandbox) {
        sandbox = OvhSandbox.start();
        client = RenewalClient.builder()
            .endpoint(sandbox.baseUrl())
            .applicationKey(sandbox.applicationKey())
            .applicationSecret(sandbox.applicationSecret())
            .consumerKey(sandbox.consumerKey())
            .build();
      } else {
        client = RenewalClient.builder().configurationSources(sources).build();
      }
    }
    return client;
  }

  /**
   * An argument after {@code --sandbox}, or a default.
   *
   * @param index its position
   * @param fallback the default
   * @return the argument or the default
   */
  public String arg(int index, String fallback) {
    return index < args.size() ? args.get(index) : fallback;
  }

  /**
   * Checks how many arguments came after {@code --sandbox}.
   *
   * @param allowed the counts the example accepts after {@code --sandbox}, e.g. {@code 0, 2}
   * @throws IllegalArgumentException naming what came and what is expected
   */
  public void requireArgCount(int... allowed) {
    for (int count : allowed) {
      if (args.size() == count) {
        return;
      }
    }
    throw new IllegalArgumentException((args.isEmpty() ? "no arguments" : "unexpected arguments " + args)
        + " (expected " + Arrays.toString(allowed).replaceAll("[\\[\\]]", "").replace(", ", " or ") + ")");
  }

  /**
   * A numeric argument, or a default.
   *
   * @param index its position
   * @param name its name in the usage line, e.g. {@code PAYPAL_ID}
   * @param fallback the default
   * @return the number, positive
   * @throws IllegalArgumentException naming the argument when it is not a positive number
   */
  public long positiveLongArg(int index, String name, long fallback) {
    String text = arg(index, null);
    if (text == null) {
      return fallback;
    }
    try {
      long value = Long.parseLong(text);
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + " '" + text + "' is not a positive number");
  }

  /** Closes the client, and the sandbox if one was started. */
  @Override
  public void close() {
    if (client != null) {
      client.close();
    }
    if (sandbox != null) {
      sandbox.close();
    }
  }

  private static String firstLine(String message) {
    String text = message == null ? "" : message;
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ");
  }
}
