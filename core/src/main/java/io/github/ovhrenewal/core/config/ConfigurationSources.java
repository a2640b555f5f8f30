package io.github.ovhrenewal.core.config;

import io.github.ovhrenewal.core.exception.OvhConfigurationException;

import io.github.ovhrenewal.core.util.Arguments;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a client's settings are looked for, after the values given to the builder: the
 * environment ({@code OVH_*} variables), then an explicit file if any, then {@code ./ovh.conf},
 * {@code ~/.ovh.conf} and {@code /etc/ovh.conf}, as python-ovh and go-ovh look.
 *
 * <p>Each source is a value, not a global read, so tests and tools can point the chain at a
 * controlled environment and temporary directories:
 *
 * <pre>{@code
 * ConfigurationSources sources = ConfigurationSources.of(Map.of("OVH_ENDPOINT", "ovh-eu"), workDir, homeDir, etcFile);
 * RenewalClient client = RenewalClient.builder().configurationSources(sources).build();
 * }</pre>
 */
public final class ConfigurationSources {
  private final Map<String, String> environment;
  private final Path workingDirectory;
  private final Path homeDirectory;
  private final Path systemFile;
  private final Path explicitFile;

  private ConfigurationSources(Map<String, String> environment, Path workingDirectory, Path homeDirectory, Path systemFile, Path explicitFile) {
    // Copied so that a caller's later change cannot alter the chain; sorted for stable diagnostics.
    this.environment = environment == null ? null : Collections.unmodifiableMap(new TreeMap<>(environment));
    this.workingDirectory = workingDirectory;
    this.homeDirectory = homeDirectory;
    this.systemFile = systemFile;
    this.explicitFile = explicitFile;
  }

  /**
   * The real sources: {@link System#getenv()}, the working directory ({@code user.dir}), the home
   * directory ({@code user.home}) and {@code /etc/ovh.conf}.
   *
   * @return the sources
   */
  public static ConfigurationSources system() {
    return new ConfigurationSources(
        System.getenv(), Paths.get(System.getProperty("user.dir")), Paths.get(System.getProperty("user.home")), Paths.get("/etc/ovh.conf"), null);
  }

  /**
   * Given sources, e.g. for tests.
   *
   * @param environment the variables, as {@link System#getenv()} would give them
   * @param workingDirectory where {@code ./ovh.conf} is looked for, or null to skip that file
   * @param homeDirectory where {@code ~/.ovh.conf} is looked for, or null to skip that file
   * @param systemFile the file standing for {@code /etc/ovh.conf}, or null to skip it
   * @return the sources
   * @throws IllegalArgumentException if {@code environment} is null or holds a null key or value
   */
  public static ConfigurationSources of(Map<String, String> environment, Path workingDirectory, Path homeDirectory, Path systemFile) {
    Arguments.notNull("environment", environment);
    // Checked entry by entry: Map.of(...).containsKey(null) throws instead of answering.
    for (Map.Entry<String, String> variable : environment.entrySet()) {
      if (variable.getKey() == null || variable.getValue() == null) {
        throw new IllegalArgumentException("environment must not hold a null name or value");
      }
    }
    return new ConfigurationSources(environment, workingDirectory, homeDirectory, systemFile, null);
  }

  /**
   * No source at all: only the builder's values count.
   *
   * @return the empty sources
   */
  public static ConfigurationSources none() {
    return new ConfigurationSources(null, null, null, null, null);
  }

  /**
   * These sources plus an explicit file, which comes after the environment and before the default
   * files (as python-ovh's {@code config_file} argument). Unlike the default files, it must exist.
   *
   * @param file the file
   * @return new sources
   */
  public ConfigurationSources withConfigFile(Path file) {
    return new ConfigurationSources(environment, workingDirectory, homeDirectory, systemFile, Arguments.notNull("configFile", file));
  }

  /** The variables, or null when the environment is not a source. */
  Map<String, String> environment() {
    return environment;
  }

  Path workingDirectory() {
    return workingDirectory;
  }

  Path homeDirectory() {
    return homeDirectory;
  }

  Path systemFile() {
    return systemFile;
  }

  Path explicitFile() {
    return explicitFile;
  }

  /** Names the places, never the environment's values (they may hold secrets). */
  /**
   * Resolves a client's settings: each from the caller's own values first, then these sources in
   * order. This is what {@code RenewalClient.Builder} does.
   *
   * @param given the caller's values, any of them null
   * @param endpoint the caller's endpoint, or null to read it from these sources
   * @param needConsumerKey false for a client that only asks for a consumer key
   * @return the settings and where each came from
   * @throws OvhConfigurationException listing each source and why it gave nothing, or naming a malformed file
   */
  public ResolvedConfiguration resolve(Credentials given, Endpoint endpoint, boolean needConsumerKey) {
    return new ConfigChain(this).resolve(Arguments.notNull("given", given), endpoint, needConsumerKey);
  }

  @Override
  public String toString() {
    return "ConfigurationSources[environment=" + (environment == null ? "none" : environment.size() + " variables")
        + ", workingDirectory=" + workingDirectory
        + ", homeDirectory=" + homeDirectory + ", systemFile=" + systemFile + ", configFile=" + explicitFile + "]";
  }
}
