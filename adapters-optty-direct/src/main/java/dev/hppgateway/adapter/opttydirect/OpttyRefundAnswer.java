package dev.hppgateway.adapter.opttydirect;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;

/** Answer of the refund call (201): {@code refundStatus} SUCCESSFUL or PENDING. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
record OpttyRefundAnswer(String refundStatus, String refundReference) {}
