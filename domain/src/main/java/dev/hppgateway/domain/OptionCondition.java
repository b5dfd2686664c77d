package dev.hppgateway.domain;

import java.util.Set;

/**
 * A condition on one page option, as data so the core can check and explain it without knowing the
 * option: it holds when the option's text is one of {@code values}, an absent option counting as
 * {@code whenAbsent} (the provider's default). Klarna, for one, fills {@code {{order_id}}} only
 * when {@code place_order_mode} is PLACE_ORDER or CAPTURE_ORDER (absent: NONE).
 */
public record OptionCondition(String option, Set<String> values, String whenAbsent) {

  public OptionCondition {
    Require.nonNull(option, "option");
    values = Set.copyOf(Require.nonNull(values, "values"));
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a condition on " + option + " needs at least one value");
    }
  }

  /** The option's value as the condition reads it: its text, or the default when absent. */
  public String valueIn(PageOptions options) {
    return options.value(option).map(String::valueOf).orElse(whenAbsent);
  }

  public boolean holds(PageOptions options) {
    String value = valueIn(options);
    return value != null && values.contains(value);
  }

  /** The values sorted, for messages that read the same every time. */
  public String describe() {
    return values.stream().sorted().toList().toString();
  }
}
