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
 * The name of a queue or topic ends in {@code .fifo} exactly when it is FIFO: AWS requires the suffix on FIFO
 * queues and topics and does not allow a dot in the names of standard ones.
 */
public final class FifoNameRule implements ValidationRule {

    private static final String SUFFIX = ".fifo";

    private final ServiceKind kind;

    /** The rule for SQS queues or SNS topics. */
    public FifoNameRule(ServiceKind kind) {
        if (kind != ServiceKind.SQS_QUEUE && kind != ServiceKind.SNS_TOPIC) {
            throw new IllegalArgumentException("only queues and topics can be FIFO: " + kind);
        }
        this.kind = kind;
    }

    @Override
    public String id() {
        return kind == ServiceKind.SQS_QUEUE ? "sqs-fifo-name" : "sns-fifo-name";
    }

    @Override
    public String description() {
        return "The name of a FIFO " + kind.displayName() + " ends in .fifo, and only a FIFO one's does.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Service service : context.services(kind)) {
            boolean fifo = service.properties().bool("fifo");
            if (fifo && !service.name().endsWith(SUFFIX)) {
                diagnostics.add(new Diagnostic(id(), Severity.ERROR, List.of(service.id()),
                        RuleText.named(service) + " is FIFO but its name does not end in .fifo. AWS requires the"
                                + " name of every FIFO " + kind.displayName() + " to end in .fifo, so creating it"
                                + " would fail.",
                        "Rename it to " + service.name() + SUFFIX + ", or turn FIFO off."));
            } else if (!fifo && service.name().endsWith(SUFFIX)) {
                diagnostics.add(new Diagnostic(id(), Severity.ERROR, List.of(service.id()),
                        RuleText.named(service) + " is standard but its name ends in .fifo. Only FIFO ones may"
                                + " end in .fifo (a standard name may not contain a dot), so creating it would"
                                + " fail.",
                        "Turn FIFO on, or rename it to " + withoutSuffix(service.name()) + "."));
            }
        }
        return diagnostics;
    }

    private static String withoutSuffix(String name) {
        return name.substring(0, name.length() - SUFFIX.length());
    }
}
