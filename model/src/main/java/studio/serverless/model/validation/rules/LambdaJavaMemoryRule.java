package studio.serverless.model.validation.rules;

import java.util.ArrayList;
import java.util.List;

import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.ValidationContext;
import studio.serverless.model.validation.ValidationRule;

/**
 * A Java function with less than {@value #SUGGESTED_MEGABYTES} MB is noted: a JVM with the AWS SDK on its class path
 * uses more than the 128 MB default before the handler does anything (129 MB measured for a DynamoDB handler), and
 * Lambda gives a function CPU in proportion to its memory, so a small Java function also starts slowly.
 */
public final class LambdaJavaMemoryRule implements ValidationRule {

    /** The memory size below which a Java function is noted. */
    static final int SUGGESTED_MEGABYTES = 512;

    @Override
    public String id() {
        return "lambda-java-memory";
    }

    @Override
    public String description() {
        return "Java functions have memory enough for a JVM and the AWS SDK.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Service function : context.services(ServiceKind.LAMBDA_FUNCTION)) {
            int memory = ElementProperties.integer(context, function, "memorySize");
            if (ElementProperties.text(context, function, "runtime").startsWith("java")
                    && memory < SUGGESTED_MEGABYTES) {
                diagnostics.add(new Diagnostic(id(), Severity.WARNING, List.of(function.id()),
                        RuleText.named(function) + " runs Java with " + memory + " MB. A JVM with the AWS SDK uses"
                                + " more than 128 MB before the handler starts, so the function can run out of"
                                + " memory; and Lambda gives CPU in proportion to memory, so its cold starts are"
                                + " slow too.",
                        "Give the function at least " + SUGGESTED_MEGABYTES + " MB (Memory in the inspector)."));
            }
        }
        return diagnostics;
    }
}
