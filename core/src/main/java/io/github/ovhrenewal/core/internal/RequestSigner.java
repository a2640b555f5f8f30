package io.github.ovhrenewal.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Computes OVH's request signature: {@code "$1$" + sha1hex(AS+"+"+CK+"+"+METHOD+"+"+URL+"+"+BODY+"+"+TIMESTAMP)}.
 * Holds the application secret and consumer key, so it has no {@code toString} that shows them.
 *
 * <p>Internal: not part of the SDK's API.
 */
final class RequestSigner {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final byte[] applicationSecret;
  private final byte[] consumerKey;

  /**
   * Creates a signer.
   *
   * @param applicationSecret the application secret
   * @param consumerKey the consumer key
   */
  public RequestSigner(String applicationSecret, String consumerKey) {
    this.applicationSecret = applicationSecret.getBytes(StandardCharsets.UTF_8);
    this.consumerKey = consumerKey.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Signs one request.
   *
   * @param method the HTTP method, e.g. {@code "GET"}
   * @param fullUrl the absolute URL requested, query string included, as it goes out
   * @param body the exact body bytes sent, empty when none
   * @param timestamp the server-corrected Unix time in seconds
   * @return the value of {@code X-Ovh-Signature}
   */
  public String sign(String method, String fullUrl, byte[] body, long timestamp) {
    MessageDigest sha1 = newSha1();
    byte[] plus = {'+'};
    sha1.update(applicationSecret);
    sha1.update(plus);
    sha1.update(consumerKey);
    sha1.update(plus);
    sha1.update(method.getBytes(StandardCharsets.UTF_8));
    sha1.update(plus);
    sha1.update(fullUrl.getBytes(StandardCharsets.UTF_8));
    sha1.update(plus);
    // The body is hashed as the bytes that are sent, never re-encoded: a body signed
    // differently from the one sent is a classic INVALID_SIGNATURE.
    sha1.update(body);
    sha1.update(plus);
    sha1.update(Long.toString(timestamp).getBytes(StandardCharsets.UTF_8));
    return "$1$" + hex(sha1.digest());
  }

  private static MessageDigest newSha1() {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-1", e);
    }
  }

  private static String hex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[i * 2] = HEX[(bytes[i] >> 4) & 0xf];
      out[i * 2 + 1] = HEX[bytes[i] & 0xf];
    }
    return new String(out);
  }

  /** Never shows the secrets. */
  @Override
  public String toString() {
    return "RequestSigner[secrets hidden]";
  }
}
