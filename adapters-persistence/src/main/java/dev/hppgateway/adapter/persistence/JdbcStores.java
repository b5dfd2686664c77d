package dev.hppgateway.adapter.persistence;

import dev.hppgateway.application.port.out.events.OutboxRepository;
import dev.hppgateway.application.port.out.persistence.GatewayStores;
import dev.hppgateway.application.port.out.persistence.HppSessionRepository;
import dev.hppgateway.application.port.out.persistence.HppSessionTimeline;
import dev.hppgateway.application.port.out.persistence.IdempotencyStore;
import dev.hppgateway.application.port.out.persistence.MerchantRepository;
import dev.hppgateway.application.port.out.persistence.ProviderEventLog;
import dev.hppgateway.application.port.out.persistence.TransactionRunner;
import io.micronaut.context.ApplicationContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The durable stores for an embedded gateway, from a JDBC URL: {@link #open} migrates the database
 * (Flyway, V1 onwards) and hands back every store and their transaction runner, ready for {@code
 * HppGateway.builder().stores(…)}. Close it (or have the gateway close it with {@code
 * closeWith(stores)}) to close its connection pool; closing twice does nothing.
 *
 * <pre>{@code
 * try (JdbcStores stores = JdbcStores.open("jdbc:h2:file:./data/hpp", "sa", "");
 *     HppGateway gateway = HppGateway.builder().stores(stores).provider(provider).build()) {
 *   …
 * }
 * }</pre>
 *
 * <p>Inside it runs a small Micronaut context of this module alone (datasource, Flyway, the
 * repositories), configured only by the arguments: no {@code application.yml}, environment variable
 * or system property of the host program reaches it.
 */
public final class JdbcStores implements GatewayStores, AutoCloseable {
  private static final String H2 = "jdbc:h2:";
  private static final String POSTGRES = "jdbc:postgresql:";

  /** What H2 needs to run the PostgreSQL SQL of the repositories (see the module's README). */
  private static final Map<String, String> H2_SETTINGS =
      Map.of(
          "MODE", "PostgreSQL",
          "DATABASE_TO_LOWER", "TRUE",
          "DEFAULT_NULL_ORDERING", "HIGH");

  private final ApplicationContext context;
  private final String description;
  private final HppSessionRepository sessions;
  private final IdempotencyStore idempotency;
  private final OutboxRepository outbox;
  private final MerchantRepository merchants;
  private final ProviderEventLog eventLog;
  private final HppSessionTimeline timeline;
  private final TransactionRunner transactions;
  private final AtomicBoolean closed = new AtomicBoolean();

  private JdbcStores(ApplicationContext context, String description) {
    this.context = context;
    this.description = description;
    this.sessions = context.getBean(HppSessionRepository.class);
    this.idempotency = context.getBean(IdempotencyStore.class);
    this.outbox = context.getBean(OutboxRepository.class);
    this.merchants = context.getBean(MerchantRepository.class);
    this.eventLog = context.getBean(ProviderEventLog.class);
    this.timeline = context.getBean(HppSessionTimeline.class);
    this.transactions = context.getBean(TransactionRunner.class);
  }

  /**
   * Connects with a pool of {@value JdbcStoresConfig#DEFAULT_MAXIMUM_POOL_SIZE}, migrates and
   * returns the stores.
   *
   * @param jdbcUrl {@code jdbc:h2:…} (run in PostgreSQL mode: {@code MODE=PostgreSQL;
   *     DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH} are added when missing) or {@code
   *     jdbc:postgresql://…}
   * @throws IllegalArgumentException for another kind of URL, or H2 settings that contradict those
   * @throws IllegalStateException when the database cannot be reached or migrated; the message
   *     names the URL and the reason, never the password
   */
  public static JdbcStores open(String jdbcUrl, String username, String password) {
    return open(JdbcStoresConfig.of(jdbcUrl, username, password));
  }

  /** As {@link #open(String, String, String)}, with the pool's size and timeout. */
  public static JdbcStores open(JdbcStoresConfig config) {
    String password = config.password();
    String url = effectiveUrl(config.jdbcUrl(), password);
    String description = redact(url, password);
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("datasources.default.url", url);
    properties.put(
        "datasources.default.driver-class-name",
        url.startsWith(H2) ? "org.h2.Driver" : "org.postgresql.Driver");
    properties.put("datasources.default.username", config.username());
    properties.put("datasources.default.password", password);
    properties.put("datasources.default.dialect", "POSTGRES");
    properties.put("datasources.default.maximum-pool-size", config.maximumPoolSize());
    properties.put("datasources.default.connection-timeout", config.connectionTimeout().toMillis());
    properties.put("flyway.datasources.default.enabled", true);
    ApplicationContext context = null;
    try {
      context =
          ApplicationContext.builder()
              .classLoader(JdbcStores.class.getClassLoader())
              .enableDefaultPropertySources(false)
              .environmentPropertySource(false)
              .deduceEnvironment(false)
              .deduceCloudEnvironment(false)
              .bootstrapEnvironment(false)
              .banner(false)
              .properties(properties)
              .start();
      // The pool connects and Flyway migrates as the data source is created.
      context.getBean(DataSource.class);
      return new JdbcStores(context, description);
    } catch (RuntimeException e) {
      if (context != null) {
        try {
          context.close();
        } catch (RuntimeException closing) {
          e.addSuppressed(closing);
        }
      }
      // The driver's own words (the deepest SQLException) say most; else the root cause.
      Throwable reason = e;
      Throwable sqlReason = null;
      for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
        reason = t;
        if (t instanceof java.sql.SQLException) {
          sqlReason = t;
        }
      }
      Throwable root = sqlReason != null ? sqlReason : reason;
      throw new IllegalStateException(
          "could not open the gateway's stores at "
              + description
              + " as user '"
              + config.username()
              + "': "
              + redact(String.valueOf(root.getMessage()), password),
          sanitized(e, password));
    }
  }

  @Override
  public HppSessionRepository sessions() {
    return sessions;
  }

  @Override
  public IdempotencyStore idempotency() {
    return idempotency;
  }

  @Override
  public OutboxRepository outbox() {
    return outbox;
  }

  @Override
  public MerchantRepository merchants() {
    return merchants;
  }

  @Override
  public ProviderEventLog eventLog() {
    return eventLog;
  }

  @Override
  public HppSessionTimeline timeline() {
    return timeline;
  }

  @Override
  public TransactionRunner transactions() {
    return transactions;
  }

  /**
   * Closes the connection pool (an H2 file database is closed with it); a second call does nothing.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      context.close();
    }
  }

  @Override
  public String toString() {
    return "JdbcStores[" + description + (closed.get() ? ", closed" : "") + "]";
  }

  /** The URL to connect to: H2 gets the PostgreSQL mode settings it lacks; others are refused. */
  private static String effectiveUrl(String url, String password) {
    if (url.startsWith(POSTGRES)) {
      return url;
    }
    if (!url.startsWith(H2)) {
      throw new IllegalArgumentException(
          "unsupported JDBC URL '"
              + redact(url, password)
              + "': the gateway's stores run on PostgreSQL (jdbc:postgresql://host:port/database)"
              + " or H2 (jdbc:h2:file:./data/hpp, jdbc:h2:mem:hpp)");
    }
    StringBuilder result = new StringBuilder(url);
    String[] parts = url.split(";");
    H2_SETTINGS.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            required -> {
              String given = null;
              for (int i = 1; i < parts.length; i++) {
                int eq = parts[i].indexOf('=');
                if (eq > 0
                    && parts[i].substring(0, eq).trim().equalsIgnoreCase(required.getKey())) {
                  given = parts[i].substring(eq + 1).trim();
                }
              }
              if (given == null) {
                result
                    .append(';')
                    .append(required.getKey())
                    .append('=')
                    .append(required.getValue());
              } else if (!given.equalsIgnoreCase(required.getValue())) {
                throw new IllegalArgumentException(
                    "H2 URL '"
                        + redact(url, password)
                        + "' sets "
                        + required.getKey()
                        + "="
                        + given
                        + ": the gateway's SQL needs "
                        + required.getKey()
                        + "="
                        + required.getValue()
                        + " (leave it out and it is added)");
              }
            });
    return result.toString();
  }

  private static final Pattern URL_PASSWORD =
      Pattern.compile("(?i)(password=)[^&;]*|(//[^/:@]*:)[^/@]*(@)");

  /** {@code text} without the password: neither the given one nor one written in a URL. */
  static String redact(String text, String password) {
    if (text == null) {
      return null;
    }
    String result = text;
    if (password != null && !password.isEmpty()) {
      result = result.replace(password, "****");
    }
    Matcher m = URL_PASSWORD.matcher(result);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement =
          m.group(1) != null ? m.group(1) + "****" : m.group(2) + "****" + m.group(3);
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * A copy of the failure for the cause chain: each exception's type and redacted message, with its
   * stack trace, so nothing of it can carry the password.
   */
  private static Throwable sanitized(Throwable e, String password) {
    if (e == null) {
      return null;
    }
    RuntimeException copy =
        new RuntimeException(
            e.getClass().getName() + ": " + redact(String.valueOf(e.getMessage()), password),
            e.getCause() == e ? null : sanitized(e.getCause(), password)) {
          @Override
          public String toString() {
            return getMessage();
          }
        };
    copy.setStackTrace(e.getStackTrace());
    return copy;
  }
}
