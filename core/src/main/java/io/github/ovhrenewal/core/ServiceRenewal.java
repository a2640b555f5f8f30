package io.github.ovhrenewal.core;

import io.github.ovhrenewal.core.internal.OfferSelection;
import io.github.ovhrenewal.core.util.Arguments;
import io.github.ovhrenewal.api.model.RenewDescription;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.api.model.RenewStrategy;
import java.util.Collection;
import java.util.List;

/**
 * The renewal of one service: its offers, and the choice of one to quote or order.
 *
 * <pre>{@code
 * ServiceRenewal vps = client.renewals().forService("/vps", "vps112233.ovh.net");
 * vps.options();                                        // every period and strategy
 * RenewOrder order = vps.choose(RenewPeriod.P3M).order();
 * }</pre>
 */
public final class ServiceRenewal {
  private final ClientContext context;
  private final String route;
  private final String serviceName;
  private volatile long serviceId;
  // The offers last read by this object, without and with options: choose(...) reuses them
  // instead of reading again right after options() (the guide's flow then costs its minimum).
  private volatile List<RenewDescription> offers;
  private volatile List<RenewDescription> offersWithOptions;

  ServiceRenewal(ClientContext context, long serviceId, String route, String serviceName) {
    this.context = context;
    this.serviceId = serviceId;
    this.route = route;
    this.serviceName = serviceName;
  }

  /**
   * The service's id, read from {@code serviceInfos} once when the service was named by route.
   *
   * @return the id
   */
  public long serviceId() {
    long known = serviceId;
    if (known == 0) {
      known = context.executor.execute(context.serviceInfos.getServiceInfos(route, serviceName)).serviceId();
      serviceId = known;
    }
    return known;
  }

  /**
   * {@code GET /service/{serviceId}/renew?includeOptions=false}: the periods offered and, for each,
   * the combinations of services that can be renewed.
   *
   * @return the offers, never null
   */
  public List<RenewDescription> options() {
    return options(false);
  }

  /**
   * {@code GET /service/{serviceId}/renew?includeOptions=…}, read now. The {@code choose(...)}
   * calls of this object then check against these offers without reading them again; a new
   * {@code forService(...)} reads fresh ones.
   *
   * @param includeOptions whether to include the service's options and linked services
   * @return the offers, never null
   */
  public List<RenewDescription> options(boolean includeOptions) {
    List<RenewDescription> read = context.executor.execute(context.services.getRenewOptions(serviceId(), includeOptions));
    List<RenewDescription> copy = read == null ? List.of() : List.copyOf(read);
    if (includeOptions) {
      offersWithOptions = copy;
    } else {
      offers = copy;
    }
    return copy;
  }

  /** The offers this object last read, or read now if it has none. */
  private List<RenewDescription> offers(boolean includeOptions) {
    List<RenewDescription> known = includeOptions ? offersWithOptions : offers;
    return known != null ? known : options(includeOptions);
  }

  /**
   * Chooses the renewal of this service alone for a period, as the OVH guide's
   * {@code checkStrategy} does: the strategy whose services are exactly this one.
   *
   * @param period the period, e.g. {@link RenewPeriod#P1Y}
   * @return the choice, to {@link RenewalChoice#quote()} or {@link RenewalChoice#order()}
   * @throws IllegalArgumentException if the period is null, not offered, or no strategy renews
   *     this service alone; the message names the period and what is offered (nothing is ordered)
   */
  public RenewalChoice choose(RenewPeriod period) {
    Arguments.notNull("period", period);
    long id = serviceId();
    OfferSelection selection = OfferSelection.alone(id, period, offers(false));
    if (!selection.chosen()) {
      throw new IllegalArgumentException(selection.periodOffered()
          ? selection.problem() + "; choose one with choose(period, services)"
          : selection.problem());
    }
    return new RenewalChoice(context, id, selection.period(), selection.strategy());
  }

  /**
   * Chooses the renewal of several services together (e.g. a hosting with its domain): the
   * offered strategy, options included, whose services are exactly these.
   *
   * @param period the period
   * @param services the ids of the services to renew together, including this one
   * @return the choice
   * @throws IllegalArgumentException if no offered strategy renews exactly these services for
   *     this period; the message lists the offered ones (nothing is ordered)
   */
  public RenewalChoice choose(RenewPeriod period, Collection<Long> services) {
    Arguments.notNull("period", period);
    Arguments.notNull("services", services);
    if (services.isEmpty() || services.stream().anyMatch(s -> s == null || s <= 0)) {
      throw new IllegalArgumentException("services must be positive service ids, got " + Arguments.bounded(services, "ids"));
    }
    return offered(period, services);
  }

  /**
   * Chooses a strategy taken from {@link #options(boolean)}. It is checked against the offers,
   * options included, that this object last read (or reads now), before anything is ordered: the period must be offered, and one of
   * its strategies must renew exactly the same services. The offered strategy is the one chosen,
   * with the server's current price.
   *
   * @param period the period the strategy was offered for
   * @param strategy the strategy
   * @return the choice
   * @throws IllegalArgumentException if either is null, the strategy names no service, the period
   *     is not offered, or no offered strategy renews exactly its services; the message names what
   *     was asked and what is offered (nothing is ordered)
   */
  public RenewalChoice choose(RenewPeriod period, RenewStrategy strategy) {
    Arguments.notNull("period", period);
    Arguments.notNull("strategy", strategy);
    if (strategy.services().isEmpty()) {
      throw new IllegalArgumentException("strategy renews no service: " + OfferSelection.describe(strategy)
          + "; take a strategy from options(true)");
    }
    return offered(period, strategy.services());
  }

  /** The offered strategy, options included, whose services are exactly these, as a set. */
  private RenewalChoice offered(RenewPeriod period, Collection<Long> services) {
    long id = serviceId();
    OfferSelection selection = OfferSelection.exactly(id, period, services, offers(true));
    if (!selection.chosen()) {
      throw new IllegalArgumentException(selection.problem());
    }
    return new RenewalChoice(context, id, selection.period(), selection.strategy());
  }

  /** Names the service, never credentials. */
  @Override
  public String toString() {
    return "ServiceRenewal[" + (route == null ? "serviceId=" + serviceId : Arguments.bounded("/" + route + "/" + serviceName)) + "]";
  }
}
