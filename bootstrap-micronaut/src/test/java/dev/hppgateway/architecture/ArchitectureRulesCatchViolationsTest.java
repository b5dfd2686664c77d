package dev.hppgateway.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule, run on fixture classes that break it on purpose, reports the offender and spares the
 * class that keeps it: the rules cannot pass vacuously.
 */
class ArchitectureRulesCatchViolationsTest {
  private static final String FIXTURES = "dev.hppgateway.archfixture";
  private static JavaClasses fixtures;

  @BeforeAll
  static void importFixtures() {
    fixtures = new ClassFileImporter().importPackages(FIXTURES);
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of(
            "core is framework-free",
            rule(ArchitectureRules::coreIsFrameworkFree),
            List.of("DomainUsingJdbc", "ApplicationUsingMicronaut"),
            "CleanDomainValue"),
        Arguments.of(
            "domain depends on the JDK only",
            rule(ArchitectureRules::domainDependsOnTheJdkOnly),
            List.of("DomainUsingApplication"),
            "CleanDomainValue"),
        Arguments.of(
            "application depends on domain only",
            rule(ArchitectureRules::applicationDependsOnDomainOnly),
            List.of("ApplicationUsingAdapter"),
            "CleanPort"),
        Arguments.of(
            "adapters are independent",
            rule(ArchitectureRules::adaptersDoNotDependOnEachOther),
            List.of("KustomUsingKlarna"),
            "KlarnaUsingHppV1"),
        Arguments.of(
            "adapters may use the shared provider HTTP client",
            rule(ArchitectureRules::adaptersDoNotDependOnEachOther),
            List.of("KustomUsingKlarna"),
            "OpttyUsingProviderHttp"),
        Arguments.of(
            "the shared HPP v1 client may use the shared provider HTTP client",
            rule(ArchitectureRules::adaptersDoNotDependOnEachOther),
            List.of("KustomUsingKlarna"),
            "SharedHppClient"),
        Arguments.of(
            "only bootstrap knows bootstrap",
            rule(ArchitectureRules::onlyBootstrapKnowsBootstrap),
            List.of("OpttyUsingBootstrap"),
            "Wiring"),
        Arguments.of(
            "sandbox stays outside the core",
            rule(ArchitectureRules::sandboxStaysOutsideTheCore),
            List.of("SandboxUsingDomain"),
            "CleanSandboxPage"),
        Arguments.of(
            "core and adapters do not use the sandbox",
            rule(ArchitectureRules::coreAndAdaptersDoNotUseTheSandbox),
            List.of("KlarnaUsingSandbox"),
            "KlarnaUsingHppV1"),
        Arguments.of(
            "wire DTOs live at the edge",
            rule(ArchitectureRules::wireDtosLiveAtTheEdge),
            List.of("SerdeableInCore"),
            "KlarnaWireDto"),
        Arguments.of(
            "jakarta.validation at the API edge only",
            rule(ArchitectureRules::validationAnnotationsAtTheApiEdgeOnly),
            List.of("ValidatedDomainValue"),
            "Wiring"),
        Arguments.of(
            "no package cycles inside a module",
            rule(ArchitectureRules::noPackageCyclesInsideAModule),
            List.of("EmbeddedFacade", "SessionServiceUsingFacadeSettings"),
            "CleanPort"),
        Arguments.of(
            "ports in do not depend on ports out",
            rule(ArchitectureRules::portsInDoNotDependOnPortsOut),
            List.of("RefundCommandUsingPortOut"),
            "CancelCommand"),
        Arguments.of(
            "the core does not depend on adapters",
            rule(ArchitectureRules::coreDoesNotDependOnAdapters),
            List.of("SessionServiceUsingInMemoryStore"),
            "EmbeddedBuilder"),
        Arguments.of(
            "adapters expose only their config and port implementation",
            rule(ArchitectureRules::adaptersExposeOnlyTheirConfigAndPortImplementation),
            List.of("KlarnaSessionRequest"),
            "KlarnaKpPaymentProvider"),
        Arguments.of(
            "adapters keep their inner workings package-private",
            rule(ArchitectureRules::adaptersExposeOnlyTheirConfigAndPortImplementation),
            List.of("KlarnaSessionRequest"),
            "KlarnaSessionMapper"));
  }

  private static Function<String, ArchRule> rule(Function<String, ArchRule> rule) {
    return rule;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void ruleReportsTheOffenderOnly(
      String name, Function<String, ArchRule> rule, List<String> offenders, String innocent) {
    EvaluationResult result = rule.apply(FIXTURES).evaluate(fixtures);
    assertThat(result.hasViolation()).as("%s finds a violation", name).isTrue();
    List<String> report = result.getFailureReport().getDetails();
    for (String offender : offenders) {
      assertThat(report)
          .as("%s names %s", name, offender)
          .anyMatch(line -> line.contains("." + offender));
    }
    assertThat(report)
        .as("%s spares %s", name, innocent)
        .noneMatch(line -> origin(line).contains("." + innocent));
  }

  /** The class a violation line starts from: its first {@code <…>} element. */
  private static String origin(String line) {
    int open = line.indexOf('<');
    int close = line.indexOf('>', open + 1);
    return open < 0 || close < 0 ? line : line.substring(open + 1, close);
  }
}
