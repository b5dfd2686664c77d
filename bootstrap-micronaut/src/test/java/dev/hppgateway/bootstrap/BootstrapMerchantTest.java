package dev.hppgateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.hppgateway.application.port.out.persistence.MerchantRepository;
import dev.hppgateway.bootstrap.api.ApiKeys;
import dev.hppgateway.domain.Merchant;
import dev.hppgateway.domain.MerchantId;
import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The merchant of {@code hpp.bootstrap-merchant.*}: its webhook secret stored and checked, and how
 * a restart treats keys rotated since (the service environment in sandbox mode, H2 in memory kept
 * between the starts of one test).
 */
class BootstrapMerchantTest {
  private static final MerchantId SHOP = MerchantId.of("shop-1");
  private static final String SECRET = "whsec_" + "s".repeat(40);
  private final String database =
      "jdbc:h2:mem:bootstrap-"
          + UUID.randomUUID()
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  private Map<String, Object> settings(String apiKey) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("datasources.default.url", database);
    properties.put("hpp.bootstrap-merchant.id", SHOP.value());
    properties.put("hpp.bootstrap-merchant.api-key", apiKey);
    return properties;
  }

  private static void start(Map<String, Object> properties, Consumer<MerchantRepository> check) {
    try (ApplicationContext context = ApplicationContext.run(properties, Application.ENVIRONMENT)) {
      check.accept(context.getBean(MerchantRepository.class));
    }
  }

  @Test
  void theWebhookSecretIsStoredAsTheSigningSecretAndNeverLogged() {
    Map<String, Object> properties = settings(ApiKeys.generate());
    properties.put("hpp.bootstrap-merchant.webhook-url", "https://shop.example/hooks");
    properties.put("hpp.bootstrap-merchant.webhook-secret", SECRET);
    Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    Level level = root.getLevel();
    ListAppender<ILoggingEvent> events = new ListAppender<>();
    events.start();
    root.addAppender(events);
    root.setLevel(Level.INFO);
    try {
      start(
          properties,
          merchants -> {
            Merchant merchant = merchants.findById(SHOP).orElseThrow();
            assertThat(merchant.webhookSecretRef()).isEqualTo(SECRET);
            assertThat(merchant.webhookUrl()).isEqualTo("https://shop.example/hooks");
            assertThat(merchant.toString()).doesNotContain(SECRET);
          });
    } finally {
      root.setLevel(level);
      root.detachAppender(events);
    }
    assertThat(events.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .anyMatch(message -> message.contains("Merchant 'shop-1' set up"))
        .noneMatch(message -> message.contains(SECRET));
  }

  @Test
  void aShortOrSpacedWebhookSecretStopsTheStartWithOneLineNamingTheSetting() {
    for (String secret : new String[] {"too-short-secret", "s".repeat(20) + " " + "s".repeat(20)}) {
      Map<String, Object> properties = settings(ApiKeys.generate());
      properties.put("hpp.bootstrap-merchant.webhook-secret", secret);

      Throwable failure =
          catchThrowable(() -> ApplicationContext.run(properties, Application.ENVIRONMENT).close());

      assertThat(failure).as("start-up should have failed").isNotNull();
      assertThat(Application.configurationProblem(failure))
          .contains(
              "hpp.bootstrap-merchant.webhook-secret must be 32 to 1024 printable ASCII"
                  + " characters without spaces");
      assertThat(failure).hasStackTraceContaining("webhook-secret");
      assertThat(stackTraceOf(failure)).doesNotContain(secret);
    }
  }

  @Test
  void aNewConfiguredKeyBecomesCurrentAndTheStoredOneStaysAsPrevious() {
    String first = ApiKeys.generate();
    String second = ApiKeys.generate();
    start(settings(first), merchants -> {});

    start(
        settings(second),
        merchants ->
            assertThat(merchants.findById(SHOP).orElseThrow().apiKeyHashes())
                .containsExactly(ApiKeys.hash(second), ApiKeys.hash(first)));
  }

  @Test
  void aRestartKeepsKeysRotatedSinceAndTheStoredNameAndSecrets() {
    String configured = ApiKeys.generate();
    String rotated = ApiKeys.generate();
    Map<String, Object> properties = settings(configured);
    properties.put("hpp.bootstrap-merchant.webhook-secret", SECRET);
    start(
        properties,
        merchants -> {
          Merchant stored = merchants.findById(SHOP).orElseThrow();
          merchants.save(
              new Merchant(
                      SHOP,
                      "Shop One AB",
                      stored.apiKeyHash(),
                      "https://shop.example/hooks",
                      stored.webhookSecretRef(),
                      "callback-hash")
                  .withRotatedApiKey(ApiKeys.hash(rotated)));
        });

    start(
        settings(configured),
        merchants ->
            assertThat(merchants.findById(SHOP).orElseThrow())
                .isEqualTo(
                    new Merchant(
                        SHOP,
                        "Shop One AB",
                        ApiKeys.hash(rotated),
                        ApiKeys.hash(configured),
                        "https://shop.example/hooks",
                        SECRET,
                        "callback-hash")));
  }

  private static String stackTraceOf(Throwable failure) {
    java.io.StringWriter text = new java.io.StringWriter();
    failure.printStackTrace(new java.io.PrintWriter(text));
    return text.toString();
  }
}
