package dev.hppgateway.bootstrap.ops;

import dev.hppgateway.bootstrap.Application;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.types.files.StreamedFile;
import io.swagger.v3.oas.annotations.Operation;

/**
 * Serves the OpenAPI 3 document the micronaut-openapi processor wrote at build time ({@value
 * #DOCUMENT}); the Swagger UI page at {@code /swagger-ui/index.html} reads it from here.
 */
@Controller("/openapi")
@Requires(env = Application.ENVIRONMENT)
public class OpenApiController {
  public static final String DOCUMENT = "classpath:META-INF/swagger/hpp-gateway.yml";
  public static final String YAML = "application/yaml";

  private final ResourceResolver resources;

  public OpenApiController(ResourceResolver resources) {
    this.resources = resources;
  }

  @Operation(summary = "This API's OpenAPI 3 document (YAML)")
  @Get(produces = YAML)
  HttpResponse<StreamedFile> document() {
    return resources
        .getResource(DOCUMENT)
        .map(url -> HttpResponse.ok(new StreamedFile(url)).contentType(YAML))
        .orElseGet(HttpResponse::notFound);
  }
}
