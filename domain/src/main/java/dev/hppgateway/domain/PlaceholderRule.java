package dev.hppgateway.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where a provider fills in one placeholder: in which merchant URLs, and, when it depends on the
 * page's options, under which condition (Klarna knows an order id only when it places the order
 * itself).
 *
 * @param condition null when the placeholder is filled whatever the options
 */
public record PlaceholderRule(
    Placeholder placeholder, Set<UrlKind> urlKinds, OptionCondition condition) {

  public PlaceholderRule {
    Require.nonNull(placeholder, "placeholder");
    urlKinds = Set.copyOf(Require.nonNull(urlKinds, "urlKinds"));
  }

  /** Filled in every redirect URL, whatever the options. */
  public static PlaceholderRule everywhere(Placeholder placeholder) {
    return new PlaceholderRule(placeholder, redirectKinds(), null);
  }

  /** Filled in these URLs, whatever the options. */
  public static PlaceholderRule in(Placeholder placeholder, Set<UrlKind> kinds) {
    return new PlaceholderRule(placeholder, kinds, null);
  }

  /**
   * Filled in these URLs only while {@code option} is one of {@code values} ({@code whenAbsent} if
   * unset).
   */
  public static PlaceholderRule whenOption(
      Placeholder placeholder,
      Set<UrlKind> kinds,
      String option,
      Set<String> values,
      String whenAbsent) {
    return new PlaceholderRule(placeholder, kinds, new OptionCondition(option, values, whenAbsent));
  }

  public static Set<UrlKind> redirectKinds() {
    return EnumSet.complementOf(EnumSet.of(UrlKind.STATUS_UPDATE));
  }

  public Optional<OptionCondition> when() {
    return Optional.ofNullable(condition);
  }

  public boolean allows(UrlKind kind, PageOptions options) {
    return urlKinds.contains(kind) && (condition == null || condition.holds(options));
  }
}
