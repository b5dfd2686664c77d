package dev.hppgateway.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.scheduling.TaskExecutors;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A program that embeds the sandbox ends when it returns from main: closing leaves no thread. */
class SandboxServerCloseTest {

  @Test
  void closingShutsDownTheExecutorThatServedRequests() throws Exception {
    SandboxServer sandbox = SandboxServer.start(0);
    ExecutorService io;
    try {
      // a request the server answers on its io executor, so that executor has threads
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(sandbox.klarnaBaseUrl() + "/payments/v1/sessions/unknown"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as("refused: no credentials").isEqualTo(401);
      io = sandbox.context().getBean(ExecutorService.class, Qualifiers.byName(TaskExecutors.IO));
      assertThat(io.isShutdown()).isFalse();
    } finally {
      sandbox.close();
    }

    assertThat(io.isShutdown()).as("the io executor is shut down with the sandbox").isTrue();
    assertThat(io.awaitTermination(5, TimeUnit.SECONDS))
        .as("its idle threads are gone, not kept for their 60 s")
        .isTrue();
  }
}
