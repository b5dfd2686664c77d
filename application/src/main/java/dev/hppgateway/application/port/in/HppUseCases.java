package dev.hppgateway.application.port.in;

import java.util.Objects;

/**
 * Every use case of the gateway, each its own object: a controller or an embedded caller takes the
 * one it serves. Built once by the application's assembly.
 */
public record HppUseCases(
    CreateHppSessionUseCase create,
    GetHppSessionUseCase get,
    GetHppSessionEventsUseCase events,
    ListHppSessionsUseCase list,
    DisableHppSessionUseCase disable,
    DistributeHppSessionUseCase distribute,
    RefundOrCancelHppSessionUseCase refundOrCancel,
    HandleProviderCallbackUseCase callbacks,
    SweepHppSessionsUseCase sweep,
    ListWebhookEventsUseCase webhookEvents,
    RedeliverWebhookEventUseCase redeliver,
    HousekeepingUseCase housekeeping) {

  public HppUseCases {
    Objects.requireNonNull(create, "create");
    Objects.requireNonNull(get, "get");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(disable, "disable");
    Objects.requireNonNull(distribute, "distribute");
    Objects.requireNonNull(refundOrCancel, "refundOrCancel");
    Objects.requireNonNull(callbacks, "callbacks");
    Objects.requireNonNull(sweep, "sweep");
    Objects.requireNonNull(webhookEvents, "webhookEvents");
    Objects.requireNonNull(redeliver, "redeliver");
    Objects.requireNonNull(housekeeping, "housekeeping");
  }
}
