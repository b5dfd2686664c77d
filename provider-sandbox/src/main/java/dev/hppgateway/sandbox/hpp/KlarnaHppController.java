package dev.hppgateway.sandbox.hpp;

import dev.hppgateway.sandbox.SandboxSettings;
import dev.hppgateway.sandbox.SimulatedProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** Klarna's HPP v1 API. */
@Controller("/sandbox/klarna/hpp/v1/sessions")
@Requires(property = SandboxSettings.ENABLED, value = "true")
@ExecuteOn(TaskExecutors.BLOCKING)
class KlarnaHppController {

    private static final SimulatedProvider PROVIDER = SimulatedProvider.KLARNA;

    private final HppApi api;

    KlarnaHppController(HppApi api) {
        this.api = api;
    }

    @Post(consumes = {MediaType.APPLICATION_JSON, MediaType.ALL})
    HttpResponse<?> create(HttpRequest<?> request, @Nullable @Body String body) {
        return api.create(PROVIDER, request, body);
    }

    @Get("/{id}")
    HttpResponse<?> read(HttpRequest<?> request, @PathVariable String id) {
        return api.read(PROVIDER, request, id);
    }

    @Delete("/{id}")
    HttpResponse<?> disable(HttpRequest<?> request, @PathVariable String id) {
        return api.disable(PROVIDER, request, id);
    }

    @Post(value = "/{id}/distribution", consumes = {MediaType.APPLICATION_JSON, MediaType.ALL})
    HttpResponse<?> distribute(HttpRequest<?> request, @PathVariable String id, @Nullable @Body String body) {
        return api.distribute(PROVIDER, request, id, body);
    }
}
