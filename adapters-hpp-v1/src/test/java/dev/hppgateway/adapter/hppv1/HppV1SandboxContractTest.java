package dev.hppgateway.adapter.hppv1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.application.fixtures.PaymentProviderContractTest;
import dev.hppgateway.application.port.out.provider.CreatedProviderSession;
import dev.hppgateway.application.port.out.provider.PageView;
import dev.hppgateway.application.port.out.provider.ProviderCallback;
import dev.hppgateway.domain.HppSessionDraft;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.sandbox.fixtures.SandboxShopper;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The SPI contract of a KP or KCO adapter against the provider sandbox over real HTTP: a shopper
 * presses the buttons of the sandbox's HPP v1 page. Subclasses start the sandbox and build the
 * provider against it.
 */
public abstract class HppV1SandboxContractTest extends PaymentProviderContractTest {
  protected static final SandboxShopper SHOPPER = new SandboxShopper();

  /** The page's button that ends it in each outcome the contract asks for. */
  private static final Map<HppStatus, String> BUTTONS =
      Map.of(
          HppStatus.COMPLETED,
          SandboxShopper.PAY,
          HppStatus.CANCELLED,
          SandboxShopper.CANCEL,
          HppStatus.FAILED,
          SandboxShopper.DECLINE);

  @Override
  protected Optional<ProviderCallback> callbackFor(
      CreatedProviderSession created, HppStatus status) {
    return Optional.of(HppV1Stubs.statusCallback(created.refs().hppSessionId(), status.name()));
  }

  @Override
  protected void shopperFinishes(CreatedProviderSession created, HppStatus outcome) {
    SHOPPER.press(created.links().redirectUrl(), BUTTONS.get(outcome));
  }

  @Test
  void declinedPageReadsAsFailed() {
    HppSessionDraft draft = draft();
    CreatedProviderSession created = create(draft);
    shopperFinishes(created, HppStatus.FAILED);
    assertThat(provider().readPage(PageView.of(open(draft, created))).normalized())
        .isEqualTo(HppStatus.FAILED);
  }
}
