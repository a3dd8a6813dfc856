package studio.serverless.model.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.serverless.model.validation.rules.DiagramFixture.assertFinding;

import java.util.List;

import org.junit.jupiter.api.Test;

import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;

class LambdaJavaMemoryRuleTest {

    private final DiagramFixture fixture = new DiagramFixture();

    @Test
    void aJavaFunctionWithTheDefaultMemoryIsWarnedWithTheSizeToSet() {
        ServiceId function = fixture.add(ServiceKind.LAMBDA_FUNCTION, "orders", "runtime", "java21");

        Diagnostic diagnostic = fixture.single(new LambdaJavaMemoryRule());

        assertFinding(diagnostic, "lambda-java-memory", Severity.WARNING, List.of(function), "runs Java with 128 MB");
        assertTrue(diagnostic.fix().contains("at least 512 MB"), diagnostic.fix());
    }

    @Test
    void aJavaFunctionWithEnoughMemoryIsFine() {
        fixture.add(ServiceKind.LAMBDA_FUNCTION, "orders", "runtime", "java17", "memorySize", 512);

        assertEquals(List.of(), fixture.check(new LambdaJavaMemoryRule()));
    }

    @Test
    void aPythonFunctionWithTheDefaultMemoryIsFine() {
        fixture.add(ServiceKind.LAMBDA_FUNCTION, "orders", "runtime", "python3.13");

        assertEquals(List.of(), fixture.check(new LambdaJavaMemoryRule()));
    }
}
