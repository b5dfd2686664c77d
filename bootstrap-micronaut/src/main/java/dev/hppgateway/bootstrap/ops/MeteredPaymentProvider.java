package dev.hppgateway.bootstrap.ops;

import dev.hppgateway.application.port.out.provider.CancelRequest;
import dev.hppgateway.application.port.out.provider.CancelsPayments;
import dev.hppgateway.application.port.out.provider.CompletesOrders;
import dev.hppgateway.application.port.out.provider.DisablesPages;
import dev.hppgateway.application.port.out.provider.DistributesLinks;
import dev.hppgateway.application.port.out.provider.DistributionRequest;
import dev.hppgateway.application.port.out.provider.PageRequest;
import dev.hppgateway.application.port.out.provider.PageView;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.application.port.out.provider.ProviderCallback;
import dev.hppgateway.application.port.out.provider.ProviderMalformedAnswerException;
import dev.hppgateway.application.port.out.provider.ProviderRejectedException;
import dev.hppgateway.application.port.out.provider.ProviderUnavailableException;
import dev.hppgateway.application.port.out.provider.RefundRequest;
import dev.hppgateway.application.port.out.provider.RefundsPayments;
import dev.hppgateway.domain.DomainValidationException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Times every call the core makes to a provider ({@value #NAME}; scraped as {@code
 * hpp_provider_calls_seconds{provider,operation,outcome,error}}). {@code operation} is the method
 * in snake_case ({@code create_page}, {@code read_page}, {@code disable_page}, {@code distribute},
 * {@code refund}, {@code cancel}, {@code complete_order}); {@code outcome} is {@code ok} or {@code
 * error}; {@code error} is {@code none}, {@code rejected}, {@code unavailable}, {@code malformed},
 * {@code invalid_request} (the adapter refused the request before calling) or {@code failure}.
 *
 * <p>The core finds a provider's optional capabilities ({@code DisablesPages}, {@code
 * RefundsPayments}, …) by {@code instanceof}, so the decorator is a {@link Proxy} implementing
 * exactly the provider port interfaces the wrapped instance implements: no capability is lost or
 * invented, and one added to the port later is forwarded too. Lookups that make no call ({@code
 * id}, {@code capabilities}, {@code parseCallback}, {@code distributionMethods}, {@code
 * completionWindow}, {@code close}) are forwarded untimed. The provider's exceptions pass
 * unchanged.
 */
public final class MeteredPaymentProvider implements InvocationHandler {
  public static final String NAME = "hpp.provider.calls";
  private static final Set<String> UNTIMED =
      Set.of(
          "id",
          "capabilities",
          "parseCallback",
          "distributionMethods",
          "completionWindow",
          "close");
  private static final String PORT = PaymentProvider.class.getPackageName();

  /** The port methods {@link #forward} calls directly (a test checks the port has no other). */
  static final Set<String> DIRECT =
      Set.of(
          "id",
          "capabilities",
          "createPage",
          "readPage",
          "parseCallback",
          "close",
          "disablePage",
          "refund",
          "cancel",
          "completeOrder",
          "completionWindow",
          "distributionMethods",
          "distribute");

  private final PaymentProvider target;
  private final MeterRegistry registry;
  private final String provider;
  private final Map<String, Timer> timers = new ConcurrentHashMap<>();

  private MeteredPaymentProvider(PaymentProvider target, MeterRegistry registry) {
    this.target = target;
    this.registry = registry;
    this.provider = target.id().value();
  }

  /**
   * The provider, timed.
   *
   * @param provider the provider to wrap
   * @param registry where the timers go
   * @return a {@link PaymentProvider} implementing the same provider port interfaces as {@code
   *     provider}
   */
  public static PaymentProvider wrap(PaymentProvider provider, MeterRegistry registry) {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(registry, "registry");
    return (PaymentProvider)
        Proxy.newProxyInstance(
            PaymentProvider.class.getClassLoader(),
            portInterfaces(provider.getClass()),
            new MeteredPaymentProvider(provider, registry));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return switch (method.getName()) {
        case "equals" -> proxy == args[0];
        case "hashCode" -> System.identityHashCode(proxy);
        default -> "MeteredPaymentProvider[" + provider + "]";
      };
    }
    if (UNTIMED.contains(method.getName())) {
      return forward(method, args);
    }
    long started = System.nanoTime();
    String error = "none";
    try {
      return forward(method, args);
    } catch (Throwable failure) {
      error = kind(failure);
      throw failure;
    } finally {
      timer(method.getName(), error).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }
  }

  /** The timer of one operation and error kind, registered once and then reused. */
  private Timer timer(String methodName, String error) {
    return timers.computeIfAbsent(
        methodName + '/' + error,
        key ->
            Timer.builder(NAME)
                .description("Calls to payment providers, by operation and outcome")
                .tag("provider", provider)
                .tag("operation", snakeCase(methodName))
                .tag("outcome", error.equals("none") ? "ok" : "error")
                .tag("error", error)
                .register(registry));
  }

  /**
   * Calls the method on the wrapped provider directly (a switch on the port's method names, no
   * reflective call on the path of every payment); a method added to the port later and not listed
   * here is still forwarded, reflectively, until it is.
   */
  private Object forward(Method method, Object[] args) throws Throwable {
    switch (method.getName()) {
      case "id":
        return target.id();
      case "capabilities":
        return target.capabilities();
      case "createPage":
        return target.createPage((PageRequest) args[0]);
      case "readPage":
        return target.readPage((PageView) args[0]);
      case "parseCallback":
        return target.parseCallback((ProviderCallback) args[0]);
      case "close":
        target.close();
        return null;
      case "disablePage":
        ((DisablesPages) target).disablePage((PageView) args[0]);
        return null;
      case "refund":
        return ((RefundsPayments) target).refund((PageView) args[0], (RefundRequest) args[1]);
      case "cancel":
        return ((CancelsPayments) target).cancel((PageView) args[0], (CancelRequest) args[1]);
      case "completeOrder":
        return ((CompletesOrders) target).completeOrder((PageView) args[0]);
      case "completionWindow":
        return ((CompletesOrders) target).completionWindow();
      case "distributionMethods":
        return ((DistributesLinks) target).distributionMethods();
      case "distribute":
        ((DistributesLinks) target).distribute((PageView) args[0], (DistributionRequest) args[1]);
        return null;
      default:
        try {
          return method.invoke(target, args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
    }
  }

  private static String kind(Throwable failure) {
    if (failure instanceof ProviderRejectedException) {
      return "rejected";
    }
    if (failure instanceof ProviderUnavailableException) {
      return "unavailable";
    }
    if (failure instanceof ProviderMalformedAnswerException) {
      return "malformed";
    }
    if (failure instanceof DomainValidationException) {
      return "invalid_request";
    }
    return "failure";
  }

  private static String snakeCase(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  /** The provider port interfaces {@code type} implements, its superclasses' included. */
  private static Class<?>[] portInterfaces(Class<?> type) {
    Set<Class<?>> found = new LinkedHashSet<>();
    Deque<Class<?>> pending = new ArrayDeque<>();
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      pending.addAll(List.of(c.getInterfaces()));
    }
    while (!pending.isEmpty()) {
      Class<?> candidate = pending.pop();
      if (candidate.getPackageName().equals(PORT)) {
        found.add(candidate);
      }
      pending.addAll(List.of(candidate.getInterfaces()));
    }
    return found.toArray(Class<?>[]::new);
  }
}
