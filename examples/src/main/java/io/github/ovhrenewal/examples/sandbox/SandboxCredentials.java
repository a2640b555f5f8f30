package io.github.ovhrenewal.examples.sandbox;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one application of the sandbox and its consumer keys. The fixed keys are constant so that
 * people can put them in an {@code ovh.conf}; they protect nothing.
 */
final class SandboxCredentials {

  static final long APPLICATION_ID = 190_847L;
  static final String APPLICATION_KEY = "Sbx7kQ2mWv9LpT4c";
  static final String APPLICATION_SECRET = "gH3nZ8rXq1Vb6Ty0PfLs5DkWm2Jc9AeR";
  static final String CONSUMER_KEY = "Ck4PzN7wLq2Xs9Rb5Vt1Mh8Jd3Gf6YaE";
  static final String READ_ONLY_CONSUMER_KEY = "Ro8TmC3vKx6Qn1Wz4Ls9Pb2Hy7Fd5JgU";

  private static final char[] ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

  private final Map<String, SandboxCredential> byKey = new ConcurrentHashMap<>();
  private final AtomicLong nextCredentialId = new AtomicLong(310_000_001L);
  private final SecureRandom random = new SecureRandom();

  SandboxCredentials(OffsetDateTime creation) {
    List<SandboxRule> all =
        List.of(
            new SandboxRule("GET", "/*"),
            new SandboxRule("POST", "/*"),
            new SandboxRule("PUT", "/*"),
            new SandboxRule("DELETE", "/*"));
    add(CONSUMER_KEY, all, creation);
    add(READ_ONLY_CONSUMER_KEY, List.of(new SandboxRule("GET", "/*")), creation);
  }

  boolean isApplicationKey(String key) {
    return APPLICATION_KEY.equals(key);
  }

  String applicationSecret() {
    return APPLICATION_SECRET;
  }

  /** Returns the credential of this consumer key, or null. */
  SandboxCredential find(String consumerKey) {
    return consumerKey == null ? null : byKey.get(consumerKey);
  }

  /**
   * Creates a consumer key that is usable at once with exactly these rules: there is nobody to
   * validate it offline.
   */
  SandboxCredential create(List<SandboxRule> rules, OffsetDateTime creation) {
    return add(randomString(32), rules, creation);
  }

  private String randomString(int length) {
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
    }
    return new String(chars);
  }

  /** A credential token for the validation URL; the sandbox needs no validation. */
  String newToken() {
    return randomString(48);
  }

  private SandboxCredential add(String key, List<SandboxRule> rules, OffsetDateTime creation) {
    SandboxCredential credential =
        new SandboxCredential(nextCredentialId.getAndIncrement(), key, rules, creation);
    byKey.put(key, credential);
    return credential;
  }
}
