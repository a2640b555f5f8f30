package io.github.ovhrenewal.core.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.core.fleet.Budget.Verdict;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The budget and the plan-order gate through which every item passes once. */
class BudgetTest {
  private static PlanItem item(long serviceId, String price, String currency) {
    return new PlanItem(serviceId, "s" + serviceId, null, null, RenewPeriod.P1Y, PlanItem.Status.READY, null, null,
        null, null, price == null ? null : new BigDecimal(price), currency);
  }

  private static Budget budget(String max, int items) {
    return new Budget(max == null ? Map.of() : Map.of("EUR", new BigDecimal(max)), Map.of(), items);
  }

  /** Waits, without sleeping, until the thread blocks. */
  private static void awaitWaiting(Thread thread) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (thread.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(thread.getState()).isEqualTo(Thread.State.WAITING);
  }

  @Test
  void pass_laterItemArrivesFirst_waitsSoThatTheEarlierItemGetsTheBudget() throws Exception {
    Budget budget = budget("10", 2);
    CompletableFuture<Verdict> second = new CompletableFuture<>();
    Thread thread = new Thread(() -> second.complete(budget.pass(1, item(2, "10", "EUR"))));
    thread.start();
    awaitWaiting(thread);

    Verdict first = budget.pass(0, item(1, "10", "EUR"));

    assertThat(first).isEqualTo(Verdict.ADMITTED);
    assertThat(second.get(20, TimeUnit.SECONDS)).isEqualTo(Verdict.STOPPED);
    assertThat(budget.stopReason()).contains("service 2").contains("total to 20.00 EUR, above the maximum of 10.00 EUR");
  }

  @Test
  void pass_afterTheStop_laterOrdersStoppedEvenWhenTheyFitAndOthersPass() {
    Budget budget = budget("15", 4);

    assertThat(budget.pass(0, item(1, "10", "EUR"))).isEqualTo(Verdict.ADMITTED);
    assertThat(budget.pass(1, item(2, "10", "EUR"))).isEqualTo(Verdict.STOPPED);
    assertThat(budget.pass(2, null)).isEqualTo(Verdict.PASSED);
    assertThat(budget.pass(3, item(4, "1", "EUR"))).isEqualTo(Verdict.STOPPED);
  }

  @Test
  void ordered_realPriceReplacesTheQuote() {
    Budget budget = budget("20", 2);
    PlanItem first = item(1, "12", "EUR");
    budget.pass(0, first);

    budget.ordered(first, "EUR", new BigDecimal("8"));

    assertThat(budget.pass(1, item(2, "12", "EUR"))).isEqualTo(Verdict.ADMITTED);
  }

  @Test
  void refused_releasesTheQuote() {
    Budget budget = budget("12", 2);
    PlanItem first = item(1, "12", "EUR");
    budget.pass(0, first);

    budget.refused(first);

    assertThat(budget.pass(1, item(2, "12", "EUR"))).isEqualTo(Verdict.ADMITTED);
  }

  @Test
  void pass_spentBeforeCounted() {
    Budget budget = new Budget(Map.of("EUR", new BigDecimal("20")), Map.of("EUR", new BigDecimal("9")), 1);

    assertThat(budget.pass(0, item(1, "12", "EUR"))).isEqualTo(Verdict.STOPPED);
    assertThat(budget.stopReason()).contains("(9.00 EUR ordered or possibly ordered so far");
  }

  @Test
  void pass_otherCurrencyOrNoBudget_admitted() {
    assertThat(budget("1", 1).pass(0, item(1, "12", "CAD"))).isEqualTo(Verdict.ADMITTED);
    assertThat(budget(null, 1).pass(0, item(1, null, null))).isEqualTo(Verdict.ADMITTED);
  }

  @Test
  void pass_budgetAndNoPriceToCheck_stopped() {
    Budget budget = budget("100", 1);

    assertThat(budget.pass(0, item(1, null, "EUR"))).isEqualTo(Verdict.STOPPED);
    assertThat(budget.stopReason()).contains("has no price with tax in the plan to check against the budget");
  }

  @Test
  void halt_wakesTheWaitingItemsAndStopsEveryLaterOrder() throws Exception {
    Budget budget = budget(null, 3);
    CompletableFuture<Verdict> waiting = new CompletableFuture<>();
    Thread thread = new Thread(() -> waiting.complete(budget.pass(2, item(3, "1", "EUR"))));
    thread.start();
    awaitWaiting(thread);

    budget.halt("the journal could not be written");

    assertThat(waiting.get(20, TimeUnit.SECONDS)).isEqualTo(Verdict.HALTED);
    assertThat(budget.pass(0, item(1, "1", "EUR"))).isEqualTo(Verdict.HALTED);
    assertThat(budget.haltReason()).isEqualTo("the journal could not be written");
  }
}
