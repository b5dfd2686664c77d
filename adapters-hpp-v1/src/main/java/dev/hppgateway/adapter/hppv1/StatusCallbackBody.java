package dev.hppgateway.adapter.hppv1;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * What the HPP API POSTs to {@code merchant_urls.status_update}: {@code {event_id, session:{…}}}.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
record StatusCallbackBody(String eventId, HppSessionAnswer session) {}
