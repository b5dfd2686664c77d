package dev.hppgateway.adapter.persistence;

import dev.hppgateway.domain.PageOptions;
import io.micronaut.serde.annotation.Serdeable;

/** A page background image as stored in {@code hpp_sessions.background_images}. */
@Serdeable
record BackgroundImageJson(String url, int width) {

  static BackgroundImageJson of(PageOptions.BackgroundImage image) {
    return new BackgroundImageJson(image.url(), image.width());
  }

  PageOptions.BackgroundImage toDomain() {
    return new PageOptions.BackgroundImage(url, width);
  }
}
