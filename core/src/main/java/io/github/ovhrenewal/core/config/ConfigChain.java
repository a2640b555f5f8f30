package io.github.ovhrenewal.core.config;

import io.github.ovhrenewal.core.exception.OvhConfigurationException;
import io.github.ovhrenewal.core.util.Arguments;
import io.github.ovhrenewal.core.util.UrlRules;
import static io.github.ovhrenewal.core.config.ResolvedConfiguration.APPLICATION_KEY;
import static io.github.ovhrenewal.core.config.ResolvedConfiguration.APPLICATION_SECRET;
import static io.github.ovhrenewal.core.config.ResolvedConfiguration.CLIENT_ID;
import static io.github.ovhrenewal.core.config.ResolvedConfiguration.CLIENT_SECRET;
import static io.github.ovhrenewal.core.config.ResolvedConfiguration.CONSUMER_KEY;
import static io.github.ovhrenewal.core.config.ResolvedConfiguration.ENDPOINT;
import static io.github.ovhrenewal.core.config.ResolvedConfiguration.OAUTH2_TOKEN_URL;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves a client's settings key by key, as python-ovh does: each key from the first source that
 * has it, in the order builder, environment, explicit file, {@code ./ovh.conf}, {@code ~/.ovh.conf},
 * {@code /etc/ovh.conf}. The endpoint is read first (from {@code OVH_ENDPOINT} or the files'
 * {@code [default]} section), because it names the section the other keys are read from.
 *
 * <p>Every file is parsed up front, as python's {@code configparser.read} does, so a malformed file
 * is reported even when another source would have been enough: a broken file would otherwise
 * surprise its owner the day the other source goes away.
 */
final class ConfigChain {
  private static final String BUILDER = "builder";
  private static final List<String> APPLICATION_KEYS = List.of(APPLICATION_KEY, APPLICATION_SECRET, CONSUMER_KEY);
  private static final List<String> OAUTH2_KEYS = List.of(CLIENT_ID, CLIENT_SECRET);

  private final Map<String, String> environment;
  private final List<ConfigFile> files = new ArrayList<>();

  /** A file of the chain: parsed, or the reason it gave nothing. */
  private record ConfigFile(String label, Path path, IniFile ini, String absentBecause) {}

  /** One setting's value, its source's description, and the file it was read from (or null). */
  private record Setting(String value, String source, Path file) {
    Setting(String value, String source) {
      this(value, source, null);
    }

    @Override
    public String toString() {
      return "Setting[from " + source + "]";
    }
  }

  /** A key's value and source, or why every source gave nothing. */
  private record Lookup(Setting setting, List<String> misses) {}

  ConfigChain(ConfigurationSources sources) {
    this.environment = sources.environment();
    if (sources.explicitFile() != null) {
      Path file = sources.explicitFile();
      if (!Files.isRegularFile(file)) {
        // python-ovh ignores a missing file, but a file named on purpose that is not there is a
        // typo or a wrong directory, which silence would turn into a confusing "no credentials".
        throw new OvhConfigurationException("config file " + file + ": no such file");
      }
      load("config file " + file, file);
    }
    if (sources.workingDirectory() != null) {
      load("./ovh.conf (" + sources.workingDirectory().resolve("ovh.conf") + ")", sources.workingDirectory().resolve("ovh.conf"));
    }
    if (sources.homeDirectory() != null) {
      load("~/.ovh.conf (" + sources.homeDirectory().resolve(".ovh.conf") + ")", sources.homeDirectory().resolve(".ovh.conf"));
    }
    if (sources.systemFile() != null) {
      Path etc = sources.systemFile();
      load(etc.toString().equals("/etc/ovh.conf") ? "/etc/ovh.conf" : "/etc/ovh.conf (" + etc + ")", etc);
    }
  }

  private void load(String label, Path path) {
    if (!Files.exists(path)) {
      files.add(new ConfigFile(label, path, null, "no such file"));
      return;
    }
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      // python's configparser skips a file it cannot open; say so rather than fail.
      files.add(new ConfigFile(label, path, null, "unreadable (" + e.getClass().getSimpleName() + ")"));
      return;
    }
    files.add(new ConfigFile(label, path, IniFile.parse(label, text), null));
  }

  /**
   * Resolves the settings.
   *
   * @param given the caller's own values, any of them null
   * @param explicitEndpoint the caller's endpoint, or null
   * @param needConsumerKey false for a client that only asks for a consumer key
   */
  ResolvedConfiguration resolve(Credentials given, Endpoint explicitEndpoint, boolean needConsumerKey) {
    Map<String, Setting> settings = new LinkedHashMap<>();
    Endpoint endpoint = resolveEndpoint(explicitEndpoint, settings);
    String section = endpoint.name() != null ? endpoint.name() : sectionOf(settings.get(ENDPOINT), endpoint);
    Map<String, List<String>> misses = new LinkedHashMap<>();
    for (String key : List.of(APPLICATION_KEY, APPLICATION_SECRET, CONSUMER_KEY, CLIENT_ID, CLIENT_SECRET, OAUTH2_TOKEN_URL)) {
      if (key.equals(CONSUMER_KEY) && !needConsumerKey) {
        continue;
      }
      Lookup lookup = lookup(key, givenValue(given, key), section);
      if (lookup.setting() != null) {
        settings.put(key, lookup.setting());
      } else {
        misses.put(key, lookup.misses());
      }
    }
    List<String> applicationKeys = present(settings, APPLICATION_KEYS);
    List<String> oauth2Keys = present(settings, OAUTH2_KEYS);
    if (!applicationKeys.isEmpty() && !oauth2Keys.isEmpty()) {
      throw new OvhConfigurationException("cannot configure the OVH client: the settings mix application-key authentication ("
          + sources(settings, applicationKeys) + ") with OAuth2 client credentials (" + sources(settings, oauth2Keys)
          + "); use either application_key, application_secret and consumer_key, or client_id and client_secret");
    }
    if (!oauth2Keys.isEmpty()) {
      if (!needConsumerKey) {
        throw new OvhConfigurationException("cannot ask for a consumer key with OAuth2 settings (" + sources(settings, oauth2Keys)
            + "): consumer keys belong to an application; set application_key and application_secret instead");
      }
      requireAll(settings, misses, OAUTH2_KEYS, endpoint);
      settings.put(OAUTH2_TOKEN_URL, tokenUrl(settings.get(OAUTH2_TOKEN_URL), endpoint, section));
      Credentials credentials = Credentials.oauth2(
          value(settings, CLIENT_ID), value(settings, CLIENT_SECRET), value(settings, OAUTH2_TOKEN_URL));
      return new ResolvedConfiguration(endpoint, credentials, sources(settings), files(settings));
    }
    settings.remove(OAUTH2_TOKEN_URL);
    requireAll(settings, misses, needConsumerKey ? APPLICATION_KEYS : List.of(APPLICATION_KEY, APPLICATION_SECRET), endpoint);
    Credentials credentials = Credentials.applicationKey(
        value(settings, APPLICATION_KEY), value(settings, APPLICATION_SECRET), value(settings, CONSUMER_KEY));
    return new ResolvedConfiguration(endpoint, credentials, sources(settings), files(settings));
  }

  /** The caller's value for a key: the chain is keyed as {@code ovh.conf} is, the caller's values are typed. */
  private static String givenValue(Credentials given, String key) {
    return switch (key) {
      case APPLICATION_KEY -> given.applicationKey();
      case APPLICATION_SECRET -> given.applicationSecret();
      case CONSUMER_KEY -> given.consumerKey();
      case CLIENT_ID -> given.clientId();
      case CLIENT_SECRET -> given.clientSecret();
      case OAUTH2_TOKEN_URL -> given.oauth2TokenUrl();
      default -> throw new IllegalStateException("not a credential key: " + key);
    };
  }

  /** The file each setting read from a file came from, for permission checks. */
  private static Map<String, Path> files(Map<String, Setting> settings) {
    Map<String, Path> files = new LinkedHashMap<>();
    settings.forEach((key, setting) -> {
      if (setting.file() != null) {
        files.put(key, setting.file());
      }
    });
    return files;
  }

  private static String value(Map<String, Setting> settings, String key) {
    Setting setting = settings.get(key);
    return setting == null ? null : setting.value();
  }

  /** Where each setting came from: all that leaves the chain besides the typed values. */
  private static Map<String, String> sources(Map<String, Setting> settings) {
    Map<String, String> sources = new LinkedHashMap<>();
    settings.forEach((key, setting) -> sources.put(key, setting.source()));
    return sources;
  }

  private Endpoint resolveEndpoint(Endpoint explicitEndpoint, Map<String, Setting> settings) {
    if (explicitEndpoint != null) {
      settings.put(ENDPOINT, new Setting(explicitEndpoint.name() != null ? explicitEndpoint.name() : explicitEndpoint.url(), BUILDER));
      return explicitEndpoint;
    }
    List<String> misses = new ArrayList<>();
    misses.add(BUILDER + ": not set");
    Setting found = fromEnvironment(ENDPOINT, misses);
    for (int i = 0; found == null && i < files.size(); i++) {
      found = fromFile(files.get(i), "default", ENDPOINT, misses);
    }
    if (found == null) {
      throw new OvhConfigurationException("cannot configure the OVH client: no endpoint (one of " + Endpoint.names()
          + " or an absolute URL) in any source" + list(misses));
    }
    settings.put(ENDPOINT, found);
    try {
      return Endpoint.of(found.value());
    } catch (IllegalArgumentException e) {
      throw new OvhConfigurationException("endpoint from " + found.source() + ": " + e.getMessage());
    }
  }

  /** python-ovh reads a custom endpoint's keys from the section named by the URL as written. */
  private static String sectionOf(Setting endpointSetting, Endpoint endpoint) {
    return endpointSetting == null || endpointSetting.source().equals(BUILDER) ? endpoint.url() : endpointSetting.value().trim();
  }

  private Lookup lookup(String key, String explicitValue, String section) {
    List<String> misses = new ArrayList<>();
    if (explicitValue != null) {
      return new Lookup(new Setting(explicitValue, BUILDER), misses);
    }
    misses.add(BUILDER + ": not set");
    Setting found = fromEnvironment(key, misses);
    for (int i = 0; found == null && i < files.size(); i++) {
      found = fromFile(files.get(i), section, key, misses);
    }
    return new Lookup(found, misses);
  }

  private Setting fromEnvironment(String key, List<String> misses) {
    if (environment == null) {
      return null;
    }
    String name = "OVH_" + key.toUpperCase(Locale.ROOT);
    String value = environment.get(name);
    if (value == null) {
      misses.add(name + ": not set");
      return null;
    }
    if (value.isBlank()) {
      // As python-ovh and go-ovh: an empty variable counts as unset, so `export OVH_X=` disables it.
      misses.add(name + ": empty");
      return null;
    }
    return new Setting(value.trim(), name);
  }

  private static Setting fromFile(ConfigFile file, String section, String key, List<String> misses) {
    if (file.ini() == null) {
      misses.add(file.label() + ": " + file.absentBecause());
      return null;
    }
    if (!file.ini().hasSection(section)) {
      misses.add(file.label() + ": no section [" + Arguments.bounded(section) + "]");
      return null;
    }
    IniFile.Entry entry = file.ini().get(section, key);
    if (entry == null) {
      misses.add(file.label() + ": no " + key + " in [" + Arguments.bounded(section) + "]");
      return null;
    }
    if (entry.value().isBlank()) {
      misses.add(file.label() + ": " + key + " is empty in [" + Arguments.bounded(section) + "] line " + entry.line());
      return null;
    }
    return new Setting(entry.value(), file.label() + " [" + Arguments.bounded(section) + "] line " + entry.line(), file.path());
  }

  private static void requireAll(Map<String, Setting> settings, Map<String, List<String>> misses, List<String> keys, Endpoint endpoint) {
    List<String> missing = new ArrayList<>();
    StringBuilder where = new StringBuilder();
    for (String key : keys) {
      if (!settings.containsKey(key)) {
        missing.add(key);
        where.append("\n  ").append(key).append(':').append(list(misses.get(key)).replace("\n  ", "\n    "));
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    boolean nothing = present(settings, APPLICATION_KEYS).isEmpty() && present(settings, OAUTH2_KEYS).isEmpty();
    throw new OvhConfigurationException("cannot configure the OVH client for endpoint " + Arguments.bounded(endpoint.toString()) + ": "
        + (nothing ? "no credentials found (an application key, its secret and a consumer key; or an OAuth2 client id and secret); " : "")
        + "missing " + String.join(", ", missing) + "; each source and why it gave nothing:" + where);
  }

  private static Setting tokenUrl(Setting configured, Endpoint endpoint, String section) {
    if (configured == null) {
      if (endpoint.oauth2TokenUrl() == null) {
        throw new OvhConfigurationException("OAuth2 needs a token URL, and OVH publishes none for endpoint " + Arguments.bounded(endpoint.toString())
            + "; set it with the builder's oauth2TokenUrl(…), OVH_OAUTH2_TOKEN_URL, or oauth2_token_url in the ["
            + Arguments.bounded(section) + "] section of ovh.conf");
      }
      return new Setting(endpoint.oauth2TokenUrl(), "the endpoint's published token URL");
    }
    String text = configured.value().trim();
    try {
      // The same rule as the endpoint's: the client id and secret are sent to this URL.
      UrlRules.check("token URL", text);
    } catch (IllegalArgumentException e) {
      throw new OvhConfigurationException("oauth2_token_url from " + configured.source() + ": " + e.getMessage());
    }
    return new Setting(text, configured.source(), configured.file());
  }

  private static List<String> present(Map<String, Setting> settings, List<String> keys) {
    return keys.stream().filter(settings::containsKey).toList();
  }

  private static String sources(Map<String, Setting> settings, List<String> keys) {
    List<String> parts = new ArrayList<>();
    for (String key : keys) {
      parts.add(key + " from " + settings.get(key).source());
    }
    return String.join(", ", parts);
  }

  private static String list(List<String> misses) {
    return misses.stream().map(miss -> "\n  " + miss).reduce("", String::concat);
  }
}
