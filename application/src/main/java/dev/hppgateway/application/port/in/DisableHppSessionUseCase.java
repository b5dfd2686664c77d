package dev.hppgateway.application.port.in;

import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.MerchantId;

/** Turns a live page off at the provider; disabling a disabled page is a no-op. */
public interface DisableHppSessionUseCase {
  HppSession disable(MerchantId merchant, HppSessionId id);
}
