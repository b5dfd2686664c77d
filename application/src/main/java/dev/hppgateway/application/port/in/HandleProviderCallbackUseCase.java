package dev.hppgateway.application.port.in;

/** Takes a provider's status callback, checks its secret, and confirms it by reading the provider. */
public interface HandleProviderCallbackUseCase {
  CallbackOutcome handle(ProviderCallbackCommand command);
}
