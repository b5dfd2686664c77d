package dev.hppgateway.sandbox.hpp;

import dev.hppgateway.sandbox.SandboxSettings;
import dev.hppgateway.sandbox.SimulatedProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** Kustom's hosted payment page (redirect_url), its QR code and its generic outcome page. */
@Controller("/sandbox/kustom/pay")
@Requires(property = SandboxSettings.ENABLED, value = "true")
@ExecuteOn(TaskExecutors.BLOCKING)
class KustomPageController {

    private static final SimulatedProvider PROVIDER = SimulatedProvider.KUSTOM;

    private final HppPages pages;

    KustomPageController(HppPages pages) {
        this.pages = pages;
    }

    @Get("/{id}")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<String> open(@PathVariable String id) {
        return pages.open(PROVIDER, id);
    }

    @Post(value = "/{id}/{action}", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL})
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> act(@PathVariable String id, @PathVariable String action, HttpRequest<?> request) {
        return pages.act(PROVIDER, id, action, request);
    }

    @Get("/{id}/qr")
    @Produces(MediaType.IMAGE_PNG)
    HttpResponse<?> qr(@PathVariable String id, HttpRequest<?> request) {
        return pages.qr(PROVIDER, id, request);
    }

    @Get("/{id}/result")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<String> result(@PathVariable String id, @Nullable @QueryValue String outcome) {
        return pages.result(PROVIDER, id, outcome);
    }
}
