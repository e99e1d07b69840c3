package com.sportshub.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.enterprise.event.Event;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;

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

  /**
   * No two packages need each other: a cycle means neither can be read, tested or moved alone. Each
   * package is its own slice, so a sub-package counts as apart from its parent.
   */
  @ArchTest
  static final ArchRule packagesAreFreeOfCycles =
      slices().matching("com.sportshub.(**)").should().beFreeOfCycles();

  /** Entities are the bottom layer of a context: they know no rule and no facade. */
  @ArchTest
  static final ArchRule entitiesKnowNoControlOrBoundary =
      noClasses()
          .that()
          .resideInAnyPackage(inEachContext("entity"))
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(inEachContext("control", "boundary"));

  /** The rules sit under the facades: a boundary calls control, never the other way. */
  @ArchTest
  static final ArchRule controlKnowsNoBoundary =
      noClasses()
          .that()
          .resideInAnyPackage(inEachContext("control"))
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(inEachContext("boundary"));

  /**
   * What a context publishes (events, queries, commands) is read by others without its insides, so
   * it must not lean on its control or boundary either.
   */
  @ArchTest
  static final ArchRule publishedPackagesKnowNoControlOrBoundary =
      noClasses()
          .that()
          .resideInAnyPackage(inEachContext("events", "query", "commands"))
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(inEachContext("control", "boundary"));

  /**
   * The web reaches a context through its facades and what it publishes: boundary, query, events
   * and commands. Their refusals it maps as the kernel's {@code Refusal}, never by their own types.
   */
  @ArchTest
  static final ArchRule theWebReachesContextsOnlyThroughWhatTheyOffer =
      classes()
          .that()
          .resideInAPackage("com.sportshub.web..")
          .should()
          .onlyDependOnClassesThat(
              resideOutsideOfPackages(CONTEXTS)
                  .or(
                      resideInAnyPackage(
                          inEachContext("boundary", "query", "events", "commands"))));

  /**
   * The shared kernel is what the contexts stand on, so it stands on nothing of ours: not a
   * context, not the delivery layer, not the web.
   */
  @ArchTest
  static final ArchRule theKernelDependsOnNothingOfOurs =
      noClasses()
          .that()
          .resideInAPackage("com.sportshub.kernel..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.sportshub.odds..",
              "com.sportshub.racing..",
              "com.sportshub.matches..",
              "com.sportshub.ws..",
              "com.sportshub.web..");

  /**
   * Container internals are reached from one package, which names the versions it was written
   * against and every private field it touches: nowhere else may reflection open a private member.
   */
  @ArchTest
  static final ArchRule onlyTheTransportReachesPrivateMembers =
      noClasses()
          .that()
          .resideOutsideOfPackage("com.sportshub.ws.transport..")
          .should()
          .callMethod(AccessibleObject.class, "setAccessible", boolean.class)
          .orShould()
          .callMethod(Field.class, "setAccessible", boolean.class)
          .orShould()
          .callMethod(Method.class, "setAccessible", boolean.class)
          .orShould()
          .callMethod(Class.class, "getDeclaredField", String.class)
          .orShould()
          .callMethod(Class.class, "getDeclaredFields");

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

  private static String[] inEachContext(String... layers) {
    return Arrays.stream(CONTEXTS)
        .map(context -> context.replace("..", ""))
        .flatMap(context -> Arrays.stream(layers).map(layer -> context + "." + layer + ".."))
        .toArray(String[]::new);
  }

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
