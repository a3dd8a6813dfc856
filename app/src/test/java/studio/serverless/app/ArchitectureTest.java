package studio.serverless.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the dependencies pointing one way: {@code app -> canvas, codegen, runner -> model} (see the house style).
 * Rules about modules that are still empty allow an empty match; the model rule does not, so it cannot pass
 * vacuously. {@code ArchitectureRulesCatchViolationsTest} shows each rule failing on a class that breaks it.
 */
@AnalyzeClasses(packages = "studio.serverless", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule MODEL_IS_PURE = noClasses().that().resideInAPackage("studio.serverless.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "studio.serverless.canvas..",
                    "studio.serverless.codegen..", "studio.serverless.runner..", "studio.serverless.app..")
            .as("the model depends on no JavaFX and on no other module");

    @ArchTest
    static final ArchRule CODEGEN_AND_RUNNER_HAVE_NO_JAVAFX = noClasses()
            .that().resideInAnyPackage("studio.serverless.codegen..", "studio.serverless.runner..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .as("codegen and runner depend on no JavaFX")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule CANVAS_CODEGEN_RUNNER_ARE_INDEPENDENT = slices()
            .matching("studio.serverless.(canvas|codegen|runner)..").should().notDependOnEachOther()
            .as("canvas, codegen and runner never depend on each other")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule NOTHING_DEPENDS_ON_APP = noClasses().that().resideOutsideOfPackage("studio.serverless.app..")
            .should().dependOnClassesThat().resideInAPackage("studio.serverless.app..")
            .as("nothing outside app depends on app");

    @ArchTest
    static final ArchRule COMMAND_LINE_RUNS_WITHOUT_JAVAFX = noClasses()
            .that().resideInAnyPackage("studio.serverless.app", "studio.serverless.app.cli..",
                    "studio.serverless.app.diagnostics..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .as("the entry point and the command line load no JavaFX (only app.desktop does)");
}
