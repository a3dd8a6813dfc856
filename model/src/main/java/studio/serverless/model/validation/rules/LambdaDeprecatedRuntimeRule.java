package studio.serverless.model.validation.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.ValidationContext;
import studio.serverless.model.validation.ValidationRule;

/**
 * A function whose runtime AWS has deprecated, or has announced it will deprecate, is warned about. The dates come
 * from AWS's Lambda runtimes page; add a line to {@link #DEPRECATIONS} when AWS announces another one.
 */
public final class LambdaDeprecatedRuntimeRule implements ValidationRule {

    /**
     * A runtime's deprecation date and the runtimes to move to.
     *
     * @param date       the day AWS deprecates the runtime
     * @param successors the supported runtimes of the same language to suggest
     */
    record Deprecation(LocalDate date, List<String> successors) {
    }

    /** The runtimes of the catalogue that AWS deprecates, by runtime id. */
    static final Map<String, Deprecation> DEPRECATIONS = Map.of(
            "nodejs20.x", new Deprecation(LocalDate.of(2026, 4, 30), List.of("nodejs22.x", "nodejs24.x")));

    private final LocalDate today;

    /** The rule as of today. */
    public LambdaDeprecatedRuntimeRule() {
        this(LocalDate.now());
    }

    /** The rule as of a given day, which decides whether a deprecation is past or coming. */
    public LambdaDeprecatedRuntimeRule(LocalDate today) {
        this.today = today;
    }

    @Override
    public String id() {
        return "lambda-deprecated-runtime";
    }

    @Override
    public String description() {
        return "No function uses a runtime AWS has deprecated or will deprecate.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Service function : context.services(ServiceKind.LAMBDA_FUNCTION)) {
            String runtime = function.properties().text("runtime");
            Deprecation deprecation = DEPRECATIONS.get(runtime);
            if (deprecation != null) {
                String when = today.isBefore(deprecation.date()) ? " will be deprecated by AWS on "
                        : " was deprecated by AWS on ";
                diagnostics.add(new Diagnostic(id(), Severity.WARNING, List.of(function.id()),
                        RuleText.named(function) + " uses " + runtime + ", which" + when + deprecation.date()
                                + ". A deprecated runtime gets no more security patches, and AWS later blocks"
                                + " creating and then updating functions that use it.",
                        "Move the function to " + String.join(" or ", deprecation.successors()) + "."));
            }
        }
        return diagnostics;
    }
}
