package kz.muragat.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house's rules of structure, checked on the product's classes (tests excluded): data flows one
 * way (analysis ← core ← indexer, core ← search-server, all ← app), and no two packages import each
 * other in a loop.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("kz.muragat");
  }

  @Test
  void noPackageCycles() {
    slices().matching("kz.muragat.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void searchServerDoesNotReachIntoTheIndexer() {
    noClasses().that().resideInAnyPackage("kz.muragat.search..", "kz.muragat.server..")
        .should().dependOnClassesThat().resideInAnyPackage("kz.muragat.indexer..", "kz.muragat.scangen..", "kz.muragat.app..")
        .check(classes);
  }

  @Test
  void indexerDoesNotReachIntoTheServer() {
    noClasses().that().resideInAnyPackage("kz.muragat.indexer..")
        .should().dependOnClassesThat().resideInAnyPackage("kz.muragat.search..", "kz.muragat.server..", "kz.muragat.app..")
        .check(classes);
  }

  @Test
  void coreAndAnalysisDependOnNothingAbove() {
    noClasses().that().resideInAnyPackage("kz.muragat.core..", "kz.muragat.analysis..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "kz.muragat.indexer..", "kz.muragat.search..", "kz.muragat.server..", "kz.muragat.app..", "kz.muragat.scangen..", "kz.muragat.solr..")
        .check(classes);
    noClasses().that().resideInAnyPackage("kz.muragat.analysis..")
        .should().dependOnClassesThat().resideInAnyPackage("kz.muragat.core..")
        .check(classes);
  }
}
