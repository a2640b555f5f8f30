package io.github.ovhrenewal.api.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Where a service is in its life, and what can happen to it ({@code services.expanded.Lifecycle}).
 *
 * @param capacities the actions it accepts, or null
 * @param current its state and pending actions, or null
 */
public record ServiceLifecycle(Capacities capacities, Current current) {

  /**
   * A service's current life cycle ({@code services.expanded.Lifecycle.Current}).
   *
   * @param creationDate when it was created, or null
   * @param pendingActions what is scheduled on it, e.g. {@link LifecycleAction#TERMINATE_AT_EXPIRATION_DATE}
   *     for a service that will not be renewed, never null
   * @param state its state, e.g. {@link LifecycleState#ACTIVE}, or null
   * @param terminationDate when it is to be terminated, or null
   */
  public record Current(
      OffsetDateTime creationDate,
      List<LifecycleAction> pendingActions,
      LifecycleState state,
      OffsetDateTime terminationDate) {

    /**
     * Absent lists become empty lists.
     *
     * @param creationDate when it was created, or null
     * @param pendingActions what is scheduled on it, e.g. {@link LifecycleAction#TERMINATE_AT_EXPIRATION_DATE} for a service that will not be renewed, never null
     * @param state its state, e.g. {@link LifecycleState#ACTIVE}, or null
     * @param terminationDate when it is to be terminated, or null
     */
    public Current {
      pendingActions = Lists.orEmpty(pendingActions);
    }
  }

  /**
   * The life cycle actions a service accepts ({@code services.expanded.Lifecycle.Capacities}).
   *
   * @param actions the possible actions, e.g. {@link LifecycleAction#EARLY_RENEWAL}, never null
   */
  public record Capacities(List<LifecycleAction> actions) {

    /**
     * Absent lists become empty lists.
     *
     * @param actions the possible actions, e.g. {@link LifecycleAction#EARLY_RENEWAL}, never null
     */
    public Capacities {
      actions = Lists.orEmpty(actions);
    }
  }
}
