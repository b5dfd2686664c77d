package dev.hppgateway.application.port.in;

import dev.hppgateway.application.port.in.HppSessionPage;
import dev.hppgateway.application.port.in.HppSessionQuery;

/** Lists the merchant's pages, newest first, with cursor paging. */
public interface ListHppSessionsUseCase {
  HppSessionPage list(HppSessionQuery query);
}
