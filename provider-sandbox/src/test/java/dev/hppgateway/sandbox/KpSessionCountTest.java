package dev.hppgateway.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The admin API's read-only count of KP payment sessions per merchant reference. */
class KpSessionCountTest {

  private static String count(String reference) {
    Http.Answer answer =
        Http.get(
            SharedSandbox.get().baseUrl()
                + "/sandbox/admin/klarna/payment-sessions/count?merchant_reference1="
                + reference);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.body();
  }

  @Test
  void countsTheSessionsCreatedWithAReferenceAndNoOthers() {
    String reference = "count-" + UUID.randomUUID();
    String other = "count-other-" + UUID.randomUUID();
    assertThat(count(reference)).isEqualTo("{\"count\":0}");

    for (int i = 0; i < 2; i++) {
      String body = Payloads.kpSession().replace("order-42", reference);
      assertThat(MerchantCalls.kpSession(body).status()).isEqualTo(200);
    }
    assertThat(MerchantCalls.kpSession(Payloads.kpSession().replace("order-42", other)).status())
        .isEqualTo(200);

    assertThat(count(reference)).isEqualTo("{\"count\":2}");
    assertThat(count(other)).isEqualTo("{\"count\":1}");
  }
}
