package dev.hppgateway.adapter.opttydirect;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;

/** UNVERIFIED answer of the refund/cancel call: {@code status} CANCELLED or REFUNDED. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
record RefundOrCancelAnswer(String invoiceNumber, String status) {}
