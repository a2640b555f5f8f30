package io.github.ovhrenewal.core.internal;

import io.github.ovhrenewal.api.model.Price;
import io.github.ovhrenewal.api.model.RenewDescription;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.api.model.RenewStrategy;
import io.github.ovhrenewal.core.util.Arguments;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The choice of one offered renewal among a service's offers: the offer for a period, then the
 * strategy that renews the wanted services. One place for the rule, so that renewing one service
 * ({@code ServiceRenewal.choose}) and planning a fleet select exactly the same renewal, and say the
 * same thing when there is none.
 *
 * <p>Internal: not part of the SDK's API.
 */
public final class OfferSelection {
  private final RenewDescription offer;
  private final RenewStrategy strategy;
  private final String problem;

  private OfferSelection(RenewDescription offer, RenewStrategy strategy, String problem) {
    this.offer = offer;
    this.strategy = strategy;
    this.problem = problem;
  }

  /**
   * The renewal of a service alone, as the OVH guide's {@code checkStrategy} chooses it: among the
   * offers for the period, the strategy whose services are exactly this one.
   *
   * @param serviceId the service
   * @param period the period asked for
   * @param offers the service's offers ({@code GET /service/{serviceId}/renew})
   * @return the selection, chosen or saying why not
   * @throws IllegalArgumentException if the period or the offers are null
   */
  public static OfferSelection alone(long serviceId, RenewPeriod period, List<RenewDescription> offers) {
    Arguments.notNull("period", period);
    Arguments.notNull("offers", offers);
    RenewDescription offer = offerFor(period, offers);
    if (offer == null) {
      return notOffered(serviceId, period, offers);
    }
    for (RenewStrategy each : offer.strategies()) {
      if (each.renewsOnly(serviceId)) {
        return new OfferSelection(offer, each, null);
      }
    }
    return new OfferSelection(offer, null,
        "no strategy renews service " + serviceId + " alone for " + period + "; offered strategies: " + describe(offer.strategies()));
  }

  /**
   * The renewal of several services together: among the offers for the period, the strategy whose
   * services are exactly these, in any order.
   *
   * @param serviceId the service whose offers these are
   * @param period the period asked for
   * @param services the services to renew together
   * @param offers the service's offers, options included
   * @return the selection, chosen or saying why not
   * @throws IllegalArgumentException if the period, the services or the offers are null
   */
  public static OfferSelection exactly(long serviceId, RenewPeriod period, Collection<Long> services, List<RenewDescription> offers) {
    Arguments.notNull("period", period);
    Arguments.notNull("services", services);
    Arguments.notNull("offers", offers);
    RenewDescription offer = offerFor(period, offers);
    if (offer == null) {
      return notOffered(serviceId, period, offers);
    }
    Set<Long> wanted = new HashSet<>(services);
    for (RenewStrategy each : offer.strategies()) {
      if (new HashSet<>(each.services()).equals(wanted)) {
        return new OfferSelection(offer, each, null);
      }
    }
    return new OfferSelection(offer, null,
        "no strategy renews exactly services " + Arguments.bounded(services, "ids") + " for " + period + " from service " + serviceId
            + "; offered strategies: " + describe(offer.strategies()));
  }

  private static RenewDescription offerFor(RenewPeriod period, List<RenewDescription> offers) {
    for (RenewDescription offer : offers) {
      if (period.equals(offer.renewPeriod())) {
        return offer;
      }
    }
    return null;
  }

  private static OfferSelection notOffered(long serviceId, RenewPeriod period, List<RenewDescription> offers) {
    List<String> offered = new ArrayList<>();
    for (RenewDescription offer : offers) {
      offered.add(String.valueOf(offer.renewPeriod()));
    }
    return new OfferSelection(null, null, "renew period " + period + " is not offered for service " + serviceId
        + "; offered periods: " + Arguments.bounded(offered, "periods"));
  }

  /**
   * Whether a strategy was found.
   *
   * @return true when {@link #period()} and {@link #strategy()} are set
   */
  public boolean chosen() {
    return strategy != null;
  }

  /**
   * Whether the period asked for is among the offers (even if no strategy fits).
   *
   * @return true when an offer for the period exists
   */
  public boolean periodOffered() {
    return offer != null;
  }

  /**
   * The period exactly as the server offered it (e.g. {@code P12M} for a {@code P1Y} asked for),
   * since an order must send back the offered text.
   *
   * @return the offered period, or null when not offered
   */
  public RenewPeriod period() {
    return offer == null ? null : offer.renewPeriod();
  }

  /**
   * The chosen strategy.
   *
   * @return the strategy, or null when none fits
   */
  public RenewStrategy strategy() {
    return strategy;
  }

  /**
   * Why nothing was chosen: the period and what is offered, or the services and the offered
   * strategies; bounded whatever the server answered.
   *
   * @return the reason, or null when chosen
   */
  public String problem() {
    return problem;
  }

  // The server's offers are bounded too: a message must stay readable whatever came back.
  private static String describe(List<RenewStrategy> strategies) {
    List<String> described = new ArrayList<>();
    for (RenewStrategy each : strategies) {
      described.add(describe(each));
    }
    return Arguments.bounded(described, "strategies");
  }

  /**
   * A strategy for a message: its services and price, bounded.
   *
   * @param strategy the strategy
   * @return e.g. {@code [67890, 12345] at 37.87 EUR}
   */
  public static String describe(RenewStrategy strategy) {
    Price price = strategy.price();
    return Arguments.bounded(strategy.services(), "ids") + " at " + (price == null ? "unknown price" : price.formatted());
  }
}
