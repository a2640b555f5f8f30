package io.github.ovhrenewal.examples.cli;

import java.io.PrintWriter;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * Runs {@code ovh-renew} in its own JVM with a full garbage collection forced each time the CLI
 * reads its environment, which it does after configuring {@code --verbose} and before building its
 * client: a collection such as a real run may get at any moment. Used by {@link CliVerboseLoggingTest}
 * in a fresh JVM, where no SDK class holds a logger yet.
 */
public final class GcBeforeFirstCall {
  private GcBeforeFirstCall() {}

  /**
   * Runs the command line.
   *
   * @param args ovh-renew's arguments
   */
  public static void main(String[] args) {
    int code = OvhRenewCli.execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
        new CollectingOnRead(System.getenv()), FakeTerminal.nonInteractive());
    System.exit(code);
  }

  /** A read-only view of the environment that collects garbage before every read. */
  private static final class CollectingOnRead extends AbstractMap<String, String> {
    private final Map<String, String> variables;

    CollectingOnRead(Map<String, String> variables) {
      this.variables = variables;
    }

    @Override
    public String get(Object key) {
      System.gc();
      return variables.get(key);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
      System.gc();
      return variables.entrySet();
    }
  }
}
