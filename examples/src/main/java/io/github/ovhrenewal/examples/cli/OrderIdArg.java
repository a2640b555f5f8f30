package io.github.ovhrenewal.examples.cli;

/** An {@code ORDER_ID} argument, as {@code renew} printed it. */
final class OrderIdArg {
  private OrderIdArg() {}

  /**
   * Parses the argument.
   *
   * @param text the argument
   * @return the order id, positive
   * @throws IllegalArgumentException naming the text
   */
  static long parse(String text) {
    try {
      long id = Long.parseLong(text.trim());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("ORDER_ID '" + text + "' is not a positive order id");
  }
}
