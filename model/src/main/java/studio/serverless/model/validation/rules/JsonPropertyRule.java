package studio.serverless.model.validation.rules;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;

import studio.serverless.model.catalog.PropertySpec;
import studio.serverless.model.catalog.PropertyType;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ElementId;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.ValidationContext;
import studio.serverless.model.validation.ValidationRule;

/**
 * Every JSON property that is set (a state machine definition, a filter policy, an event pattern, a target's
 * constant input) holds valid JSON; the message names the property and where the parser stopped.
 */
public final class JsonPropertyRule implements ValidationRule {

    @Override
    public String id() {
        return "json-property";
    }

    @Override
    public String description() {
        return "Every JSON property that is set holds valid JSON.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Service service : context.diagram().services()) {
            checkJson(service.id(), RuleText.named(service),
                    context.catalog().service(service.kind()).properties(), service.properties(), diagnostics);
        }
        for (Connection connection : context.diagram().connections()) {
            context.spec(connection).ifPresent(spec -> checkJson(connection.id(),
                    "The " + connection.type().displayName() + " connection " + connection.id(),
                    spec.properties(), connection.properties(), diagnostics));
        }
        return diagnostics;
    }

    private void checkJson(ElementId element, String owner, List<PropertySpec> specs, PropertyValues values,
                           List<Diagnostic> diagnostics) {
        for (PropertySpec spec : specs) {
            String text = values.text(spec.name());
            if (spec.type() != PropertyType.JSON || text.isBlank()) {
                continue;
            }
            try {
                JsonText.parse(text);
            } catch (JsonProcessingException invalid) {
                diagnostics.add(new Diagnostic(id(), Severity.ERROR, List.of(element),
                        owner + ": " + spec.label() + " is not valid JSON (" + JsonText.describe(invalid)
                                + "). AWS refuses a resource whose " + spec.label() + " cannot be parsed.",
                        "Correct the JSON at that line and column, or clear " + spec.label() + "."));
            }
        }
    }
}
