package dev.hppgateway.application.port.in;

/** Lists the merchant's pages, newest first, with cursor paging. */
public interface ListHppSessionsUseCase {
  HppSessionPage list(HppSessionQuery query);
}
