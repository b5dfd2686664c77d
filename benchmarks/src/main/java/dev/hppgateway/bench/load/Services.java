package dev.hppgateway.bench.load;

import dev.hppgateway.bench.Pg;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two JVMs a load run talks to: the provider sandbox (Klarna's Basic-auth pair set) and the
 * service jar in live mode with its Klarna provider pointed at that sandbox and the bench merchant
 * bootstrapped, as an operator would configure them (environment variables only).
 */
public final class Services {
  public static final String KLARNA_USER = "bench-klarna-user";
  public static final String KLARNA_PASSWORD = "bench-klarna-password-not-a-secret";
  static final String KUSTOM_USER = "bench-kustom-user";
  static final String KUSTOM_PASSWORD = "bench-kustom-password-not-a-secret";
  static final String OPTTY_CLIENT_ID = "bench-optty-client";
  static final String OPTTY_CLIENT_SECRET = "bench-optty-secret-not-a-secret";
  static final String OPTTY_PAYMENT_SECRET = "bench-optty-payment-not-a-secret";
  public static final String MERCHANT_KEY = "hppk_benchMerchantKeyNotForRealPayments01";
  public static final String MERCHANT_ID = "shop-bench";

  private Services() {}

  public static Processes.Started sandbox(Path jar, Path work, Http http) throws Exception {
    int port = Processes.freePort();
    return Processes.start(
        jar,
        List.of(),
        Map.of(
            "MICRONAUT_SERVER_PORT", String.valueOf(port),
            "HPP_SANDBOX_KLARNA_USERNAME", KLARNA_USER,
            "HPP_SANDBOX_KLARNA_PASSWORD", KLARNA_PASSWORD,
            "HPP_SANDBOX_KUSTOM_USERNAME", KUSTOM_USER,
            "HPP_SANDBOX_KUSTOM_PASSWORD", KUSTOM_PASSWORD,
            "HPP_SANDBOX_OPTTY_CLIENT_ID", OPTTY_CLIENT_ID,
            "HPP_SANDBOX_OPTTY_CLIENT_SECRET", OPTTY_CLIENT_SECRET,
            "HPP_SANDBOX_OPTTY_PAYMENT_SECRET", OPTTY_PAYMENT_SECRET),
        work,
        port,
        "/sandbox/admin/faults",
        200,
        http);
  }

  /**
   * The service jar on {@code db}: {@code h2} (a file under {@code work}) or {@code pg} (the
   * PostgreSQL database {@code pgDatabase}, which the caller has created); {@code extraEnv} is
   * added last (such as the sweep's interval).
   */
  public static Processes.Started gateway(
      Path jar,
      List<String> jvmArgs,
      String db,
      String pgDatabase,
      String sandboxBase,
      Map<String, String> extraEnv,
      Path work,
      Http http)
      throws Exception {
    int port = Processes.freePort();
    Map<String, String> env = new LinkedHashMap<>();
    env.put("MICRONAUT_SERVER_HOST", "127.0.0.1");
    env.put("MICRONAUT_SERVER_PORT", String.valueOf(port));
    env.put("HPP_SANDBOX_ENABLED", "false");
    env.put("HPP_PUBLIC_BASE_URL", "http://127.0.0.1:" + port);
    env.put("HPP_BOOTSTRAP_MERCHANT_ID", MERCHANT_ID);
    env.put("HPP_BOOTSTRAP_MERCHANT_API_KEY", MERCHANT_KEY);
    env.put("HPP_PROVIDERS_KLARNA_KP_BASE_URL", sandboxBase + "/sandbox/klarna");
    env.put("HPP_PROVIDERS_KLARNA_KP_USERNAME", KLARNA_USER);
    env.put("HPP_PROVIDERS_KLARNA_KP_PASSWORD", KLARNA_PASSWORD);
    // live mode wants every provider configured; only Klarna KP is measured
    env.put("HPP_PROVIDERS_KUSTOM_KCO_BASE_URL", sandboxBase + "/sandbox/kustom");
    env.put("HPP_PROVIDERS_KUSTOM_KCO_USERNAME", KUSTOM_USER);
    env.put("HPP_PROVIDERS_KUSTOM_KCO_PASSWORD", KUSTOM_PASSWORD);
    env.put("HPP_PROVIDERS_OPTTY_DIRECT_AUTH_URL", sandboxBase + "/sandbox/optty-auth");
    env.put("HPP_PROVIDERS_OPTTY_DIRECT_BASE_URL", sandboxBase + "/sandbox/optty");
    env.put("HPP_PROVIDERS_OPTTY_DIRECT_CLIENT_ID", OPTTY_CLIENT_ID);
    env.put("HPP_PROVIDERS_OPTTY_DIRECT_CLIENT_SECRET", OPTTY_CLIENT_SECRET);
    env.put("HPP_PROVIDERS_OPTTY_DIRECT_CALLBACK_SECRET", "bench-optty-callback-not-a-secret");
    env.put("HPP_PROVIDERS_OPTTY_DIRECT_PAYMENT_SECRET", OPTTY_PAYMENT_SECRET);
    if (db.equals("pg")) {
      env.put("DATASOURCES_DEFAULT_URL", Pg.url(pgDatabase));
      env.put("DATASOURCES_DEFAULT_DRIVER_CLASS_NAME", "org.postgresql.Driver");
      env.put("DATASOURCES_DEFAULT_USERNAME", Pg.USER);
      env.put("DATASOURCES_DEFAULT_PASSWORD", "trust");
    } else {
      env.put(
          "DATASOURCES_DEFAULT_URL",
          "jdbc:h2:file:"
              + work.resolve("hpp").toAbsolutePath()
              + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }
    env.putAll(extraEnv);
    return Processes.start(jar, jvmArgs, env, work, port, "/health", 200, http);
  }

  /** A one-line KP create through the gateway's API, the same order as the direct baseline's. */
  public static String createBody(String base) {
    return """
        {"provider":"klarna-kp","merchant_reference":"bench-order","purchase_country":"SE",
         "currency":"SEK","locale":"sv-SE","amount":25000,"tax_amount":5000,
         "order_lines":[{"type":"physical","reference":"SKU-0","name":"T-shirt size 0",
           "quantity":2,"unit_price":12500,"tax_rate":2500,"total_amount":25000,
           "total_tax_amount":5000}],
         "merchant_urls":{"success":"%s/shop/ok?sid={{session_id}}"}}
        """
        .formatted(base);
  }
}
