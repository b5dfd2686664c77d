package dev.hppgateway.bootstrap.api;

import dev.hppgateway.application.port.in.CreateHppSessionCommand;
import dev.hppgateway.application.port.in.CreateHppSessionResult;
import dev.hppgateway.application.port.in.CreateHppSessionUseCase;
import dev.hppgateway.application.port.in.DisableHppSessionUseCase;
import dev.hppgateway.application.port.in.DistributeHppSessionCommand;
import dev.hppgateway.application.port.in.DistributeHppSessionUseCase;
import dev.hppgateway.application.port.in.GetHppSessionUseCase;
import dev.hppgateway.application.port.in.HppSessionPage;
import dev.hppgateway.application.port.in.HppSessionQuery;
import dev.hppgateway.application.port.in.ListHppSessionsUseCase;
import dev.hppgateway.application.port.in.RefundOrCancelCommand;
import dev.hppgateway.application.port.in.RefundOrCancelHppSessionUseCase;
import dev.hppgateway.bootstrap.Application;
import dev.hppgateway.domain.DistributionMethod;
import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.MerchantId;
import dev.hppgateway.domain.MerchantUrls;
import dev.hppgateway.domain.Money;
import dev.hppgateway.domain.OrderLine;
import dev.hppgateway.domain.OrderLineType;
import dev.hppgateway.domain.PageOptions;
import dev.hppgateway.domain.PaymentOrder;
import dev.hppgateway.domain.ProviderId;
import dev.hppgateway.domain.Shopper;
import dev.hppgateway.domain.UrlKind;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The merchant API's pages: create, read, list, disable, distribute, cancel, refund. Builds the
 * core's command from the request here, at the edge, and lets the domain's validation answer (400
 * naming the field). Talks only to the {@code port.in} use cases; the merchant is the one {@link
 * MerchantAuthFilter} authenticated. Runs on the blocking pool because creating calls the provider.
 */
@Controller("/v1/hpp-sessions")
@Requires(env = Application.ENVIRONMENT)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityScheme(name = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer")
@SecurityRequirement(name = "apiKey")
@ApiResponse(
    responseCode = "401",
    description = "Missing or wrong API key",
    content =
        @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class HppSessionController {
  public static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";
  private static final int DEFAULT_LIMIT = 20;
  private static final String CREATED_GTE = "created[gte]";
  private static final String CREATED_LT = "created[lt]";
  private static final String EXAMPLE_TIME = "2026-11-23T12:00:00Z";

  private final CreateHppSessionUseCase create;
  private final GetHppSessionUseCase get;
  private final ListHppSessionsUseCase list;
  private final DisableHppSessionUseCase disable;
  private final DistributeHppSessionUseCase distribute;
  private final RefundOrCancelHppSessionUseCase refundOrCancel;

  public HppSessionController(
      CreateHppSessionUseCase create,
      GetHppSessionUseCase get,
      ListHppSessionsUseCase list,
      DisableHppSessionUseCase disable,
      DistributeHppSessionUseCase distribute,
      RefundOrCancelHppSessionUseCase refundOrCancel) {
    this.create = create;
    this.get = get;
    this.list = list;
    this.disable = disable;
    this.distribute = distribute;
    this.refundOrCancel = refundOrCancel;
  }

  @Operation(
      summary = "Create a hosted payment page",
      description =
          "Creates the page at the chosen provider and answers its redirect_url. With an"
              + " Idempotency-Key, the same key and body replays the first answer (header"
              + " Idempotent-Replayed: true); another body is a 422, a request still running a 409.")
  @ApiResponse(responseCode = "201", description = "Created; Location names the page")
  @ApiResponse(
      responseCode = "400",
      description = "Malformed JSON, a wrong type, an unknown provider or an invalid field",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @ApiResponse(
      responseCode = "409",
      description = "A request with this Idempotency-Key is still running",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @ApiResponse(
      responseCode = "422",
      description =
          "The provider lacks a capability, or the Idempotency-Key came with another body",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @ApiResponse(
      responseCode = "502",
      description = "The provider failed; correlation_id is the provider's",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @ApiResponse(
      responseCode = "503",
      description = "The provider asked to slow down; see Retry-After",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  public MutableHttpResponse<HppSessionResponse> create(
      HttpRequest<?> request,
      @Body CreateHppSessionRequest body,
      @Nullable @Header("Idempotency-Key") String idempotencyKey) {
    CreateHppSessionCommand command = command(ApiRequests.merchant(request), body, idempotencyKey);
    CreateHppSessionResult result = create.create(command);
    HppSession session = result.session();
    request.setAttribute(ApiRequestAttributes.PAGE_ID, session.id().value());
    MutableHttpResponse<HppSessionResponse> response =
        HttpResponse.<HppSessionResponse>status(HttpStatus.CREATED)
            .body(HppSessionResponse.of(session))
            .header("Location", "/v1/hpp-sessions/" + session.id().value());
    if (result.replayed()) {
      response.header(IDEMPOTENT_REPLAYED, "true");
    }
    return response;
  }

  @Operation(summary = "Read a page", description = "Another merchant's page is a 404.")
  @ApiResponse(responseCode = "200", description = "The page")
  @ApiResponse(
      responseCode = "404",
      description = "No such page for this merchant",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
  public HppSessionResponse read(HttpRequest<?> request, @PathVariable String id) {
    return HppSessionResponse.of(get.get(ApiRequests.merchant(request), HppSessionId.of(id)));
  }

  @Operation(
      summary = "List pages",
      description =
          "Newest first. Filters: status, provider, merchant_reference, created[gte] (created at"
              + " or after) and created[lt] (created before), RFC 3339 instants with an offset"
              + " (percent-encode a '+'); limit 1-100 (default 20); starting_after is the last id"
              + " of the previous page, sent again with the same filters.")
  @ApiResponse(responseCode = "200", description = "One page of the list")
  @ApiResponse(
      responseCode = "400",
      description = "An invalid filter or limit",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @Get(produces = MediaType.APPLICATION_JSON)
  public HppSessionList list(
      HttpRequest<?> request,
      @Nullable @QueryValue String status,
      @Nullable @QueryValue String provider,
      @Nullable @QueryValue("merchant_reference") String merchantReference,
      @Nullable @QueryValue String limit,
      @Nullable @QueryValue("starting_after") String startingAfter,
      @Parameter(description = "Created at or after this RFC 3339 instant", example = EXAMPLE_TIME)
          @Nullable
          @QueryValue(CREATED_GTE)
          String createdGte,
      @Parameter(description = "Created before this RFC 3339 instant", example = EXAMPLE_TIME)
          @Nullable
          @QueryValue(CREATED_LT)
          String createdLt) {
    Instant createdFrom = CreationWindow.instant(CREATED_GTE, createdGte);
    Instant createdBefore = CreationWindow.instant(CREATED_LT, createdLt);
    CreationWindow.requireOrdered(CREATED_GTE, createdFrom, CREATED_LT, createdBefore);
    HppSessionQuery query =
        new HppSessionQuery(
            ApiRequests.merchant(request),
            merchantReference,
            status == null ? null : status(status),
            provider == null ? null : ProviderId.of(provider),
            ApiRequests.limit(limit, DEFAULT_LIMIT, HppSessionQuery.MAX_LIMIT),
            startingAfter == null
                ? null
                : at("starting_after", () -> HppSessionId.of(startingAfter)),
            createdFrom,
            createdBefore);
    HppSessionPage page = list.list(query);
    return new HppSessionList(
        page.sessions().stream().map(HppSessionResponse::of).toList(), page.hasMore());
  }

  @Operation(
      summary = "Disable a page",
      description =
          "Turns the page off at the provider so the shopper can no longer pay; disabling a"
              + " disabled page changes nothing.")
  @ApiResponse(responseCode = "200", description = "The page, DISABLED")
  @ApiResponse(
      responseCode = "404",
      description = "No such page for this merchant",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @ApiResponse(
      responseCode = "409",
      description = "The page's status forbids it (e.g. it is paid)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @ApiResponse(
      responseCode = "422",
      description = "The page's provider cannot do this",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @ApiResponse(
      responseCode = "502",
      description = "The provider failed; correlation_id is the provider's",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @Post(uri = "/{id}/disable", produces = MediaType.APPLICATION_JSON)
  public HppSessionResponse disable(HttpRequest<?> request, @PathVariable String id) {
    return HppSessionResponse.of(
        disable.disable(ApiRequests.merchant(request), HppSessionId.of(id)));
  }

  @Operation(
      summary = "Send a page's link to the shopper",
      description = "The provider sends the link by method email or sms to the contact.")
  @ApiResponse(responseCode = "204", description = "The provider took the request")
  @ApiResponse(
      responseCode = "400",
      description = "An unknown method or a contact that does not fit it",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @ApiResponse(
      responseCode = "404",
      description = "No such page for this merchant",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @ApiResponse(
      responseCode = "409",
      description = "The page is final",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @ApiResponse(
      responseCode = "422",
      description = "The page's provider cannot do this",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @ApiResponse(
      responseCode = "502",
      description = "The provider failed; correlation_id is the provider's",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @Post(
      uri = "/{id}/distribution",
      consumes = MediaType.APPLICATION_JSON,
      produces = MediaType.APPLICATION_JSON)
  public HttpResponse<Void> distribute(
      HttpRequest<?> request, @PathVariable String id, @Body DistributionRequest body) {
    if (body == null) {
      throw new DomainValidationException("body", "is required");
    }
    DistributionMethod method = required(method(body.method()), "method");
    CreateHppSessionRequest.Customer contact = body.contact();
    Shopper shopper =
        contact == null
            ? null
            : at(
                "contact.",
                () -> new Shopper(contact.email(), contact.phone(), contact.phoneCountry()));
    distribute.distribute(
        new DistributeHppSessionCommand(
            ApiRequests.merchant(request), HppSessionId.of(id), method, shopper));
    return HttpResponse.noContent();
  }

  @Operation(
      summary = "Cancel a page's payment",
      description = "Cancels an unpaid page's payment at the provider; reason is optional.")
  @ApiResponse(responseCode = "200", description = "The page")
  @ApiResponse(
      responseCode = "404",
      description = "No such page for this merchant",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @ApiResponse(
      responseCode = "409",
      description = "The page's status forbids it (e.g. it is paid: refund it)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @ApiResponse(
      responseCode = "422",
      description = "The page's provider cannot do this",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @ApiResponse(
      responseCode = "502",
      description = "The provider failed; correlation_id is the provider's",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @Post(
      uri = "/{id}/cancel",
      consumes = MediaType.APPLICATION_JSON,
      produces = MediaType.APPLICATION_JSON)
  public HppSessionResponse cancel(
      HttpRequest<?> request, @PathVariable String id, @Nullable @Body RefundOrCancelRequest body) {
    return refundOrCancel(request, id, RefundOrCancelCommand.Kind.CANCEL, body);
  }

  @Operation(
      summary = "Refund a paid page, in full or in part",
      description =
          "Refunds amount (minor units of the page's currency) at the provider, or all that"
              + " remains refundable without one; reason is optional. The page stays COMPLETED"
              + " while partly refunded and becomes REFUNDED when refunded_amount reaches amount."
              + " Each refund is sent with its own reference (<id>-r<n>); a retry of a refund"
              + " whose answer was lost reuses it, so the provider does not pay twice.")
  @ApiResponse(responseCode = "200", description = "The page, with its refunded_amount")
  @ApiResponse(
      responseCode = "400",
      description =
          "A wrong type, an amount that is not positive, or a currency other than the page's",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @ApiResponse(
      responseCode = "404",
      description = "No such page for this merchant",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @ApiResponse(
      responseCode = "409",
      description =
          "The page is not paid, or the amount exceeds what remains refundable (errors[]"
              + " names amount and the refundable rest)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @ApiResponse(
      responseCode = "422",
      description = "The page's provider cannot do this",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @ApiResponse(
      responseCode = "502",
      description = "The provider failed; correlation_id is the provider's",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @Post(
      uri = "/{id}/refund",
      consumes = MediaType.APPLICATION_JSON,
      produces = MediaType.APPLICATION_JSON)
  public HppSessionResponse refund(
      HttpRequest<?> request, @PathVariable String id, @Nullable @Body RefundOrCancelRequest body) {
    return refundOrCancel(request, id, RefundOrCancelCommand.Kind.REFUND, body);
  }

  private HppSessionResponse refundOrCancel(
      HttpRequest<?> request,
      String id,
      RefundOrCancelCommand.Kind kind,
      RefundOrCancelRequest body) {
    return HppSessionResponse.of(
        refundOrCancel.refundOrCancel(
            new RefundOrCancelCommand(
                ApiRequests.merchant(request),
                HppSessionId.of(id),
                kind,
                body == null ? null : body.reason(),
                body == null ? null : body.minorUnits(),
                body == null ? null : body.currency())));
  }

  private static DistributionMethod method(String value) {
    if (value == null) {
      return null;
    }
    try {
      return DistributionMethod.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new DomainValidationException(
          "method", "unknown method '" + value + "'; expected email or sms");
    }
  }

  private static HppStatus status(String value) {
    try {
      return HppStatus.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new DomainValidationException(
          "status",
          "unknown status '" + value + "'; expected one of " + List.of(HppStatus.values()));
    }
  }

  static CreateHppSessionCommand command(
      MerchantId merchant, CreateHppSessionRequest body, String idempotencyKey) {
    if (body == null) {
      throw new DomainValidationException("body", "is required");
    }
    ProviderId provider = at("", () -> ProviderId.of(required(body.provider(), "provider")));
    List<OrderLine> lines = new ArrayList<>();
    if (body.orderLines() != null) {
      for (int i = 0; i < body.orderLines().size(); i++) {
        CreateHppSessionRequest.Line line = body.orderLines().get(i);
        String prefix = "order_lines[" + i + "].";
        lines.add(line == null ? null : at(prefix, () -> line(line)));
      }
    }
    PaymentOrder order =
        new PaymentOrder(
            Money.of(required(longValue(body.amount(), "amount"), "amount"), body.currency()),
            Money.of(
                required(longValue(body.taxAmount(), "tax_amount"), "tax_amount"), body.currency()),
            body.orderLines() == null ? null : lines,
            body.purchaseCountry(),
            body.locale());
    Shopper shopper =
        body.customer() == null
            ? null
            : at(
                "",
                () ->
                    new Shopper(
                        body.customer().email(),
                        body.customer().phone(),
                        body.customer().phoneCountry()));
    return new CreateHppSessionCommand(
        merchant,
        provider,
        body.merchantReference(),
        order,
        body.merchantUrls() == null ? null : urls(body.merchantUrls()),
        PageOptions.of(body.options()),
        shopper,
        body.expiresAt(),
        idempotencyKey);
  }

  private static OrderLine line(CreateHppSessionRequest.Line line) {
    return new OrderLine(
        OrderLineType.fromWireName(line.type()),
        line.reference(),
        line.name(),
        required(longValue(line.quantity(), "quantity"), "quantity"),
        required(longValue(line.unitPrice(), "unit_price"), "unit_price"),
        orZero(WholeNumber.toInt(line.taxRate(), "tax_rate")),
        required(longValue(line.totalAmount(), "total_amount"), "total_amount"),
        orZero(longValue(line.totalDiscountAmount(), "total_discount_amount")),
        orZero(longValue(line.totalTaxAmount(), "total_tax_amount")));
  }

  private static MerchantUrls urls(CreateHppSessionRequest.Urls urls) {
    Map<UrlKind, String> raw = new EnumMap<>(UrlKind.class);
    put(raw, UrlKind.SUCCESS, urls.success());
    put(raw, UrlKind.CANCEL, urls.cancel());
    put(raw, UrlKind.BACK, urls.back());
    put(raw, UrlKind.FAILURE, urls.failure());
    put(raw, UrlKind.ERROR, urls.error());
    return MerchantUrls.parse(raw);
  }

  private static void put(Map<UrlKind, String> raw, UrlKind kind, String value) {
    if (value != null) {
      raw.put(kind, value);
    }
  }

  private static Long longValue(WholeNumber number, String field) {
    return WholeNumber.toLong(number, field);
  }

  private static long orZero(Long value) {
    return value == null ? 0 : value;
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new DomainValidationException(field, "is required");
    }
    return value;
  }

  /**
   * Runs a domain constructor whose field names are relative (e.g. {@code quantity}) and answers
   * them with their path in the request ({@code order_lines[0].quantity}, {@code customer.email}).
   */
  private static <T> T at(String prefix, Supplier<T> build) {
    try {
      return build.get();
    } catch (DomainValidationException e) {
      String field = e.field();
      if (field.startsWith("shopper.")) {
        field = "customer." + field.substring("shopper.".length());
      }
      if (prefix.isEmpty() || field.startsWith(prefix)) {
        if (field.equals(e.field())) {
          throw e;
        }
        throw new DomainValidationException(field, e.reason());
      }
      throw new DomainValidationException(prefix + field, e.reason());
    }
  }
}
