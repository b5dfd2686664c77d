package dev.hppgateway.application.service;

import dev.hppgateway.application.port.in.GetHppSessionEventsUseCase;
import dev.hppgateway.application.port.out.persistence.HppSessionTimeline;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.HppSessionTimelineEntry;
import dev.hppgateway.domain.MerchantId;
import java.util.List;

/**
 * Reads a merchant's page's timeline from the store; the page is loaded first, so another
 * merchant's page is "not found" before anything of it is read. The provider is not asked.
 */
final class GetHppSessionEventsService implements GetHppSessionEventsUseCase {
  private final SessionLoader loader;
  private final HppSessionTimeline timeline;

  GetHppSessionEventsService(SessionLoader loader, HppSessionTimeline timeline) {
    this.loader = loader;
    this.timeline = timeline;
  }

  @Override
  public List<HppSessionTimelineEntry> events(MerchantId merchant, HppSessionId id) {
    loader.load(merchant, id);
    // The page is the merchant's; its entries are too, and are checked all the same.
    return timeline.list(id).stream().filter(e -> e.merchantId().equals(merchant)).toList();
  }
}
