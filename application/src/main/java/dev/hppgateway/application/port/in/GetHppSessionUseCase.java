package dev.hppgateway.application.port.in;

import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.MerchantId;

/** Reads one of the merchant's pages. */
public interface GetHppSessionUseCase {
  /**
   * @throws HppSessionNotFoundException when it does not exist or belongs to another merchant
   */
  HppSession get(MerchantId merchant, HppSessionId id);
}
