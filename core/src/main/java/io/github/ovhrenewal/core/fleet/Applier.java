package io.github.ovhrenewal.core.fleet;

import io.github.ovhrenewal.api.model.OrderStatus;
import io.github.ovhrenewal.api.model.Price;
import io.github.ovhrenewal.api.model.RenewOrder;
import io.github.ovhrenewal.api.model.RenewRequest;
import io.github.ovhrenewal.core.exception.JournalException;
import io.github.ovhrenewal.core.exception.OrderOutcomeUnknownException;
import io.github.ovhrenewal.core.exception.OvhApiException;
import io.github.ovhrenewal.core.exception.OvhDecodingException;
import io.github.ovhrenewal.core.exception.OvhException;
import io.github.ovhrenewal.core.exception.OvhTransportException;
import io.github.ovhrenewal.core.fleet.AppliedItem.State;
import io.github.ovhrenewal.core.fleet.Budget.Verdict;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * Applies a plan: orders (and pays) each ready item exactly once, journaled, resumable.
 *
 * <ol>
 *   <li>Opens and locks the journal, and checks that it was written for this plan.
 *   <li>Checks the payment method (it exists and is valid) or the payment mean (when one with an id
 *       is given) before anything is ordered.
 *   <li>Reconciles the items whose earlier order has no known outcome ({@link Reconciler}).
 *   <li>Then, item by item in plan order, with at most {@code concurrency} in flight: an item paid
 *       in the journal is reported; one ordered is paid (after reading its status) when a payment
 *       is asked for; one refused or never sent is ordered; one still unknown is reported, and
 *       ordered again only with {@link ApplyOptions#reorderUnknown(boolean)}.
 * </ol>
 *
 * An order is sent only after its {@code sending} line is on the disk, and a payment after its
 * {@code paying} line; both go through {@code executeOnce}: never retried, a lost or unreadable
 * answer is an unknown outcome, never a success.
 */
final class Applier {
  /** Order statuses that show the order paid (OVH moves a paid order on to checking and delivery). */
  private static final Set<OrderStatus> PAID_STATUSES = Set.of(
      OrderStatus.CHECKING, OrderStatus.DOCUMENTS_REQUESTED, OrderStatus.DELIVERING, OrderStatus.DELIVERED);
  private static final Set<OrderStatus> CANCELLED_STATUSES = Set.of(OrderStatus.CANCELLED, OrderStatus.CANCELLING);

  private final FleetContext context;
  private final UnaryOperator<Journal.Sink> sinks;

  Applier(FleetContext context) {
    this(context, UnaryOperator.identity());
  }

  /**
   * An applier whose journal writes go through {@code sinks} (tests make them fail).
   *
   * @param context the calls
   * @param sinks wraps the journal's sink
   */
  Applier(FleetContext context, UnaryOperator<Journal.Sink> sinks) {
    this.context = context;
    this.sinks = sinks;
  }

  ApplyReport apply(RenewalPlan plan, ApplyOptions options) {
    List<PlanItem> items = plan.items();
    List<PlanItem> ready = plan.ready();
    check(ready);
    // Built first: a mean that needs an id and has none fails here, before anything is sent.
    ApplyPayment payment = ApplyPayment.of(options);
    try (Journal journal = Journal.open(options.journal(), Journal.fingerprint(plan), context.serverNow(), sinks)) {
      Map<Long, ItemHistory> histories = ItemHistory.fold(journal.entries());
      if (payment != null && ready.stream().anyMatch(i -> !paid(histories.get(i.serviceId())))) {
        payment.check(context);
      }
      Reconciler.Outcome reconciled = new Reconciler(context, journal).reconcile(ready, histories);
      for (PlanItem item : ready) {
        // Filled before the tasks start: each task then touches only its own history.
        histories.computeIfAbsent(item.serviceId(), id -> new ItemHistory());
      }
      Budget budget = new Budget(options.maxTotal(), spentBefore(ready, histories), items.size());
      Run run = new Run(journal, budget, histories, reconciled, options, payment);
      List<AppliedItem> applied = new BoundedRunner(options.concurrency())
          .map(IntStream.range(0, items.size()).boxed().toList(), i -> run.item(i, items.get(i)), options.listener());
      if (run.failure != null) {
        throw new JournalException(run.failure.getMessage() + ": stopped ordering; no order was sent without its journal line. "
            + "What happened so far: " + summary(applied), journal.file().toString(), run.failure);
      }
      return report(applied, budget.stopReason());
    }
  }

  private static void check(List<PlanItem> ready) {
    Set<Long> seen = new HashSet<>();
    for (PlanItem item : ready) {
      if (!seen.add(item.serviceId())) {
        throw new IllegalArgumentException("the plan lists service " + item.serviceId()
            + " as ready more than once; each service is renewed once per plan; nothing was ordered");
      }
      if (item.period() == null) {
        throw new IllegalArgumentException("the plan's ready item for service " + item.serviceId()
            + " has no period; a ready item names the period to order; nothing was ordered");
      }
    }
  }

  private static boolean paid(ItemHistory history) {
    return history != null && history.last() == JournalEntry.State.PAID;
  }

  /** What the journal's earlier runs ordered, or may have ordered (an unknown outcome counts as spent). */
  private static Map<String, BigDecimal> spentBefore(List<PlanItem> ready, Map<Long, ItemHistory> histories) {
    Map<String, BigDecimal> spent = new HashMap<>();
    for (PlanItem item : ready) {
      ItemHistory history = histories.get(item.serviceId());
      if (history.hasOrder()) {
        String currency = history.currency() == null ? item.currency() : history.currency();
        BigDecimal price = history.priceWithTax() == null ? item.priceWithTax() : history.priceWithTax();
        add(spent, currency, price);
      } else if (history.orderUnknown()) {
        add(spent, item.currency(), item.priceWithTax());
      }
      for (int i = 0; i < history.abandonedUnknown(); i++) {
        add(spent, item.currency(), item.priceWithTax());
      }
    }
    return spent;
  }

  private static void add(Map<String, BigDecimal> totals, String currency, BigDecimal amount) {
    if (currency != null && amount != null) {
      totals.merge(currency, amount, BigDecimal::add);
    }
  }

  private static ApplyReport report(List<AppliedItem> applied, String stopReason) {
    Map<String, BigDecimal> ordered = new TreeMap<>();
    Map<String, BigDecimal> paid = new TreeMap<>();
    for (AppliedItem item : applied) {
      boolean hasOrder = item.state() == State.ORDERED || item.state() == State.PAID
          || (item.state() == State.UNKNOWN && item.orderId() != null);
      if (hasOrder) {
        add(ordered, item.currency(), item.priceWithTax());
      }
      if (item.state() == State.PAID) {
        add(paid, item.currency(), item.priceWithTax());
      }
    }
    return new ApplyReport(applied, ordered, paid, stopReason);
  }

  private static String summary(List<AppliedItem> applied) {
    Map<State, List<String>> byState = new TreeMap<>();
    for (AppliedItem item : applied) {
      byState.computeIfAbsent(item.state(), s -> new ArrayList<>())
          .add(item.serviceId() + (item.orderId() == null ? "" : " (order " + item.orderId() + ")"));
    }
    StringBuilder text = new StringBuilder();
    byState.forEach((state, ids) -> text.append(text.length() == 0 ? "" : "; ").append(state.wire()).append(' ')
        .append(ids.size() > 20 ? ids.subList(0, 20) + " and " + (ids.size() - 20) + " more" : ids));
    return text.toString();
  }

  /** One run: the state its item tasks share. */
  private final class Run {
    private final Journal journal;
    private final Budget budget;
    private final Map<Long, ItemHistory> histories;
    private final Reconciler.Outcome reconciled;
    private final ApplyOptions options;
    private final ApplyPayment payment;
    private volatile JournalException failure;

    Run(Journal journal, Budget budget, Map<Long, ItemHistory> histories, Reconciler.Outcome reconciled, ApplyOptions options,
        ApplyPayment payment) {
      this.journal = journal;
      this.budget = budget;
      this.histories = histories;
      this.reconciled = reconciled;
      this.options = options;
      this.payment = payment;
    }

    /** What becomes of one plan item. Never throws: a failure becomes the item's outcome. */
    AppliedItem item(int index, PlanItem item) {
      if (!item.ready()) {
        budget.pass(index, null);
        return new AppliedItem(item.serviceId(), item.name(), item.period(), State.SKIPPED, null, item.priceWithTax(),
            item.currency(), item.reason());
      }
      ItemHistory history = histories.get(item.serviceId());
      boolean order = history.last() == null || history.last() == JournalEntry.State.REFUSED
          || (history.orderUnknown() && options.reorderUnknown() && reconciled.complete());
      Verdict verdict = budget.pass(index, order ? item : null);
      try {
        if (order) {
          return switch (verdict) {
            case ADMITTED -> order(item, history);
            case STOPPED -> applied(item, history, State.NOT_ORDERED, budget.stopReason());
            default -> applied(item, history, State.NOT_ORDERED, "not ordered: " + budget.haltReason());
          };
        }
        return existing(item, history);
      } catch (JournalException e) {
        fail(e);
        return applied(item, history, stateOf(history), "the journal could not record the last step (" + e.getMessage() + ")");
      } catch (RuntimeException e) {
        // Not expected; the item is reported as far as its journal knows it, and the run goes on.
        return applied(item, history, stateOf(history), "failed: " + e);
      }
    }

    private void fail(JournalException e) {
      synchronized (this) {
        if (failure == null) {
          failure = e;
        }
      }
      budget.halt("the journal " + journal.file() + " could not be written");
    }

    /** An item with nothing to order: report it, or pay it, from what the journal says. */
    private AppliedItem existing(PlanItem item, ItemHistory history) {
      JournalEntry.State last = history.last();
      switch (last) {
        case PAID:
          return applied(item, history, State.PAID, null);
        case ORDERED:
        case PAY_REFUSED:
          return settle(item, history);
        case PAYING:
        case PAY_UNKNOWN:
          return checkPayment(item, history);
        default:
          String note = reconciled.notes().getOrDefault(item.serviceId(), history.error());
          String why = options.reorderUnknown() && !reconciled.complete()
              ? "not ordered again although asked to: reconciling did not complete"
              : "not ordered again; check the account's orders, then run again with reorderUnknown to order it anyway "
                  + "(at the risk of ordering it twice)";
          return applied(item, history, State.UNKNOWN, "the order was sent and its outcome is unknown: it may exist. "
              + (note == null ? "" : note + ". ") + why);
      }
    }

    /** An order exists: pay it if asked, once its status says it is still to be paid. */
    private AppliedItem settle(PlanItem item, ItemHistory history) {
      long orderId = history.orderId();
      String earlier = history.last() == JournalEntry.State.PAY_REFUSED ? "its payment was refused before (" + history.error() + ")" : null;
      if (payment == null) {
        return applied(item, history, State.ORDERED, earlier == null ? null : "not paid: " + earlier);
      }
      OrderStatus status;
      try {
        status = context.executor().execute(context.orderApi().getOrderStatus(orderId));
      } catch (OvhException e) {
        return applied(item, history, State.ORDERED, "not paid: the status of order " + orderId + " could not be read: " + e.getMessage());
      }
      if (OrderStatus.NOT_PAID.equals(status)) {
        return pay(item, history, orderId);
      }
      return byStatus(item, history, orderId, status, State.ORDERED);
    }

    /** A payment was sent and its outcome not recorded: the order's status tells; never paid again. */
    private AppliedItem checkPayment(PlanItem item, ItemHistory history) {
      long orderId = history.orderId();
      String unknown = "the payment of order " + orderId + " was sent and its outcome is unknown: it may have been made";
      OrderStatus status;
      try {
        status = context.executor().execute(context.orderApi().getOrderStatus(orderId));
      } catch (OvhException e) {
        return applied(item, history, State.UNKNOWN, unknown + "; its status could not be read (" + e.getMessage() + "). Not paid again");
      }
      if (OrderStatus.NOT_PAID.equals(status)) {
        return applied(item, history, State.UNKNOWN, unknown + "; the order still shows notPaid. Not paid again: check the "
            + "payment, pay it yourself if it failed, and run again");
      }
      return byStatus(item, history, orderId, status, State.UNKNOWN);
    }

    private AppliedItem byStatus(PlanItem item, ItemHistory history, long orderId, OrderStatus status, State otherwise) {
      if (PAID_STATUSES.contains(status)) {
        record(history, JournalEntry.paid(item.serviceId(), period(item), journal.time(), orderId, status.value()));
        return applied(item, history, State.PAID, null);
      }
      if (CANCELLED_STATUSES.contains(status)) {
        return applied(item, history, State.ORDERED, "order " + orderId + " is " + status + ": not paid");
      }
      return applied(item, history, otherwise, "order " + orderId + " has status " + status + ": not paid");
    }

    /** Sends the order, after its {@code sending} line. */
    private AppliedItem order(PlanItem item, ItemHistory history) {
      OffsetDateTime at = journal.time();
      JournalEntry sending = JournalEntry.sending(item.serviceId(), period(item), at);
      try {
        journal.append(sending);
      } catch (JournalException e) {
        budget.refused(item);
        fail(e);
        return applied(item, history, State.NOT_ORDERED, "not sent: " + e.getMessage());
      }
      history.apply(sending);
      RenewOrder answer;
      try {
        answer = context.executor().executeOnce(
            context.serviceApi().renew(item.serviceId(), new RenewRequest(false, item.period(), List.of(item.serviceId()))),
            failure -> lostOrder(item, at, failure));
      } catch (OvhApiException | OvhTransportException e) {
        // A 4xx (a 5xx comes as an unknown outcome), or no connection at all: nothing was ordered.
        budget.refused(item);
        String queryId = e instanceof OvhApiException api ? api.queryId() : null;
        record(history, JournalEntry.refused(item.serviceId(), period(item), journal.time(), e.getMessage(), queryId));
        return applied(item, history, State.REFUSED, e.getMessage());
      } catch (RuntimeException e) {
        record(history, JournalEntry.unknown(item.serviceId(), period(item), journal.time(), e.getMessage()));
        return applied(item, history, State.UNKNOWN, e.getMessage());
      }
      if (answer == null || answer.orderId() == null || answer.orderId() <= 0) {
        String error = lostOrder(item, at, new OvhDecodingException(
            "POST /service/" + item.serviceId() + "/renew answered without an order id", null, null, null))
            .getMessage();
        record(history, JournalEntry.unknown(item.serviceId(), period(item), journal.time(), error));
        return applied(item, history, State.UNKNOWN, error);
      }
      Price price = answer.priceWithTax();
      BigDecimal withTax = price == null || price.value() == null ? item.priceWithTax() : price.value();
      String currency = price == null || price.value() == null || price.currencyCode() == null ? item.currency() : price.currencyCode().value();
      budget.ordered(item, currency, withTax);
      record(history, JournalEntry.ordered(item.serviceId(), period(item), journal.time(), answer.orderId(), withTax, currency, false));
      if (payment == null) {
        return applied(item, history, State.ORDERED, null);
      }
      return pay(item, history, answer.orderId());
    }

    /** Sends the payment, after its {@code paying} line. */
    private AppliedItem pay(PlanItem item, ItemHistory history, long orderId) {
      JournalEntry paying = JournalEntry.paying(item.serviceId(), period(item), journal.time(), orderId);
      journal.append(paying);
      history.apply(paying);
      OffsetDateTime at = paying.at();
      try {
        context.executor().executeOnce(payment.call(context.paymentApi(), orderId), failure ->
            new OrderOutcomeUnknownException("the payment of order " + orderId + " (the renewal of service " + item.serviceId()
                + ") with " + payment + " was sent and no usable answer came back: it may have been made. Not paid again; "
                + "check the order's status. Cause: " + failure.getMessage(), null, null, null, orderId, at, failure));
      } catch (OvhApiException | OvhTransportException e) {
        String queryId = e instanceof OvhApiException api ? api.queryId() : null;
        record(history, JournalEntry.payRefused(item.serviceId(), period(item), journal.time(), orderId, e.getMessage(), queryId));
        return applied(item, history, State.ORDERED, "ordered, not paid: the payment was refused: " + e.getMessage());
      } catch (RuntimeException e) {
        record(history, JournalEntry.payUnknown(item.serviceId(), period(item), journal.time(), orderId, e.getMessage()));
        return applied(item, history, State.UNKNOWN, e.getMessage());
      }
      record(history, JournalEntry.paid(item.serviceId(), period(item), journal.time(), orderId, null));
      return applied(item, history, State.PAID, null);
    }

    /**
     * Takes an outcome into account, then journals it: when the line cannot be written, the item
     * is still reported with its outcome, and the run stops ordering.
     */
    private void record(ItemHistory history, JournalEntry entry) {
      history.apply(entry);
      journal.append(entry);
    }
  }

  private static OrderOutcomeUnknownException lostOrder(PlanItem item, OffsetDateTime at, OvhException failure) {
    return new OrderOutcomeUnknownException(
        "the renewal order of service " + item.serviceId() + (item.name() == null ? "" : " (" + item.name() + ")") + " for " + item.period()
            + " was sent and no usable answer came back: it may exist. The next run with this journal reconciles it from the account's "
            + "orders before anything is ordered again. Cause: " + failure.getMessage(),
        item.serviceId(), item.period(), item.priceWithoutTax(), null, at, failure);
  }

  private static String period(PlanItem item) {
    return item.period().toString();
  }

  /** The state an item's journal shows, for an item whose run stopped on a journal failure. */
  private static State stateOf(ItemHistory history) {
    JournalEntry.State last = history.last();
    if (last == null) {
      return State.NOT_ORDERED;
    }
    return switch (last) {
      case PAID -> State.PAID;
      case ORDERED, PAY_REFUSED -> State.ORDERED;
      case REFUSED -> State.REFUSED;
      default -> State.UNKNOWN;
    };
  }

  private static AppliedItem applied(PlanItem item, ItemHistory history, State state, String message) {
    boolean hasOrder = history.orderId() != null && history.priceWithTax() != null;
    return new AppliedItem(item.serviceId(), item.name(), item.period(), state, history.orderId(),
        hasOrder ? history.priceWithTax() : item.priceWithTax(),
        hasOrder && history.currency() != null ? history.currency() : item.currency(),
        message);
  }
}
