package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.core.fleet.PlanTotal;
import io.github.ovhrenewal.core.fleet.RenewalPlan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code --max-total} value: the most {@code apply} may order, with tax. {@code 500} (in the
 * plan's currency, when it orders in one only) or {@code "500 EUR"}; repeated for a plan in several
 * currencies.
 *
 * @param text the value as given, for messages
 * @param amount the amount, zero or more
 * @param currency the currency code, or null for the plan's only currency
 */
record MaxTotalArg(String text, BigDecimal amount, String currency) {
  static final String FORMS = "expected AMOUNT or 'AMOUNT CUR', e.g. 500, 500.00 or '500 EUR'";
  private static final Pattern FORM = Pattern.compile("(\\d{1,15}(?:\\.\\d{1,6})?)(?:\\s+([A-Za-z]{3}))?");

  /**
   * Parses a value.
   *
   * @param text e.g. {@code "500"} or {@code "500 EUR"}
   * @return the budget
   * @throws IllegalArgumentException naming the text and the allowed forms
   */
  static MaxTotalArg parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("--max-total '" + text + "' is not an amount; " + FORMS);
    }
    return new MaxTotalArg(text, new BigDecimal(m.group(1)), m.group(2) == null ? null : m.group(2).toUpperCase(Locale.ROOT));
  }

  /**
   * The budgets by currency for this plan: an amount without currency is in the plan's only
   * currency. A plan with nothing to order takes any budget.
   *
   * @param budgets the parsed values
   * @param plan the plan
   * @return the budgets by currency code
   * @throws IllegalArgumentException for an amount without currency when the plan orders in several
   *     currencies, a currency the plan orders nothing in, or a currency given twice
   */
  static Map<String, BigDecimal> resolve(List<MaxTotalArg> budgets, RenewalPlan plan) {
    List<String> currencies = plan.totals().stream().map(PlanTotal::currency).toList();
    Map<String, BigDecimal> resolved = new TreeMap<>();
    for (MaxTotalArg budget : budgets) {
      String currency = budget.currency();
      if (currency == null) {
        if (currencies.isEmpty()) {
          continue;
        }
        if (currencies.size() > 1) {
          throw new IllegalArgumentException("--max-total '" + budget.text() + "' names no currency and the plan orders in "
              + String.join(" and ", currencies) + "; give one per currency, e.g. --max-total '" + budget.text().trim() + " "
              + currencies.get(0) + "'");
        }
        currency = currencies.get(0);
      } else if (!currencies.isEmpty() && !currencies.contains(currency)) {
        throw new IllegalArgumentException("--max-total '" + budget.text() + "': the plan orders nothing in " + currency
            + " (it orders in " + String.join(", ", currencies) + ")");
      }
      if (resolved.put(currency, budget.amount()) != null) {
        throw new IllegalArgumentException("--max-total is given twice for " + currency + "; give one budget per currency");
      }
    }
    return resolved;
  }
}
