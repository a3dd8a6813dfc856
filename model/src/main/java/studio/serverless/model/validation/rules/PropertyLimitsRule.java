package studio.serverless.model.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import studio.serverless.model.catalog.PropertySpec;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ElementId;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.ValidationContext;
import studio.serverless.model.validation.ValidationRule;

/**
 * Every property of every service and connection has a value of its catalogue type within the limits AWS
 * documents, and no required property is missing. Properties the catalogue does not know are the loader's
 * business, and connections the catalogue does not allow are {@link IllegalConnectionRule}'s.
 */
public final class PropertyLimitsRule implements ValidationRule {

    @Override
    public String id() {
        return "property-limits";
    }

    @Override
    public String description() {
        return "Every property value has the catalogue's type and keeps AWS's limits; required ones are set.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Service service : context.diagram().services()) {
            List<PropertySpec> specs = context.catalog().service(service.kind()).properties();
            checkValues(service.id(), RuleText.named(service), specs, service.properties(), diagnostics);
        }
        for (Connection connection : context.diagram().connections()) {
            context.spec(connection).ifPresent(spec -> checkValues(connection.id(),
                    "The " + connection.type().displayName() + " connection " + connection.id(),
                    spec.properties(), connection.properties(), diagnostics));
        }
        return diagnostics;
    }

    private void checkValues(ElementId element, String owner, List<PropertySpec> specs, PropertyValues values,
                             List<Diagnostic> diagnostics) {
        for (PropertySpec spec : specs) {
            problem(owner, spec, values.get(spec.name()).orElse(null)).ifPresent(message ->
                    diagnostics.add(new Diagnostic(id(), Severity.ERROR, List.of(element), message,
                            fix(spec))));
        }
    }

    private static Optional<String> problem(String owner, PropertySpec spec, Object value) {
        String subject = owner + ": ";
        if (value == null && !spec.optional()) {
            return Optional.of(subject + spec.label() + " is required but not set; without it AWS cannot create"
                    + " the resource, and the generated template would be incomplete.");
        }
        if (!spec.fitsType(value)) {
            return Optional.of(subject + spec.label() + " must be " + spec.type().expectedJavaShape()
                    + ", but it is '" + value + "'.");
        }
        return spec.limitViolation(value).map(violation -> subject + violation
                + " AWS would refuse the value when deploying.");
    }

    private static String fix(PropertySpec spec) {
        return "Set " + spec.label() + " to a value AWS accepts: " + spec.help();
    }
}
