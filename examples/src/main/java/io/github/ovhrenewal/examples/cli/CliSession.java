package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.examples.sandbox.OvhSandbox;
import java.io.PrintWriter;
import java.util.Map;

/** The client a command runs with, and the sandbox behind it when {@code --sandbox} was given. */
final class CliSession implements AutoCloseable {
  private final OvhSandbox sandbox;
  private final RenewalClient client;

  private CliSession(OvhSandbox sandbox, RenewalClient client) {
    this.sandbox = sandbox;
    this.client = client;
  }

  /**
   * Opens a session: an embedded sandbox and a client for it, or a client configured from the
   * environment (the SDK's configuration), with {@code --endpoint} taking precedence.
   */
  static CliSession open(boolean useSandbox, String endpoint, Map<String, String> environment, PrintWriter err) {
    if (useSandbox) {
      OvhSandbox sandbox = OvhSandbox.start();
      err.println("ovh-renew: sandbox started at " + sandbox.baseUrl() + " (application key " + sandbox.applicationKey() + ")");
      err.flush();
      RenewalClient client = RenewalClient.builder()
          .endpoint(sandbox.baseUrl())
          .applicationKey(sandbox.applicationKey())
          .applicationSecret(sandbox.applicationSecret())
          .consumerKey(sandbox.consumerKey())
          .build();
      return new CliSession(sandbox, client);
    }
    return new CliSession(null, EnvironmentConfig.client(environment, endpoint));
  }

  RenewalClient client() {
    return client;
  }

  @Override
  public void close() {
    client.close();
    if (sandbox != null) {
      sandbox.close();
    }
  }
}
