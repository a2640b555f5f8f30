package io.github.ovhrenewal.examples.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * OVH's request signature, computed here independently of the SDK so that the sandbox catches
 * signing bugs instead of sharing them.
 */
final class SandboxSignature {

  private SandboxSignature() {}

  /**
   * {@code "$1$" + sha1hex(secret+"+"+consumerKey+"+"+METHOD+"+"+fullUrl+"+"+body+"+"+timestamp)}.
   */
  static String sign(
      String secret,
      String consumerKey,
      String method,
      String fullUrl,
      String body,
      String timestamp) {
    String toSign =
        secret + "+" + consumerKey + "+" + method + "+" + fullUrl + "+" + body + "+" + timestamp;
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-1").digest(toSign.getBytes(StandardCharsets.UTF_8));
      return "$1$" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is mandatory in every JRE", e);
    }
  }

  /** Constant-time comparison, as a real server should do. */
  static boolean matches(String expected, String given) {
    if (given == null) {
      return false;
    }
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}
