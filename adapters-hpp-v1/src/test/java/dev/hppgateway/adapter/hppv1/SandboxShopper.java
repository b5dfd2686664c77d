package dev.hppgateway.adapter.hppv1;

import dev.hppgateway.domain.HppStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A shopper on the provider sandbox's HPP v1 page (Klarna's and Kustom's are one page), over real
 * HTTP: opens the redirect URL, finds the form of the button it wants and posts it, without
 * following the redirect that comes back.
 */
public final class SandboxShopper {
  private static final Pattern FORM = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\">");

  private final HttpClient http = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  /** The button for an outcome: Pay, Cancel or Decline. */
  public static String button(HppStatus outcome) {
    switch (outcome) {
      case COMPLETED:
        return "pay";
      case CANCELLED:
        return "cancel";
      case FAILED:
        return "decline";
      default:
        throw new IllegalArgumentException("no button on the sandbox page leads to " + outcome);
    }
  }

  /** Opens the page, presses the button for {@code outcome}; returns the 303's Location. */
  public String finish(String redirectUrl, HppStatus outcome) {
    return press(redirectUrl, button(outcome));
  }

  /** Opens the page and presses the button {@code button}; returns the 303's Location. */
  public String press(String redirectUrl, String button) {
    URI page = URI.create(redirectUrl);
    HttpResponse<String> opened = send(HttpRequest.newBuilder(page).GET().build());
    if (opened.statusCode() != 200) {
      throw new AssertionError("shopper page answered " + opened.statusCode() + ": " + opened.body());
    }
    URI action = formAction(page, opened.body(), button);
    HttpResponse<String> pressed = send(HttpRequest.newBuilder(action)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("", StandardCharsets.UTF_8))
        .build());
    if (pressed.statusCode() != 303) {
      throw new AssertionError("pressing " + button + " answered " + pressed.statusCode() + ": " + pressed.body());
    }
    return pressed.headers().firstValue("Location")
        .orElseThrow(() -> new AssertionError("pressing " + button + " gave no Location"));
  }

  private static URI formAction(URI page, String html, String button) {
    Matcher form = FORM.matcher(html);
    while (form.find()) {
      String action = form.group(1).replace("&amp;", "&");
      if (action.endsWith("/" + button)) {
        return page.resolve(action);
      }
    }
    throw new AssertionError("the shopper page has no " + button + " button: " + html);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
