package io.github.ovhrenewal.examples;

import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.examples.sandbox.OvhSandbox;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The client an example runs with: from the environment ({@code OVH_ENDPOINT},
 * {@code OVH_APPLICATION_KEY}, {@code OVH_APPLICATION_SECRET}, {@code OVH_CONSUMER_KEY}), or,
 * when the first argument is {@code --sandbox}, against an embedded sandbox (no account, no money).
 */
public final class ExampleSession implements AutoCloseable {
  private final OvhSandbox sandbox;
  private final RenewalClient client;
  private final List<String> args;

  private ExampleSession(OvhSandbox sandbox, RenewalClient client, List<String> args) {
    this.sandbox = sandbox;
    this.client = client;
    this.args = args;
  }

  /**
   * Opens the session for an example's arguments.
   *
   * @param args the example's arguments; a leading {@code --sandbox} selects the sandbox
   * @return the session
   */
  public static ExampleSession open(String[] args) {
    List<String> rest = new ArrayList<>(Arrays.asList(args));
    if (!rest.isEmpty() && rest.get(0).equals("--sandbox")) {
      rest.remove(0);
      OvhSandbox sandbox = OvhSandbox.start();
      RenewalClient client = RenewalClient.builder()
          .endpoint(sandbox.baseUrl())
          .applicationKey(sandbox.applicationKey())
          .applicationSecret(sandbox.applicationSecret())
          .consumerKey(sandbox.consumerKey())
          .build();
      return new ExampleSession(sandbox, client, rest);
    }
    return new ExampleSession(null, RenewalClient.fromEnvironment(), rest);
  }

  /**
   * The client.
   *
   * @return the client
   */
  public RenewalClient client() {
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

  /** Closes the client, and the sandbox if one was started. */
  @Override
  public void close() {
    client.close();
    if (sandbox != null) {
      sandbox.close();
    }
  }
}
