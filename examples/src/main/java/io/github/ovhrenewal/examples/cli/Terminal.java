package io.github.ovhrenewal.examples.cli;

import java.io.Console;

/** Where the CLI asks for confirmation before ordering; a seam so tests can answer. */
interface Terminal {

  /** Whether a person can answer: without one, {@code renew} refuses to order unless {@code --yes}. */
  boolean isInteractive();

  /**
   * Asks a yes/no question.
   *
   * @param question the question, e.g. "Order this renewal?"
   * @return true only for an explicit yes
   */
  boolean confirm(String question);

  /** The process's console, when it has one. */
  static Terminal system() {
    return new Terminal() {
      @Override
      public boolean isInteractive() {
        return System.console() != null;
      }

      @Override
      public boolean confirm(String question) {
        Console console = System.console();
        if (console == null) {
          return false;
        }
        String answer = console.readLine("%s [y/N] ", question);
        return answer != null && (answer.trim().equalsIgnoreCase("y") || answer.trim().equalsIgnoreCase("yes"));
      }
    };
  }
}
