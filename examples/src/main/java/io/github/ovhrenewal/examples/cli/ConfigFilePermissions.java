package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.core.config.ResolvedConfiguration;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Warns, as ssh does for a private key, when a configuration file that gave this run a secret can
 * be accessed by users other than its owner: once per file, on stderr, naming the file and the fix.
 * Which files were used is asked of the SDK ({@link ResolvedConfiguration#fileOf(String)}), never
 * looked up again here. File systems without POSIX permissions are skipped silently.
 */
final class ConfigFilePermissions {
  private static final List<String> SECRETS = List.of(
      ResolvedConfiguration.APPLICATION_SECRET, ResolvedConfiguration.CONSUMER_KEY, ResolvedConfiguration.CLIENT_SECRET);
  /** Any permission for the group or the others: ssh's 077 mask. */
  private static final Set<PosixFilePermission> NOT_OWNER = EnumSet.of(
      PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
      PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

  private ConfigFilePermissions() {}

  /**
   * Checks the files the secrets of this configuration were read from.
   *
   * @param configuration what the client resolved, or null (nothing to check)
   * @param err where the warning goes
   */
  static void warnIfOthersCanAccess(ResolvedConfiguration configuration, PrintWriter err) {
    if (configuration == null) {
      return;
    }
    Map<Path, List<String>> secretsByFile = new LinkedHashMap<>();
    for (String key : SECRETS) {
      Path file = configuration.fileOf(key);
      if (file != null) {
        secretsByFile.computeIfAbsent(file, f -> new ArrayList<>()).add(key);
      }
    }
    secretsByFile.forEach((file, keys) -> {
      Set<PosixFilePermission> permissions = permissions(file);
      if (permissions != null && permissions.stream().anyMatch(NOT_OWNER::contains)) {
        err.println("ovh-renew: WARNING: permissions " + octal(permissions) + " for '" + file + "' are too open: it holds "
            + String.join(", ", keys) + ", and users other than its owner can access it. Run: chmod 600 " + file);
        err.flush();
      }
    });
  }

  /** The file's permissions, or null where there are none to read (not POSIX, or unreadable). */
  private static Set<PosixFilePermission> permissions(Path file) {
    try {
      return Files.getPosixFilePermissions(file);
    } catch (UnsupportedOperationException | IOException | SecurityException e) {
      return null;
    }
  }

  /** As {@code ls} and {@code chmod} write them: {@code 0644}. */
  private static String octal(Set<PosixFilePermission> permissions) {
    int bits = 0;
    for (PosixFilePermission permission : permissions) {
      // PosixFilePermission's order is owner rwx, group rwx, others rwx: bit 8 down to bit 0.
      bits |= 1 << (8 - permission.ordinal());
    }
    return String.format("%04o", bits);
  }
}
