package dev.hppgateway.application.port.in;

import dev.hppgateway.domain.HppSession;

/** Cancels an unpaid page's payment or refunds a paid one, where the provider can. */
public interface RefundOrCancelHppSessionUseCase {
  HppSession refundOrCancel(RefundOrCancelCommand command);
}
