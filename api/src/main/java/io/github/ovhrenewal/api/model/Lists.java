package io.github.ovhrenewal.api.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Null-safe list copies for response records. */
final class Lists {
  private Lists() {}

  /**
   * An unmodifiable copy, or an empty list for an absent one. Never throws: Moshi turns any
   * exception from a record constructor into an AssertionError, so response records must not
   * validate (List.copyOf would reject a JSON null element).
   */
  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
  }
}
