package dev.hppgateway.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The rules of ARCHITECTURE.md, written once over a root package so they can be checked on the real
 * code ({@code dev.hppgateway}) and shown to catch violations in fixtures ({@code
 * dev.hppgateway.archfixture}).
 */
final class ArchitectureRules {
  private static final String[] FRAMEWORKS = {
    "io.micronaut..",
    "com.fasterxml..",
    "jakarta..",
    "javax.inject..",
    "javax.validation..",
    "java.sql..",
    "javax.sql..",
    "java.net.http..",
    "io.netty..",
    "reactor..",
    "org.springframework.."
  };

  /**
   * Micronaut's generated introspections ({@code $Foo$Introspection}) mention validation types
   * themselves.
   */
  private static final String GENERATED = ".*\\.\\$.*";

  private ArchitectureRules() {}

  static ArchRule coreIsFrameworkFree(String root) {
    return noClasses()
        .that()
        .resideInAnyPackage(root + ".domain..", root + ".application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FRAMEWORKS)
        .because(
            "domain and application import no Micronaut, Jackson, Jakarta, JDBC or HTTP types");
  }

  static ArchRule domainDependsOnTheJdkOnly(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".domain..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", root + ".domain..")
        .because("domain depends on the JDK only");
  }

  static ArchRule applicationDependsOnDomainOnly(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".application..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            // The JDK's HMAC (java.base), for the webhook signature.
            "javax.crypto..",
            root + ".domain..",
            root + ".application..",
            root + ".adapter.inmemory..")
        .because(
            "application depends on domain only (its embedded builder defaults to the in-memory stores)");
  }

  static ArchRule adaptersDoNotDependOnEachOther(String root) {
    return slices()
        .matching(root + ".adapter.(*)..")
        .should()
        .notDependOnEachOther()
        .ignoreDependency(alwaysTrue(), resideInAPackage(root + ".adapter.hppv1.."))
        .ignoreDependency(alwaysTrue(), resideInAPackage(root + ".adapter.providerhttp.."))
        .because(
            "adapters never depend on each other; the shared provider HTTP client and HPP v1 client are the"
                + " exceptions");
  }

  static ArchRule onlyBootstrapKnowsBootstrap(String root) {
    return noClasses()
        .that()
        .resideOutsideOfPackage(root + ".bootstrap..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + ".bootstrap..")
        .because("only bootstrap-micronaut knows every module; nothing depends on it");
  }

  static ArchRule sandboxStaysOutsideTheCore(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".sandbox..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            root + ".domain..", root + ".application..", root + ".adapter..", root + ".bootstrap..")
        .because("the provider sandbox is Micronaut only, never the core");
  }

  static ArchRule coreAndAdaptersDoNotUseTheSandbox(String root) {
    return noClasses()
        .that()
        .resideInAnyPackage(root + ".domain..", root + ".application..", root + ".adapter..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + ".sandbox..")
        .because("the sandbox stands in for the providers; only the bootstrap may start it");
  }

  static ArchRule wireDtosLiveAtTheEdge(String root) {
    return classes()
        .that()
        .areAnnotatedWith("io.micronaut.serde.annotation.Serdeable")
        .should()
        .resideInAnyPackage(root + ".adapter..", root + ".bootstrap..", root + ".sandbox..")
        .allowEmptyShould(true)
        .because("DTOs that cross the wire live in adapters and bootstrap only");
  }

  static ArchRule validationAnnotationsAtTheApiEdgeOnly(String root) {
    return noClasses()
        .that()
        .resideOutsideOfPackages(root + ".bootstrap..", root + ".sandbox..")
        .and()
        .haveNameNotMatching(GENERATED)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("jakarta.validation..")
        .because("jakarta.validation is used at the API edge only; the core validates itself");
  }

  /**
   * Each package is a slice, a module's root package included. The adapters are checked together: a
   * cycle between two of them is as wrong as one inside either.
   */
  static ArchRule noPackageCyclesInsideAModule(String root) {
    return CompositeArchRule.of(packagesFreeOfCycles(root + ".domain"))
        .and(packagesFreeOfCycles(root + ".application"))
        .and(packagesFreeOfCycles(root + ".adapter"))
        .and(packagesFreeOfCycles(root + ".bootstrap"))
        .and(packagesFreeOfCycles(root + ".sandbox"))
        .because("no package cycles inside a module");
  }

  private static ArchRule packagesFreeOfCycles(String module) {
    return slices()
        .assignedFrom(
            new SliceAssignment() {
              @Override
              public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                return name.equals(module) || name.startsWith(module + ".")
                    ? SliceIdentifier.of(name)
                    : SliceIdentifier.ignore();
              }

              @Override
              public String getDescription() {
                return "the packages of " + module;
              }
            })
        .should()
        .beFreeOfCycles();
  }

  static ArchRule portsInDoNotDependOnPortsOut(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".application.port.in..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + ".application.port.out..")
        .because(
            "a use case speaks the merchant's language; the provider SPI stays behind the services");
  }

  static ArchRule coreDoesNotDependOnAdapters(String root) {
    return noClasses()
        .that()
        .resideInAnyPackage(root + ".application.port..", root + ".application.service..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + ".adapter..")
        .because(
            "ports and services know no adapter, the in-memory stores included; "
                + "only the embedded builder may default to them");
  }

  static ArchRule adaptersExposeOnlyTheirConfigAndPortImplementation(String root) {
    return classes()
        .that()
        .resideInAnyPackage(
            root + ".adapter.klarnakp..",
            root + ".adapter.kustomkco..",
            root + ".adapter.opttydirect..")
        .and()
        .areTopLevelClasses()
        .and()
        .arePublic()
        .and()
        .haveNameNotMatching(GENERATED)
        .should()
        .haveSimpleNameEndingWith("Config")
        .orShould()
        .haveSimpleNameEndingWith("PaymentProvider")
        .orShould()
        .haveSimpleNameEndingWith("ProviderFactory")
        .allowEmptyShould(true)
        .because(
            "inside an adapter, classes are package-private except the port implementation and its "
                + "configuration (a ProviderFactory may join them)");
  }
}
