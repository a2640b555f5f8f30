package io.github.ovhrenewal.api.model;

/** How records print a secret in {@code toString()}: whether it is there, never what it is. */
final class Hidden {
  private Hidden() {}

  static String mark(String secret) {
    return secret == null ? "null" : "***";
  }
}
