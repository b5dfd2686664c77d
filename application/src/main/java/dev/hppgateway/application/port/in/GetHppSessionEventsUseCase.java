package dev.hppgateway.application.port.in;

import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.HppSessionTimelineEntry;
import dev.hppgateway.domain.MerchantId;
import java.util.List;

/**
 * Reads one of the merchant's pages' timeline: its creation and every change since, each with its
 * time, where it came from and the provider's status at that moment.
 */
public interface GetHppSessionEventsUseCase {
  /**
   * The page's entries in their sequence, its creation first.
   *
   * @throws HppSessionNotFoundException when the page does not exist or belongs to another merchant
   */
  List<HppSessionTimelineEntry> events(MerchantId merchant, HppSessionId id);
}
