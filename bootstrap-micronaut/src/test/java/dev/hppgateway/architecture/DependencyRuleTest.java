package dev.hppgateway.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of ARCHITECTURE.md on the real main code of every module (bootstrap sees them all). */
class DependencyRuleTest {
  private static final String ROOT = "dev.hppgateway";
  private static JavaClasses production;

  @BeforeAll
  static void importMainCode() {
    production =
        new ClassFileImporter()
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
    ArchitectureRules.adaptersExposeOnlyTheirConfigAndPortImplementation(ROOT).check(production);
  }
}
