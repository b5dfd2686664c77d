package dev.hppgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageOptionsTest {

  @Test
  void categoryAndCategoriesExcludeEachOther() {
    assertThatThrownBy(() -> new PageOptions(null, null, null, null, List.of("PAY_NOW"), "PAY_LATER", null, false, null))
        .isInstanceOfSatisfying(DomainValidationException.class,
            e -> assertThat(e.field()).isEqualTo("options.payment_method_category"));
  }

  @Test
  void unknownValuesAreRejectedWithTheChoices() {
    assertThatThrownBy(() -> new PageOptions(null, null, null, null, List.of("CASH"), null, null, false, null))
        .hasMessageContaining("CASH").hasMessageContaining("PAY_LATER");
    assertThatThrownBy(() -> new PageOptions(null, null, null, null, null, null, "STEAL", false, null))
        .hasMessageContaining("purchase_type");
  }

  @Test
  void backgroundImagesNeedAWidthAndAnHttpsUrl() {
    assertThatThrownBy(() -> new PageOptions.BackgroundImage("https://cdn.example/a.png", 0)).hasMessageContaining("width");
    assertThatThrownBy(() -> new PageOptions.BackgroundImage("http://cdn.example/a.png", 800)).hasMessageContaining("https");
  }

  @Test
  void defaultsPlaceNoOrder() {
    assertThat(PageOptions.defaults().placeOrderMode()).isEqualTo(PlaceOrderMode.NONE);
  }
}
