package dev.hppgateway.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.bootstrap.Application;
import dev.hppgateway.bootstrap.api.BootstrapMerchant;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 12, scale: 50 concurrent creates with one Idempotency-Key over HTTP reach the provider once
 * (counted in the sandbox), and every other answer is a replay of the same page or a 409.
 */
@MicronautTest(environments = Application.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentIdempotentCreateTest implements TestPropertyProvider {
  private static final String KEY = BootstrapMerchant.SANDBOX_DEMO_KEY;
  private static final int CREATES = 50;
  private final int port = ReliabilityHttp.freePort();
  private final ReliabilityHttp http = new ReliabilityHttp(port);

  @Override
  public Map<String, String> getProperties() {
    return ReliabilityHttp.serviceProperties(port, "concurrent-creates");
  }

  @Test
  void fiftyConcurrentCreatesWithOneKeyMakeOneProviderSession() throws Exception {
    String reference = "concurrent-" + UUID.randomUUID();
    String idempotencyKey = "idem-" + UUID.randomUUID();
    String body = ReliabilityHttp.kpBody(reference);
    assertThat(http.kpSessionCount(reference)).isZero();

    ExecutorService pool = Executors.newFixedThreadPool(16);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> calls = new ArrayList<>();
    try {
      for (int i = 0; i < CREATES; i++) {
        calls.add(
            pool.submit(
                () -> {
                  if (!start.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("never started");
                  }
                  return http.create(KEY, body, idempotencyKey);
                }));
      }
      start.countDown();
      List<HttpResponse<String>> answers = new ArrayList<>();
      for (Future<HttpResponse<String>> call : calls) {
        answers.add(call.get(60, TimeUnit.SECONDS));
      }

      Set<String> ids = new HashSet<>();
      int created = 0;
      int replayed = 0;
      for (HttpResponse<String> answer : answers) {
        assertThat(answer.statusCode()).as(answer.body()).isIn(201, 409);
        if (answer.statusCode() == 201) {
          created++;
          ids.add(ReliabilityHttp.idOf(answer.body()));
          if (answer.headers().firstValue("Idempotent-Replayed").orElse("").equals("true")) {
            replayed++;
          }
        }
      }
      assertThat(created).isPositive();
      assertThat(ids).hasSize(1);
      assertThat(replayed).isEqualTo(created - 1);
      HttpResponse<String> after = http.create(KEY, body, idempotencyKey);
      assertThat(after.statusCode()).as(after.body()).isEqualTo(201);
      assertThat(after.headers().firstValue("Idempotent-Replayed")).contains("true");
      assertThat(ReliabilityHttp.idOf(after.body())).isEqualTo(ids.iterator().next());
      assertThat(http.kpSessionCount(reference)).isEqualTo(1);
      HttpResponse<String> list = http.list(KEY, reference);
      assertThat(list.statusCode()).isEqualTo(200);
      assertThat(ReliabilityHttp.pagesWith(list.body(), reference)).isEqualTo(1);
      assertThat(list.body()).contains("\"id\":\"" + ids.iterator().next() + "\"");
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
  }
}
