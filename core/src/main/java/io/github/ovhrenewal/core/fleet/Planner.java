package io.github.ovhrenewal.core.fleet;

import io.github.ovhrenewal.api.model.CurrencyCode;
import io.github.ovhrenewal.api.model.Price;
import io.github.ovhrenewal.api.model.RenewDescription;
import io.github.ovhrenewal.api.model.RenewOrder;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.api.model.RenewRequest;
import io.github.ovhrenewal.core.exception.OvhApiException;
import io.github.ovhrenewal.core.exception.OvhDecodingException;
import io.github.ovhrenewal.core.exception.OvhException;
import io.github.ovhrenewal.core.internal.OfferSelection;
import io.github.ovhrenewal.core.util.Arguments;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Prices the renewal of each service alone, as {@code ServiceRenewal.choose(period)} selects it
 * ({@link OfferSelection#alone}): one read of the offers and one dry run per service, at most the
 * runner's bound in flight. Nothing is ordered.
 *
 * <p>A service that should not or cannot be renewed becomes a skipped item with the reason; so does
 * one whose offers or dry run fail with an {@link OvhException}, so that one failing service never
 * stops the plan. Anything else (a bug) propagates.
 */
final class Planner {
  private final FleetContext context;

  Planner(FleetContext context) {
    this.context = context;
  }

  RenewalPlan plan(Collection<ServiceSummary> services, PlanOptions options) {
    List<ServiceSummary> distinct = distinct(services);
    // Read before pricing: the prices are those of this moment or later, never earlier.
    OffsetDateTime createdAt = context.serverNow().get();
    List<PlanItem> items = context.runner().map(distinct, service -> item(service, options), options.listener());
    return RenewalPlan.of(createdAt, items);
  }

  /**
   * The services in the given order, each once: a service given twice would otherwise be two
   * ready items, and ordered twice.
   */
  private static List<ServiceSummary> distinct(Collection<ServiceSummary> services) {
    List<ServiceSummary> distinct = new ArrayList<>(services.size());
    Set<Long> seen = new HashSet<>();
    int index = 0;
    for (ServiceSummary service : services) {
      if (service == null) {
        throw new IllegalArgumentException("services must not contain null, found one at position " + index);
      }
      if (service.serviceId() <= 0) {
        throw new IllegalArgumentException("services must have positive ids, found serviceId " + service.serviceId()
            + " at position " + index);
      }
      if (seen.add(service.serviceId())) {
        distinct.add(service);
      }
      index++;
    }
    return distinct;
  }

  private PlanItem item(ServiceSummary service, PlanOptions options) {
    RenewPeriod period = options.period() != null ? options.period() : service.renewPeriod();
    // Termination first: even with includeAutomatic, a service going away is not to be paid for.
    if (service.terminationPending()) {
      return skipped(service, period, PlanItem.SkipReason.TERMINATION_PENDING,
          "its termination is pending (" + Arguments.bounded(service.pendingActions(), "actions")
              + "): renewing would pay for a service that is going away");
    }
    if (service.renewsAutomatically() && !options.includeAutomatic()) {
      return skipped(service, period, PlanItem.SkipReason.AUTOMATIC_RENEWAL,
          "it renews automatically; the includeAutomatic option includes it");
    }
    if (period == null) {
      return skipped(service, null, PlanItem.SkipReason.NO_PERIOD,
          "no period was given and the service has no current renewal period");
    }
    long id = service.serviceId();
    List<RenewDescription> offers;
    try {
      offers = context.executor().execute(context.serviceApi().getRenewOptions(id, false));
    } catch (OvhException e) {
      return skipped(service, period, PlanItem.SkipReason.PRICING_FAILED, "reading its offers failed: " + describe(e));
    }
    OfferSelection selection = OfferSelection.alone(id, period, offers == null ? List.of() : offers);
    if (!selection.periodOffered()) {
      return skipped(service, period, PlanItem.SkipReason.PERIOD_NOT_OFFERED, selection.problem());
    }
    if (!selection.chosen()) {
      return skipped(service, period, PlanItem.SkipReason.NOT_RENEWABLE_ALONE, selection.problem());
    }
    RenewPeriod offered = selection.period();
    RenewOrder quote;
    try {
      // The same body as RenewalChoice.quote(): the offered period's text and the strategy's services.
      quote = context.executor().execute(context.serviceApi().renew(id, new RenewRequest(true, offered, selection.strategy().services())));
    } catch (OvhException e) {
      return skipped(service, offered, PlanItem.SkipReason.PRICING_FAILED, "the dry run failed: " + describe(e));
    }
    return priced(service, offered, quote);
  }

  /**
   * A ready item from a dry run, or a skipped one when the quote cannot be trusted: a plan file
   * must hold only amounts that a reader can check (present, not negative, adding up, in one
   * currency), and the budget of apply counts on them.
   */
  private static PlanItem priced(ServiceSummary service, RenewPeriod period, RenewOrder quote) {
    String problem = problem(quote);
    if (problem != null) {
      return skipped(service, period, PlanItem.SkipReason.PRICING_FAILED,
          "the dry run for " + period + " " + problem);
    }
    return new PlanItem(service.serviceId(), service.name(), service.route(), service.expiration(), period,
        PlanItem.Status.READY, null, null,
        quote.priceWithoutTax().value(), quote.tax().value(), quote.priceWithTax().value(),
        quote.priceWithTax().currencyCode().value());
  }

  /** What is wrong with a quote, or null. */
  private static String problem(RenewOrder quote) {
    if (quote == null) {
      return "answered nothing";
    }
    String missing = missing(quote.priceWithoutTax(), "price without tax");
    missing = missing != null ? missing : missing(quote.tax(), "tax");
    missing = missing != null ? missing : missing(quote.priceWithTax(), "price with tax");
    if (missing != null) {
      return "answered no " + missing;
    }
    CurrencyCode currency = quote.priceWithTax().currencyCode();
    if (currency == null || currency.value() == null || currency.value().isBlank()) {
      return "answered a price with tax without a currency";
    }
    for (Price other : List.of(quote.priceWithoutTax(), quote.tax())) {
      if (other.currencyCode() != null && !currency.equals(other.currencyCode())) {
        return "answered prices in different currencies: " + Arguments.bounded(quote.priceWithoutTax().formatted()) + " without tax, "
            + Arguments.bounded(quote.tax().formatted()) + " tax, " + Arguments.bounded(quote.priceWithTax().formatted()) + " with tax";
      }
    }
    BigDecimal withoutTax = quote.priceWithoutTax().value();
    BigDecimal tax = quote.tax().value();
    BigDecimal withTax = quote.priceWithTax().value();
    if (withoutTax.signum() < 0 || tax.signum() < 0 || withTax.signum() < 0) {
      return "answered a negative amount: " + withoutTax.toPlainString() + " without tax, " + tax.toPlainString() + " tax, "
          + withTax.toPlainString() + " with tax";
    }
    if (withoutTax.add(tax).compareTo(withTax) != 0) {
      return "answered amounts that do not add up: " + withoutTax.toPlainString() + " without tax + " + tax.toPlainString()
          + " tax is not " + withTax.toPlainString() + " with tax";
    }
    return null;
  }

  private static String missing(Price price, String what) {
    return price == null || price.value() == null ? what : null;
  }

  private static PlanItem skipped(ServiceSummary service, RenewPeriod period, PlanItem.SkipReason code, String reason) {
    return new PlanItem(service.serviceId(), service.name(), service.route(), service.expiration(), period,
        PlanItem.Status.SKIPPED, code, reason, null, null, null, null);
  }

  /**
   * A failure, short, with the query id OVH support asks for: the engine's messages end with it,
   * and it is added when the message had to be cut.
   */
  static String describe(OvhException e) {
    String text = Arguments.bounded(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    String queryId = e instanceof OvhApiException api ? api.queryId()
        : e instanceof OvhDecodingException decoding ? decoding.queryId() : null;
    if (queryId != null && !text.contains(queryId)) {
      text = text + " [queryId: " + Arguments.bounded(queryId) + "]";
    }
    return text;
  }
}
