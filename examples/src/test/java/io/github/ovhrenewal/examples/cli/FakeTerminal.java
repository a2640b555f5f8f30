package io.github.ovhrenewal.examples.cli;

import java.util.ArrayList;
import java.util.List;

/** A terminal for tests: non-interactive, or interactive with a fixed answer; records the questions asked. */
final class FakeTerminal implements Terminal {
  private final boolean interactive;
  private final boolean answer;
  private final List<String> questions = new ArrayList<>();

  private FakeTerminal(boolean interactive, boolean answer) {
    this.interactive = interactive;
    this.answer = answer;
  }

  static FakeTerminal nonInteractive() {
    return new FakeTerminal(false, false);
  }

  static FakeTerminal answering(boolean yes) {
    return new FakeTerminal(true, yes);
  }

  /** The questions asked so far. */
  List<String> questions() {
    return List.copyOf(questions);
  }

  @Override
  public boolean isInteractive() {
    return interactive;
  }

  @Override
  public boolean confirm(String question) {
    if (!interactive) {
      throw new AssertionError("asked '" + question + "' on a non-interactive terminal");
    }
    questions.add(question);
    return answer;
  }
}
