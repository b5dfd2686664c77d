package dev.hppgateway.example.acmepay;

import io.micronaut.serde.annotation.Serdeable;

/** Step 3: wire DTOs stay package-private in the adapter; the domain never sees them. */
@Serdeable
record AcmeLinkBody(long amount, String currency, String reference, String returnUrl) {}
