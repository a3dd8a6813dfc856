package studio.serverless.app.testing;

import java.util.List;
import java.util.stream.Stream;

import studio.serverless.model.catalog.ServiceCatalog;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.ValidationContext;
import studio.serverless.model.validation.ValidationRule;
import studio.serverless.model.validation.Validator;

/**
 * Diagrams whose validation result is known in advance: a validator whose only rule flags every service named
 * after a severity ({@code error}, {@code warning}, {@code info}) with that severity.
 */
public final class FakeDiagrams {

    /** The id of the fake rule. */
    public static final String RULE_ID = "named-severity";

    private FakeDiagrams() {
    }

    /** A diagram of SQS queues with the given names. */
    public static Diagram withServices(String... names) {
        Diagram diagram = new Diagram();
        for (int i = 0; i < names.length; i++) {
            diagram.addService(Service.create(new ServiceId("sqs-" + i), ServiceKind.SQS_QUEUE, names[i],
                    Point.ORIGIN));
        }
        return diagram;
    }

    /** A validator running only the fake rule. */
    public static Validator validator() {
        return new Validator(ServiceCatalog.standard(), List.of(new NamedSeverityRule()));
    }

    private static final class NamedSeverityRule implements ValidationRule {

        @Override
        public String id() {
            return RULE_ID;
        }

        @Override
        public String description() {
            return "Flags services named after a severity.";
        }

        @Override
        public List<Diagnostic> check(ValidationContext context) {
            return context.diagram().services().stream().flatMap(service -> Stream.of(Severity.values())
                    .filter(severity -> severity.label().equals(service.name()))
                    .map(severity -> new Diagnostic(RULE_ID, severity, List.of(service.id()),
                            "Queue " + service.name() + " is flagged.", "Rename " + service.name() + ".")))
                    .toList();
        }
    }
}
