package dev.hppgateway.architecture;

import static com.tngtech.archunit.lang.ArchRule.Assertions.assertNoViolation;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of ARCHITECTURE.md on the real main code of every module (bootstrap sees them all). */
class DependencyRuleTest {
  private static final String ROOT = "dev.hppgateway";
  private static JavaClasses production;

  /**
   * Optty's public types beyond its config and provider, named one by one: the config's item
   * encoding and (unverified) refund-or-cancel route, and the redirect-hash verifier the provider
   * hands merchants. The Optty correctness work (verified refund route, redirect hash forms)
   * reshapes them; any other public adapter class fails.
   */
  private static final List<String> OPTTY_PUBLIC_TYPES_TODAY = List.of(
      "<" + ROOT + ".adapter.opttydirect.OpttyItemEncoding>",
      "<" + ROOT + ".adapter.opttydirect.OpttyRefundOrCancelRoute>",
      "<" + ROOT + ".adapter.opttydirect.OpttyRedirectVerifier>");

  @BeforeAll
  static void importMainCode() {
    production = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TEST_FIXTURES)
        // test-jars (the application's SPI contract test and fixtures) are test code too
        .withImportOption(location -> !location.contains("-tests.jar"))
        .importPackages(ROOT);
  }

  @Test
  void coreIsFrameworkFree() {
    ArchitectureRules.coreIsFrameworkFree(ROOT).check(production);
  }

  @Test
  void domainDependsOnTheJdkOnly() {
    ArchitectureRules.domainDependsOnTheJdkOnly(ROOT).check(production);
  }

  @Test
  void applicationDependsOnDomainOnly() {
    ArchitectureRules.applicationDependsOnDomainOnly(ROOT).check(production);
  }

  @Test
  void adaptersDoNotDependOnEachOther() {
    ArchitectureRules.adaptersDoNotDependOnEachOther(ROOT).check(production);
  }

  @Test
  void onlyBootstrapKnowsBootstrap() {
    ArchitectureRules.onlyBootstrapKnowsBootstrap(ROOT).check(production);
  }

  @Test
  void sandboxStaysOutsideTheCore() {
    ArchitectureRules.sandboxStaysOutsideTheCore(ROOT).check(production);
  }

  @Test
  void coreAndAdaptersDoNotUseTheSandbox() {
    ArchitectureRules.coreAndAdaptersDoNotUseTheSandbox(ROOT).check(production);
  }

  @Test
  void wireDtosLiveAtTheEdge() {
    ArchitectureRules.wireDtosLiveAtTheEdge(ROOT).check(production);
  }

  @Test
  void validationAnnotationsAtTheApiEdgeOnly() {
    ArchitectureRules.validationAnnotationsAtTheApiEdgeOnly(ROOT).check(production);
  }

  @Test
  void noPackageCyclesInsideAModule() {
    ArchitectureRules.noPackageCyclesInsideAModule(ROOT).check(production);
  }

  @Test
  void coreDoesNotDependOnAdapters() {
    ArchitectureRules.coreDoesNotDependOnAdapters(ROOT).check(production);
  }

  @Test
  void portsInDoNotDependOnPortsOut() {
    ArchitectureRules.portsInDoNotDependOnPortsOut(ROOT).check(production);
  }

  @Test
  void adaptersExposeOnlyTheirConfigAndPortImplementation() {
    EvaluationResult result = ArchitectureRules.adaptersExposeOnlyTheirConfigAndPortImplementation(ROOT)
        .evaluate(production)
        .filterDescriptionsMatching(line -> OPTTY_PUBLIC_TYPES_TODAY.stream().noneMatch(line::contains));
    assertNoViolation(result);
  }
}
