package dev.hppgateway.application.port.in;

/**
 * Takes a provider's callback as received: reads its URL ({@link CallbackUrl}), checks the secret,
 * and confirms what it says by reading the provider before changing anything.
 */
public interface HandleProviderCallbackUseCase {
  CallbackOutcome handle(ReceivedCallback callback);
}
