package dev.hppgateway.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hppgateway.application.HppGateway;
import dev.hppgateway.application.fixtures.InMemoryPaymentProvider;
import dev.hppgateway.application.port.in.CreateHppSessionCommand;
import dev.hppgateway.application.port.in.IdempotencyConflictException;
import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.MerchantId;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Issue 12, the Jazzer fuzz target of the create path: any bytes as the body of {@code POST
 * /v1/hpp-sessions} go through the service's own JSON mapper (with the strict whole-number reader)
 * into {@link CreateHppSessionRequest}, the controller's command building, the core's create use
 * case (an in-memory {@code klarna-kp} provider) and the 201 answer's JSON encoding. Every input
 * ends as a read error (the service's 400 malformed-request), a {@link DomainValidationException}
 * naming a field (a 400 validation problem) or a page whose answer encodes; any other exception is
 * a finding (a 500 in the service).
 *
 * <p>By default (no {@code JAZZER_FUZZ}) it runs in regression mode on the seeds in {@code
 * src/test/resources/dev/hppgateway/bootstrap/api/CreateRequestFuzzTestInputs/}; {@code mvn -Pfuzz}
 * fuzzes it for the time below.
 */
class CreateRequestFuzzTest {
  private static final MerchantId MERCHANT = MerchantId.of("fuzz-merchant");

  /** The in-memory stores grow with every page: start afresh now and then. */
  private static final int PAGES_PER_GATEWAY = 2_000;

  private static ApplicationContext context;
  private static JsonMapper json;
  private static HppGateway gateway;
  private static int pages;

  @BeforeAll
  static void start() {
    // no "service" environment: the JSON mapper and its serde beans only, no database
    context = ApplicationContext.run();
    json = context.getBean(JsonMapper.class);
  }

  @AfterAll
  static void stop() {
    if (gateway != null) {
      gateway.close();
    }
    if (context != null) {
      context.close();
    }
  }

  @FuzzTest(maxDuration = "30s")
  void aCreateBodyIsReadAndValidatedOrRefusedNamingAField(byte[] input) throws IOException {
    CreateHppSessionRequest body;
    try {
      body = json.readValue(input, Argument.of(CreateHppSessionRequest.class));
    } catch (IOException unreadable) {
      return; // the service's 400 malformed-request
    }
    try {
      CreateHppSessionCommand command = HppSessionController.command(MERCHANT, body, null);
      HppSession page = gateway().createHppSession().create(command).session();
      byte[] answer = json.writeValueAsBytes(HppSessionResponse.of(page));
      assertThat(answer).isNotEmpty();
    } catch (DomainValidationException refused) {
      assertThat(refused.field()).isNotBlank();
      assertThat(refused.reason()).isNotBlank();
    } catch (IdempotencyConflictException impossible) {
      throw new AssertionError("no Idempotency-Key was sent", impossible);
    }
  }

  private static HppGateway gateway() {
    if (gateway == null || ++pages > PAGES_PER_GATEWAY) {
      if (gateway != null) {
        gateway.close();
      }
      gateway =
          HppGateway.builder()
              .publicBaseUrl("https://gateway.example")
              .provider(InMemoryPaymentProvider.fullyCapable("klarna-kp"))
              .build();
      pages = 0;
    }
    return gateway;
  }
}
