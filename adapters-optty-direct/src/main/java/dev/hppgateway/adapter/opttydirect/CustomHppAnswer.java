package dev.hppgateway.adapter.opttydirect;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

/** Answer of {@code POST /custom/hpp}: the link's id, the link, and a QR code image URL. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
record CustomHppAnswer(
    String message, String link, String id, @JsonProperty("QRCodeImgUrl") String qrCodeImgUrl) {}
