package dev.hppgateway.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.bootstrap.Application;
import dev.hppgateway.bootstrap.api.BootstrapMerchant;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12, faults on create: the sandbox's Klarna API fails every call in one way (500, 503, a
 * read timeout, a cut-short JSON answer, 429); the API answers 502 (503 with Retry-After for 429),
 * the merchant's list shows no page, and once the provider recovers the retry with the same
 * Idempotency-Key is a 201 that the list shows once.
 */
@MicronautTest(environments = Application.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProviderFaultOnCreateTest implements TestPropertyProvider {
  private static final String KEY = BootstrapMerchant.SANDBOX_DEMO_KEY;
  private final int port = ReliabilityHttp.freePort();
  private final ReliabilityHttp http = new ReliabilityHttp(port);

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = ReliabilityHttp.serviceProperties(port, "provider-faults");
    // the "timeout" fault: the sandbox answers after 3 s, the service gives up after 1 s
    properties.put("hpp.providers.klarna-kp.read-timeout", "1s");
    return properties;
  }

  @AfterEach
  void recover() throws Exception {
    assertThat(http.resetFaults()).isEqualTo(204);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "500       | {\"errorRate\":1.0,\"errorStatus\":500}       | 502",
        "503       | {\"errorRate\":1.0,\"errorStatus\":503}       | 502",
        "timeout   | {\"latencyMs\":3000}                          | 502",
        "malformed | {\"malformedRate\":1.0}                       | 502",
        "429       | {\"throttleRate\":1.0,\"retryAfterSeconds\":7} | 503"
      })
  void theApiAnswersAProblemShowsNoPageAndTheRetrySucceedsOnceTheProviderRecovers(
      String fault, String profile, int expectedStatus) throws Exception {
    String reference = "fault-" + fault + "-" + UUID.randomUUID();
    String idempotencyKey = "idem-" + UUID.randomUUID();
    String body = ReliabilityHttp.kpBody(reference);
    assertThat(http.klarnaFaults(profile)).isEqualTo(200);

    HttpResponse<String> failed = http.create(KEY, body, idempotencyKey);

    assertThat(failed.statusCode()).as(failed.body()).isEqualTo(expectedStatus);
    assertThat(failed.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(failed.body()).doesNotContain("Exception").doesNotContain("java.");
    if (expectedStatus == 503) {
      assertThat(failed.headers().firstValue("Retry-After")).contains("7");
    }
    HttpResponse<String> listAfterFailure = http.list(KEY, reference);
    assertThat(listAfterFailure.statusCode()).isEqualTo(200);
    assertThat(ReliabilityHttp.pagesWith(listAfterFailure.body(), reference)).isZero();

    assertThat(http.resetFaults()).isEqualTo(204);
    HttpResponse<String> retried = http.create(KEY, body, idempotencyKey);

    assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
    String id = ReliabilityHttp.idOf(retried.body());
    HttpResponse<String> listAfterRetry = http.list(KEY, reference);
    assertThat(ReliabilityHttp.pagesWith(listAfterRetry.body(), reference)).isEqualTo(1);
    assertThat(listAfterRetry.body()).contains("\"id\":\"" + id + "\"");
    HttpResponse<String> replayed = http.create(KEY, body, idempotencyKey);
    assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(201);
    assertThat(replayed.headers().firstValue("Idempotent-Replayed")).contains("true");
    assertThat(ReliabilityHttp.idOf(replayed.body())).isEqualTo(id);
  }
}
