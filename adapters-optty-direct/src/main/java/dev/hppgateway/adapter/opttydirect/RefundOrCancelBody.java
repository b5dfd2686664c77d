package dev.hppgateway.adapter.opttydirect;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * UNVERIFIED body of the refund/cancel call (see {@link OpttyDirectConfig.RefundOrCancelRoute}).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record RefundOrCancelBody(String invoiceNumber, String reason) {}
