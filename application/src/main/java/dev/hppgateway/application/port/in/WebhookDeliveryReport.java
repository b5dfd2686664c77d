package dev.hppgateway.application.port.in;

/**
 * What one delivery pass did.
 *
 * @param delivered acknowledged with a 2xx
 * @param retried failed, another attempt scheduled
 * @param dead given up on: the last attempt failed, the endpoint is gone (410), or the merchant has
 *     nowhere to send it
 * @param abandoned other pending messages given up on because their merchant's endpoint answered
 *     410 Gone
 */
public record WebhookDeliveryReport(int delivered, int retried, int dead, int abandoned) {}
