package io.github.ovhrenewal.core.fleet;

import io.github.ovhrenewal.api.model.Order;
import io.github.ovhrenewal.api.model.OrderDetail;
import io.github.ovhrenewal.core.internal.OrderReads;
import io.github.ovhrenewal.core.exception.JournalException;
import io.github.ovhrenewal.core.exception.OvhException;
import io.github.ovhrenewal.core.fleet.JournalEntry.State;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the orders whose answer was lost: for every item whose last journaled order has no known
 * outcome, reads the account's orders created since the earliest such attempt ({@code GET
 * /me/order?date.from=…}) and their details ({@code GET /me/order/{id}/details} and
 * {@code …/details/{detailId}}), and adopts an order with a detail whose {@code domain} is the
 * item's service name, unless another journal item already holds that order. What it finds is
 * journaled {@code ordered} with {@code "reconciled":true}; an interrupted {@code sending} that
 * stays unfound is journaled {@code unknown}.
 */
final class Reconciler {
  /**
   * Orders are looked for from this long before the earliest attempt: the attempt's time is the
   * client's estimate of the server's clock, read to the second, and the order's date is the
   * server's own.
   */
  static final Duration MARGIN = Duration.ofMinutes(1);

  private final FleetContext context;
  private final Journal journal;

  Reconciler(FleetContext context, Journal journal) {
    this.context = context;
    this.journal = journal;
  }

  /**
   * What reconciling concluded of the items it could not resolve.
   *
   * @param complete whether every order since the attempt was read (so that "not found" means it)
   * @param notes why each unresolved item stays unknown, by service id
   */
  record Outcome(boolean complete, Map<Long, String> notes) {}

  /**
   * Reconciles the items whose order outcome is unknown, updating their histories.
   *
   * @param ready the plan's ready items
   * @param histories each journaled service's history, updated in place
   * @return the outcome
   * @throws io.github.ovhrenewal.core.exception.JournalException if a line cannot be written
   */
  Outcome reconcile(List<PlanItem> ready, Map<Long, ItemHistory> histories) {
    List<PlanItem> pending = new ArrayList<>();
    OffsetDateTime earliest = null;
    Set<Long> claimed = new HashSet<>();
    for (PlanItem item : ready) {
      ItemHistory history = histories.get(item.serviceId());
      if (history == null) {
        continue;
      }
      if (history.orderId() != null) {
        claimed.add(history.orderId());
      }
      if (history.orderUnknown()) {
        pending.add(item);
        if (earliest == null || history.attemptedAt().isBefore(earliest)) {
          earliest = history.attemptedAt();
        }
      }
    }
    if (pending.isEmpty()) {
      return new Outcome(true, Map.of());
    }
    OffsetDateTime from = earliest.minus(MARGIN);
    String since = from.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    Map<String, PlanItem> byName = new HashMap<>();
    for (PlanItem item : pending) {
      if (item.name() != null && !item.name().isBlank()) {
        byName.putIfAbsent(key(item.name()), item);
      }
    }
    String failure = null;
    int read = 0;
    if (!byName.isEmpty()) {
      try {
        List<Long> ids = context.executor().execute(context.orderApi().listOrders(since, null));
        List<Long> sorted = new ArrayList<>(ids == null ? List.of() : ids);
        // Oldest first: the first order of a service after the attempt is the attempt's.
        sorted.sort(null);
        for (long orderId : sorted) {
          if (byName.isEmpty()) {
            break;
          }
          if (claimed.contains(orderId)) {
            continue;
          }
          read++;
          PlanItem match = match(orderId, byName);
          if (match != null) {
            adopt(match, orderId, histories.get(match.serviceId()));
            claimed.add(orderId);
            byName.values().remove(match);
          }
        }
      } catch (JournalException e) {
        throw e;
      } catch (OvhException e) {
        failure = e.getMessage();
      }
    }
    Map<Long, String> notes = new HashMap<>();
    for (PlanItem item : pending) {
      ItemHistory history = histories.get(item.serviceId());
      if (!history.orderUnknown()) {
        continue;
      }
      String note;
      if (item.name() == null || item.name().isBlank()) {
        note = "the plan gives no name for service " + item.serviceId() + ", so its order cannot be found among the account's orders";
      } else if (failure != null) {
        note = "reconciling could not read the account's orders since " + since + ": " + failure;
      } else {
        note = "reconciling found no order for " + item.name() + " among the " + read + " unclaimed orders created since " + since;
      }
      notes.put(item.serviceId(), note);
      if (history.last() == State.SENDING) {
        JournalEntry unknown = JournalEntry.unknown(item.serviceId(), item.period().toString(), journal.time(),
            "sent, and no outcome was journaled (the run stopped before the answer); " + note);
        journal.append(unknown);
        history.apply(unknown);
      }
    }
    return new Outcome(failure == null, notes);
  }

  private PlanItem match(long orderId, Map<String, PlanItem> byName) {
    for (OrderDetail detail : OrderReads.details(context.executor(), context.orderApi(), orderId)) {
      if (detail.domain() == null || Boolean.TRUE.equals(detail.cancelled())) {
        continue;
      }
      PlanItem item = byName.get(key(detail.domain()));
      if (item != null) {
        return item;
      }
    }
    return null;
  }

  private void adopt(PlanItem item, long orderId, ItemHistory history) {
    Order order = context.executor().execute(context.orderApi().getOrder(orderId));
    BigDecimal price = order == null || order.priceWithTax() == null ? null : order.priceWithTax().value();
    String currency = order == null || order.priceWithTax() == null || order.priceWithTax().currencyCode() == null
        ? null : order.priceWithTax().currencyCode().value();
    if (price == null || currency == null) {
      // The order exists; its amount is the plan's quote as far as anyone can tell.
      price = item.priceWithTax();
      currency = item.currency();
    }
    JournalEntry ordered = JournalEntry.ordered(item.serviceId(), item.period().toString(), journal.time(), orderId, price, currency, true);
    journal.append(ordered);
    history.apply(ordered);
  }

  /** Domain names are compared regardless of case and of surrounding blanks. */
  private static String key(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }
}
