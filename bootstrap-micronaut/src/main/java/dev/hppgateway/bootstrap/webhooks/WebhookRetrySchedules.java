package dev.hppgateway.bootstrap.webhooks;

import dev.hppgateway.application.service.GatewayAssembly;
import io.micronaut.context.exceptions.ConfigurationException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@value #PROPERTY}: the waits after the 1st, 2nd… failed attempt of a webhook, comma
 * separated ({@code 1m,5m,30m,2h,6h,12h,24h,24h}, the default when unset or blank). Each wait is a
 * number with a unit ({@code ms}, {@code s}, {@code m}, {@code h}, {@code d}) or an ISO-8601
 * duration ({@code PT90S}), and positive. After the last wait's attempt fails the event is dead.
 */
final class WebhookRetrySchedules {
  static final String PROPERTY = "hpp.webhooks.delivery.retry-schedule";
  private static final Pattern SIMPLE = Pattern.compile("(\\d+)(ms|s|m|h|d)");

  private WebhookRetrySchedules() {}

  /**
   * @param configured the property's value; null or blank for the production default
   * @throws ConfigurationException naming the property when a wait is unreadable or not positive
   */
  static List<Duration> parse(String configured) {
    if (configured == null || configured.isBlank()) {
      return GatewayAssembly.DEFAULT_WEBHOOK_RETRY_DELAYS;
    }
    String text = configured.strip();
    if (text.startsWith("[") && text.endsWith("]")) {
      text = text.substring(1, text.length() - 1);
    }
    List<Duration> delays = new ArrayList<>();
    for (String part : text.split(",")) {
      Duration delay = duration(part.strip());
      if (delay.isZero() || delay.isNegative()) {
        throw new ConfigurationException(PROPERTY + ": every wait must be positive, was " + part);
      }
      delays.add(delay);
    }
    return List.copyOf(delays);
  }

  private static Duration duration(String part) {
    Matcher simple = SIMPLE.matcher(part.toLowerCase(Locale.ROOT));
    try {
      if (simple.matches()) {
        long amount = Long.parseLong(simple.group(1));
        return switch (simple.group(2)) {
          case "ms" -> Duration.ofMillis(amount);
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          case "h" -> Duration.ofHours(amount);
          default -> Duration.ofDays(amount);
        };
      }
      return Duration.parse(part);
    } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
      throw new ConfigurationException(
          PROPERTY
              + ": '"
              + part
              + "' is no duration (e.g. 500ms, 30s, 5m, 2h, 1d or PT90S, comma separated)");
    }
  }
}
