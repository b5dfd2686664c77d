package dev.hppgateway.sandbox.optty;

/**
 * Where the sandbox's Optty account posts link webhooks when neither the admin API nor {@code
 * hpp.sandbox.optty.webhook-url} set one: a bean the application hosting the sandbox may provide
 * (the gateway service answers with its account-wide callback URL), so the URL is built where the
 * callback URLs are, not typed into configuration.
 */
public interface OpttyAccountWebhook {
  String url();
}
