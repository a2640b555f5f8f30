package io.github.ovhrenewal.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of ARCHITECTURE.md, enforced: dependencies point one way (facade, then
 * capabilities, then engine, then foundations, then the wire level), no package cycle, and the
 * engine hides what the facade does not need.
 */
class ArchitectureTest {
  private static final String FACADE = "io.github.ovhrenewal.core";
  private static final String FLEET = "io.github.ovhrenewal.core.fleet..";
  private static final String ENGINE = "io.github.ovhrenewal.core.internal..";
  private static final String CONFIG = "io.github.ovhrenewal.core.config..";
  private static final String EXCEPTION = "io.github.ovhrenewal.core.exception..";
  private static final String UTIL = "io.github.ovhrenewal.core.util..";
  private static final String WIRE = "io.github.ovhrenewal.api..";

  private static JavaClasses sdk;

  @BeforeAll
  static void importSdk() {
    sdk = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.ovhrenewal.core", "io.github.ovhrenewal.api");
  }

  @Test
  void layers_dependenciesPointOneWay() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .withOptionalLayers(true)
        .layer("Facade").definedBy(FACADE)
        .layer("Capabilities").definedBy(FLEET)
        .layer("Engine").definedBy(ENGINE)
        .layer("Foundations").definedBy(CONFIG, EXCEPTION, UTIL)
        .layer("Wire").definedBy(WIRE)
        .whereLayer("Facade").mayNotBeAccessedByAnyLayer()
        .whereLayer("Capabilities").mayOnlyBeAccessedByLayers("Facade")
        .whereLayer("Engine").mayOnlyBeAccessedByLayers("Facade", "Capabilities")
        .whereLayer("Foundations").mayOnlyBeAccessedByLayers("Facade", "Capabilities", "Engine")
        .whereLayer("Wire").mayOnlyBeAccessedByLayers("Facade", "Capabilities", "Engine", "Foundations")
        .check(sdk);
  }

  @Test
  void packages_haveNoCycle() {
    slices().matching("io.github.ovhrenewal.(**)").should().beFreeOfCycles().check(sdk);
  }

  @Test
  void foundations_exceptionsAndChecksStandAlone() {
    // The exception tree and the shared checks sit at the bottom: they use no other part of core.
    noClasses().that().resideInAnyPackage(EXCEPTION, UTIL)
        .should().dependOnClassesThat().resideInAnyPackage(FACADE, FLEET, ENGINE, CONFIG)
        .check(sdk);
    noClasses().that().resideInAPackage(UTIL)
        .should().dependOnClassesThat().resideInAnyPackage(EXCEPTION, WIRE)
        .check(sdk);
  }

  @Test
  void engine_publicOnlyWhatTheFacadeUses() {
    classes().that().resideInAPackage(ENGINE).and().arePublic().and().areTopLevelClasses()
        .should().haveSimpleName("Engine").orShould().haveSimpleName("EngineSettings")
        .orShould().haveSimpleName("Timeouts").orShould().haveSimpleName("CallExecutor")
        .orShould().haveSimpleName("OfferSelection").orShould().haveSimpleName("PaymentMethodReads")
        .orShould().haveSimpleName("OrderReads")
        .check(sdk);
  }

  @Test
  void fleet_publicOnlyTheValuesCallersHoldAndItsWiring() {
    classes().that().resideInAPackage(FLEET).and().arePublic().and().areTopLevelClasses()
        .should().haveSimpleNameStartingWith("Plan").orShould().haveSimpleNameStartingWith("Apply")
        .orShould().haveSimpleName("AppliedItem").orShould().haveSimpleName("RenewalPlan")
        .orShould().haveSimpleName("ServiceSummary").orShould().haveSimpleName("ProgressListener")
        .orShould().haveSimpleName("FleetEngine")
        .orShould().haveSimpleName("OrderOverview").orShould().haveSimpleName("RenewSettings")
        .orShould().haveSimpleName("RenewalChange")
        .check(sdk);
  }

  @Test
  void exceptions_finalUnlessSubclassed() {
    classes().that().resideInAPackage(EXCEPTION).and().haveSimpleNameEndingWith("Exception")
        .and().doNotHaveSimpleName("OvhException").and().doNotHaveSimpleName("OvhApiException")
        .should().haveModifier(JavaModifier.FINAL)
        .check(sdk);
  }

  @Test
  void facade_speaksNoRetrofit() {
    // Callers see SDK types only; the builder's okHttpClient(...) is the one documented exception.
    noClasses().that().resideInAnyPackage(FACADE, CONFIG, EXCEPTION).and().doNotHaveSimpleName("Builder")
        .should().dependOnClassesThat().resideInAnyPackage("retrofit2..", "okhttp3..")
        .check(sdk);
  }
}
