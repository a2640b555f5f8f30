package io.github.ovhrenewal.examples.sandbox;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A consumer key and what it may do. Not a record: a record's toString would print the key.
 */
final class SandboxCredential {

  private final long credentialId;
  private final String consumerKey;
  private final List<SandboxRule> rules;
  private final OffsetDateTime creation;
  private volatile OffsetDateTime lastUse;

  SandboxCredential(
      long credentialId, String consumerKey, List<SandboxRule> rules, OffsetDateTime creation) {
    this.credentialId = credentialId;
    this.consumerKey = consumerKey;
    this.rules = List.copyOf(rules);
    this.creation = creation;
  }

  long credentialId() {
    return credentialId;
  }

  String consumerKey() {
    return consumerKey;
  }

  List<SandboxRule> rules() {
    return rules;
  }

  OffsetDateTime creation() {
    return creation;
  }

  OffsetDateTime lastUse() {
    return lastUse;
  }

  void used(OffsetDateTime when) {
    lastUse = when;
  }

  boolean allows(String method, String path) {
    return rules.stream().anyMatch(rule -> rule.allows(method, path));
  }

  @Override
  public String toString() {
    return "SandboxCredential{credentialId=" + credentialId + ", rules=" + rules + "}";
  }
}
