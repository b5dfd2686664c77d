package dev.hppgateway.sandbox;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

/**
 * Server-rendered pages of the sandbox: self-contained HTML, inline CSS, no scripts, no external
 * assets.
 */
public final class Html {

  private static final String STYLE =
      """
            body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;background:#f4f4f6;margin:0;color:#17171c}
            main{max-width:440px;margin:40px auto;background:#fff;border-radius:14px;padding:28px;box-shadow:0 2px 14px rgba(0,0,0,.08)}
            .provider{font-size:12px;letter-spacing:.08em;text-transform:uppercase;color:#6b6b76}
            h1{font-size:22px;margin:6px 0 2px}
            h2{font-size:15px;font-weight:normal;color:#55555f;margin:0 0 18px}
            .amount{font-size:30px;font-weight:700;margin:8px 0 18px}
            table{width:100%;border-collapse:collapse;margin-bottom:18px;font-size:14px}
            td{padding:6px 0;border-bottom:1px solid #eee}td.qty{color:#6b6b76;width:48px}td.sum{text-align:right}
            .notice{background:#fff6e0;border:1px solid #f1d48a;padding:10px 12px;border-radius:8px;margin-bottom:16px}
            .buttons{display:grid;grid-template-columns:1fr 1fr;gap:10px}
            form{margin:0}button{width:100%;padding:12px;border-radius:8px;border:1px solid #c9c9d1;background:#fff;font-size:15px;cursor:pointer}
            button#pay{background:#17171c;color:#fff;border-color:#17171c;font-weight:600}
            .status{font-size:12px;color:#8a8a94;margin-top:18px}
            """;

  private Html() {}

  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  public static MutableHttpResponse<String> page(HttpStatus status, String title, String body) {
    String html =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
            + "<title>"
            + escape(title)
            + "</title><style>"
            + STYLE
            + "</style></head><body><main>"
            + body
            + "</main></body></html>";
    return HttpResponse.<String>status(status)
        .contentType(MediaType.TEXT_HTML_TYPE)
        .header("Cache-Control", "no-store")
        .body(html);
  }

  public static MutableHttpResponse<String> render(HttpStatus status, ShopperPage page) {
    StringBuilder body = new StringBuilder();
    body.append("<div class=\"provider\">")
        .append(escape(page.providerLabel()))
        .append(" sandbox</div>");
    body.append("<h1 id=\"merchant\">").append(escape(page.merchantName())).append("</h1>");
    body.append("<h2 id=\"title\">").append(escape(page.title())).append("</h2>");
    body.append("<div class=\"amount\" id=\"amount\">")
        .append(escape(page.amount()))
        .append("</div>");
    body.append("<table id=\"lines\">");
    for (ShopperPage.Line line : page.lines()) {
      body.append("<tr class=\"line\"><td class=\"qty\">")
          .append(line.quantity())
          .append(" ×</td><td class=\"name\">")
          .append(escape(line.name()))
          .append("</td><td class=\"sum\">")
          .append(escape(line.amount()))
          .append("</td></tr>");
    }
    body.append("</table>");
    if (page.notice() != null) {
      body.append("<div class=\"notice\" id=\"notice\">")
          .append(escape(page.notice()))
          .append("</div>");
    }
    if (page.buttons()) {
      body.append("<div class=\"buttons\">");
      button(body, page.actionBase(), "pay", "Pay");
      button(body, page.actionBase(), "decline", "Decline");
      button(body, page.actionBase(), "back", "Back");
      button(body, page.actionBase(), "cancel", "Cancel");
      body.append("</div>");
      body.append("<div class=\"buttons\" style=\"margin-top:10px;grid-template-columns:1fr\">");
      button(body, page.actionBase(), "error", "Simulate an error");
      body.append("</div>");
    }
    body.append("<div class=\"status\">Status: <span id=\"status\">")
        .append(escape(page.status()))
        .append("</span></div>");
    return page(status, page.title(), body.toString());
  }

  /**
   * The provider's generic confirmation page, used when the merchant gave no URL for an outcome.
   */
  public static MutableHttpResponse<String> outcome(
      String providerLabel, String outcome, String sessionId) {
    String body =
        "<div class=\"provider\">"
            + escape(providerLabel)
            + " sandbox</div>"
            + "<h1 id=\"outcome\">"
            + escape(outcome)
            + "</h1>"
            + "<h2>Session <span id=\"session\">"
            + escape(sessionId)
            + "</span></h2>"
            + "<p>You can close this window.</p>";
    return page(HttpStatus.OK, outcome, body);
  }

  public static MutableHttpResponse<String> message(
      HttpStatus status, String providerLabel, String heading, String text) {
    String body =
        "<div class=\"provider\">"
            + escape(providerLabel)
            + " sandbox</div>"
            + "<h1 id=\"outcome\">"
            + escape(heading)
            + "</h1><div class=\"notice\" id=\"notice\">"
            + escape(text)
            + "</div>";
    return page(status, heading, body);
  }

  private static void button(StringBuilder body, String actionBase, String id, String label) {
    body.append("<form method=\"post\" action=\"")
        .append(escape(actionBase + "/" + id))
        .append("\">")
        .append("<button type=\"submit\" id=\"")
        .append(id)
        .append("\">")
        .append(escape(label))
        .append("</button></form>");
  }
}
