package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.core.CredentialRequester;
import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.core.config.ConfigurationSources;
import io.github.ovhrenewal.examples.sandbox.OvhSandbox;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

/**
 * Where a command's client comes from: an embedded sandbox ({@code --sandbox}), or the SDK's
 * configuration chain, exactly as python-ovh and go-ovh resolve it (OVH_* variables, then
 * {@code --config FILE}, then ./ovh.conf, ~/.ovh.conf, /etc/ovh.conf), with {@code --endpoint}
 * taking precedence.
 */
final class CliSession implements AutoCloseable {
  private final OvhSandbox sandbox;
  private final RenewalClient.Builder builder;
  private final VerboseLog verboseLog;
  private final PrintWriter err;
  private AutoCloseable opened;

  private CliSession(OvhSandbox sandbox, RenewalClient.Builder builder, VerboseLog verboseLog, PrintWriter err) {
    this.sandbox = sandbox;
    this.builder = builder;
    this.verboseLog = verboseLog;
    this.err = err;
  }

  /**
   * Opens a session; {@code fleetSize} generated services join the sandbox's four (0 for none).
   * With {@code verbose}, the SDK's log goes to {@code err} until it closes
   * (configured first, so that the sandbox's start and every call are logged).
   */
  static CliSession open(
      boolean useSandbox, int fleetSize, String endpoint, Path configFile, Map<String, String> environment, boolean verbose, PrintWriter err) {
    VerboseLog verboseLog = verbose ? VerboseLog.enable(err) : null;
    try {
      if (useSandbox) {
        OvhSandbox sandbox = fleetSize > 0 ? OvhSandbox.startWithFleet(fleetSize) : OvhSandbox.start();
        err.println("ovh-renew: sandbox started at " + sandbox.baseUrl() + " (application key " + sandbox.applicationKey() + ")"
            + (fleetSize > 0 ? " with " + fleetSize + " generated services besides the four guide services" : ""));
        err.flush();
        return new CliSession(sandbox, RenewalClient.builder()
            .endpoint(sandbox.baseUrl())
            .applicationKey(sandbox.applicationKey())
            .applicationSecret(sandbox.applicationSecret())
            .consumerKey(sandbox.consumerKey()), verboseLog, err);
      }
      RenewalClient.Builder builder = RenewalClient.builder().configurationSources(sources(environment, configFile));
      if (endpoint != null) {
        builder.endpoint(endpoint);
      }
      return new CliSession(null, builder, verboseLog, err);
    } catch (RuntimeException e) {
      if (verboseLog != null) {
        verboseLog.close();
      }
      throw e;
    }
  }

  /**
   * The chain over the CLI's environment. The home directory is the environment's HOME, as
   * python's expanduser reads it, so that the chain sees the same environment the CLI was given.
   */
  private static ConfigurationSources sources(Map<String, String> environment, Path configFile) {
    String home = environment.get("HOME");
    ConfigurationSources sources = ConfigurationSources.of(
        environment,
        Paths.get(System.getProperty("user.dir")),
        home == null || home.isBlank() ? null : Paths.get(home),
        Paths.get("/etc/ovh.conf"));
    return configFile == null ? sources : sources.withConfigFile(configFile);
  }

  /**
   * A client for the API calls; built on first use, closed with the session. Warns if a file that
   * gave it a secret can be read by others.
   */
  RenewalClient client() {
    RenewalClient client = builder.build();
    opened = client;
    ConfigFilePermissions.warnIfOthersCanAccess(client.configuration(), err);
    return client;
  }

  /** A requester for a new consumer key: needs only the application key and secret. */
  CredentialRequester credentialRequester() {
    CredentialRequester requester = builder.buildForCredentialRequest();
    opened = requester;
    ConfigFilePermissions.warnIfOthersCanAccess(requester.configuration(), err);
    return requester;
  }

  @Override
  public void close() {
    try {
      if (opened != null) {
        opened.close();
      }
    } catch (Exception e) {
      // Closing only releases connections; nothing to report.
    } finally {
      if (sandbox != null) {
        sandbox.close();
      }
      if (verboseLog != null) {
        verboseLog.close();
      }
    }
  }
}
