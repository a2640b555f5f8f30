package io.github.ovhrenewal.core.fleet;

/**
 * Receives one event per item of a fleet operation (a service read, priced, ordered), to show
 * progress. The SDK itself never prints.
 *
 * <p>Calls come from the operation's worker threads, one at a time: an implementation needs no
 * locking of its own, and should return quickly. An exception it throws stops nothing and is
 * ignored.
 *
 * @param <T> what each event reports
 */
@FunctionalInterface
public interface ProgressListener<T> {

  /** A listener that ignores every event. */
  ProgressListener<Object> NONE = (done, total, item) -> { };

  /**
   * One item is finished.
   *
   * @param done how many items are finished, this one included
   * @param total how many items there are in all, or -1 while unknown
   * @param item this item's outcome
   */
  void progressed(int done, int total, T item);

  /**
   * The listener that ignores every event, typed.
   *
   * @param <T> what each event reports
   * @return the listener
   */
  @SuppressWarnings("unchecked")
  static <T> ProgressListener<T> none() {
    return (ProgressListener<T>) NONE;
  }
}
