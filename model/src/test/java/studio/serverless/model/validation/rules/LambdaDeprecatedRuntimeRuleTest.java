package studio.serverless.model.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.serverless.model.validation.rules.DiagramFixture.assertFinding;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;

class LambdaDeprecatedRuntimeRuleTest {

    private static final LocalDate AFTER = LocalDate.of(2026, 6, 1);
    private static final LocalDate BEFORE = LocalDate.of(2026, 1, 15);

    private final DiagramFixture fixture = new DiagramFixture();

    @ParameterizedTest
    @ValueSource(strings = {"python3.13", "nodejs22.x", "nodejs24.x", "java21"})
    void supportedRuntimeIsFine(String runtime) {
        fixture.add(ServiceKind.LAMBDA_FUNCTION, "worker", "runtime", runtime);

        assertEquals(List.of(), fixture.check(new LambdaDeprecatedRuntimeRule(AFTER)));
    }

    @Test
    void nodeTwentyAfterItsDeprecationIsWarnedWithSuccessors() {
        ServiceId function = fixture.add(ServiceKind.LAMBDA_FUNCTION, "worker", "runtime", "nodejs20.x");

        Diagnostic diagnostic = fixture.single(new LambdaDeprecatedRuntimeRule(AFTER));

        assertFinding(diagnostic, "lambda-deprecated-runtime", Severity.WARNING, List.of(function), "nodejs20.x",
                "was deprecated", "2026-04-30");
        assertTrue(diagnostic.fix().contains("nodejs22.x") && diagnostic.fix().contains("nodejs24.x"));
    }

    @Test
    void nodeTwentyBeforeItsDeprecationIsWarnedAhead() {
        ServiceId function = fixture.add(ServiceKind.LAMBDA_FUNCTION, "worker", "runtime", "nodejs20.x");

        assertFinding(fixture.single(new LambdaDeprecatedRuntimeRule(BEFORE)), "lambda-deprecated-runtime",
                Severity.WARNING, List.of(function), "will be deprecated", "2026-04-30");
    }
}
