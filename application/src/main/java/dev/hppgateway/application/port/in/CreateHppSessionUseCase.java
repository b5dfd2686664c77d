package dev.hppgateway.application.port.in;

/** Creates a hosted payment page at the chosen provider. */
public interface CreateHppSessionUseCase {
  CreateHppSessionResult create(CreateHppSessionCommand command);
}
