package com.sportshub.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.enterprise.event.Event;

/** The boundaries of the house, checked on every build. */
@AnalyzeClasses(packages = "com.sportshub", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String[] CONTEXTS = {
    "com.sportshub.odds..", "com.sportshub.racing..", "com.sportshub.matches.."
  };

  @ArchTest
  static final ArchRule contextsNeverImportEachOther =
      slices().matching("com.sportshub.(odds|racing|matches)..").should().notDependOnEachOther();

  @ArchTest
  static final ArchRule contextsKnowNothingOfTheDeliveryLayerOrTheWeb =
      noClasses()
          .that()
          .resideInAnyPackage(CONTEXTS)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.sportshub.ws..", "com.sportshub.web..");

  /**
   * The delivery layer sees a context only through what it publishes: its events (relayed), its
   * queries (snapshots) and, for matches, its command port ({@code match_command} arrives on the
   * socket and must reach the context without the socket knowing its boundary).
   */
  @ArchTest
  static final ArchRule theDeliveryLayerUsesOnlyTheContextsPublishedEvents =
      classes()
          .that()
          .resideInAPackage("com.sportshub.ws..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "com.sportshub.ws..",
              "com.sportshub.odds.events..",
              "com.sportshub.racing.events..",
              "com.sportshub.matches.events..",
              "com.sportshub.odds.query..",
              "com.sportshub.racing.query..",
              "com.sportshub.matches.query..",
              "com.sportshub.matches.commands..",
              "java..",
              "javax.management..", // the operators' JMX face of a node
              "jakarta..",
              "org.eclipse.microprofile..",
              "org.redisson..",
              "com.nimbusds.."); // JOSE for the socket's token check, as Payara's MP-JWT

  @ArchTest
  static final ArchRule theWebCallsOnlyBoundaries =
      noClasses()
          .that()
          .resideInAPackage("com.sportshub.web..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.sportshub.odds.control..",
              "com.sportshub.racing.control..",
              "com.sportshub.matches.control..",
              "com.sportshub.ws.broker..",
              "com.sportshub.ws.hub..",
              "com.sportshub.ws.endpoint..",
              "com.sportshub.ws.relay..");

  @ArchTest
  static final ArchRule onlyBoundariesFireEvents =
      noClasses()
          .that()
          .resideOutsideOfPackage("..boundary..")
          .should()
          .callMethod(Event.class, "fire", Object.class);

  @ArchTest
  static final ArchRule namesSayResponsibility =
      noClasses()
          .should()
          .haveSimpleNameEndingWith("Impl")
          .orShould()
          .haveSimpleNameEndingWith("Manager")
          .orShould()
          .haveSimpleNameStartingWith("Default");
}
