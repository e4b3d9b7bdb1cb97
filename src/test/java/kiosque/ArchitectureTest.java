package kiosque;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The package layout of docs/architecture.md ("Package dependencies"), checked on the compiled
 * production classes: no package cycle, the layers, and the nevers of DESIGN.md.
 */
@AnalyzeClasses(packages = "kiosque", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** Each package is its own slice: {@code kiosque.newsroom.editor} apart from {@code kiosque.newsroom}, the root too. */
  private static final SliceAssignment EACH_PACKAGE = new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      String name = javaClass.getPackageName();
      return name.equals("kiosque") || name.startsWith("kiosque.") ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
    }

    @Override
    public String getDescription() {
      return "each kiosque package";
    }
  };

  @ArchTest
  static final ArchRule noCycleBetweenPackages = slices().assignedFrom(EACH_PACKAGE).should().beFreeOfCycles();

  @ArchTest
  static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
      .ensureAllClassesAreContainedInArchitecture()
      .layer("Entry").definedBy("kiosque", "kiosque.cli..", "kiosque.evaluation..")
      .layer("Features").definedBy("kiosque.site..", "kiosque.search..", "kiosque.related..", "kiosque.feeds..",
          "kiosque.newsroom..", "kiosque.imports..", "kiosque.cache..", "kiosque.cdn..", "kiosque.metrics..", "kiosque.health..",
          "kiosque.frontpage..", "kiosque.popular..")
      .layer("Web").definedBy("kiosque.web..")
      .layer("Domain").definedBy("kiosque.content..", "kiosque.changes..")
      .layer("Base").definedBy("kiosque.config..", "kiosque.db..", "kiosque.errors..", "kiosque.background..",
          "kiosque.cluster..")
      .whereLayer("Entry").mayNotBeAccessedByAnyLayer()
      .whereLayer("Features").mayOnlyBeAccessedByLayers("Entry")
      .whereLayer("Web").mayOnlyBeAccessedByLayers("Entry", "Features")
      .whereLayer("Domain").mayOnlyBeAccessedByLayers("Entry", "Features", "Web")
      .whereLayer("Base").mayOnlyBeAccessedByLayers("Entry", "Features", "Web", "Domain");

  /** The records templates take ({@code ArticlePage}, {@code SearchPage} ...) and the types nested in them. */
  private static final DescribedPredicate<JavaClass> PAGE_RECORDS = DescribedPredicate.describe(
      "page records (top-level classes named *Page, and the types nested in them)",
      c -> isPage(c) || c.getEnclosingClass().map(ArchitectureTest::isPage).orElse(false));

  private static boolean isPage(JavaClass c) {
    return c.isTopLevelClass() && c.getSimpleName().endsWith("Page");
  }

  @ArchTest
  static final ArchRule pagesNeverReachStores = noClasses().that(PAGE_RECORDS)
      .should().dependOnClassesThat().haveSimpleNameEndingWith("Store")
      .because("a page record is built before rendering; templates never read the database");

  @ArchTest
  static final ArchRule contentKnowsNothingOfTheWeb = noClasses().that().resideInAPackage("kiosque.content..")
      .should().dependOnClassesThat().resideInAPackage("kiosque.web..");

  @ArchTest
  static final ArchRule servicesAndStoresKnowNoHttp = noClasses()
      .that().haveSimpleNameEndingWith("Service").or().haveSimpleNameEndingWith("Store")
      .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..")
      .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Routes")
      .because("HTTP stays in *Routes; services refuse with kiosque.errors, mapped to pages by web.ErrorPages");

  @ArchTest
  static final ArchRule refusalsLiveInErrors = noClasses().that().resideOutsideOfPackage("kiosque.web..")
      .should().dependOnClassesThat(DescribedPredicate.describe("exceptions of kiosque.web",
          c -> c.getPackageName().equals("kiosque.web") && c.getSimpleName().endsWith("Exception")))
      .because("refusals (NotFoundException, GoneException ...) live in kiosque.errors");

  @ArchTest
  static final ArchRule lowerLayersKnowNoHttp = noClasses().that().resideInAnyPackage("kiosque.content..",
          "kiosque.changes..", "kiosque.config..", "kiosque.db..", "kiosque.errors..", "kiosque.background..",
          "kiosque.cluster..")
      .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..");
}
