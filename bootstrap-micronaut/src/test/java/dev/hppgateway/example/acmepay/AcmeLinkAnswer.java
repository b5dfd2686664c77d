package dev.hppgateway.example.acmepay;

import io.micronaut.serde.annotation.Serdeable;

/** Acme's answer to a create or read: the link id, the shopper URL and its status. */
@Serdeable
record AcmeLinkAnswer(String id, String url, String status) {}
