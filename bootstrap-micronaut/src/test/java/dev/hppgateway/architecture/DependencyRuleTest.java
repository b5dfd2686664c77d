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
   * The commands that carry a provider SPI type today (ProviderCallback, RefundOrCancelRequest.Kind):
   * to be reshaped; any other port.in class reaching into port.out fails.
   */
  private static final List<String> PORT_IN_USING_PORT_OUT_TODAY = List.of(
      "<" + ROOT + ".application.port.in.ProviderCallbackCommand.",
      "<" + ROOT + ".application.port.in.RefundOrCancelCommand.");

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
    EvaluationResult result = ArchitectureRules.portsInDoNotDependOnPortsOut(ROOT).evaluate(production)
        .filterDescriptionsMatching(line -> PORT_IN_USING_PORT_OUT_TODAY.stream().noneMatch(line::contains));
    assertNoViolation(result);
  }

  @Test
  void adaptersExposeOnlyTheirConfigAndPortImplementation() {
    ArchitectureRules.adaptersExposeOnlyTheirConfigAndPortImplementation(ROOT).check(production);
  }
}
