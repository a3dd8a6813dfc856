package studio.serverless.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import studio.serverless.canvas.archfixture.CanvasUsingRunner;
import studio.serverless.codegen.archfixture.CodegenUsingJavaFx;
import studio.serverless.model.archfixture.ModelUsingCanvas;
import studio.serverless.model.archfixture.ModelUsingJavaFx;
import studio.serverless.runner.archfixture.RunnerUsingApp;

/** Each architecture rule fails on a (test-only) class that breaks it, so a passing ArchitectureTest means something. */
class ArchitectureRulesCatchViolationsTest {

    static Stream<Arguments> violations() {
        return Stream.of(
                Arguments.of(ArchitectureTest.MODEL_IS_PURE, ModelUsingJavaFx.class),
                Arguments.of(ArchitectureTest.MODEL_IS_PURE, ModelUsingCanvas.class),
                Arguments.of(ArchitectureTest.CODEGEN_AND_RUNNER_HAVE_NO_JAVAFX, CodegenUsingJavaFx.class),
                Arguments.of(ArchitectureTest.CANVAS_CODEGEN_RUNNER_ARE_INDEPENDENT, CanvasUsingRunner.class),
                Arguments.of(ArchitectureTest.NOTHING_DEPENDS_ON_APP, RunnerUsingApp.class),
                Arguments.of(ArchitectureTest.COMMAND_LINE_RUNS_WITHOUT_JAVAFX, EntryPointUsingJavaFx.class));
    }

    @ParameterizedTest(name = "{0} catches {1}")
    @MethodSource("violations")
    void ruleFailsOnAClassThatBreaksIt(ArchRule rule, Class<?> violator) {
        var classes = new ClassFileImporter().importClasses(violator);

        assertTrue(rule.evaluate(classes).hasViolation());
    }

    /** An entry-point class that reaches JavaFX directly, as the command line must not. */
    static final class EntryPointUsingJavaFx {
        javafx.scene.paint.Color colour;
    }
}
