package io.github.ovhrenewal.examples.sandbox;

/**
 * Carries an error answer out of deep validation code up to the dispatcher, which sends it as is.
 * No stack trace: it is control flow, not a bug.
 */
final class SandboxException extends RuntimeException {

  private final transient SandboxAnswer answer;

  SandboxException(SandboxAnswer answer) {
    super("HTTP " + answer.status(), null, false, false);
    this.answer = answer;
  }

  SandboxAnswer answer() {
    return answer;
  }
}
