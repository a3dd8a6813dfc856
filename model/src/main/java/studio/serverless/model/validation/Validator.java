package studio.serverless.model.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import studio.serverless.model.catalog.ServiceCatalog;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.validation.rules.StandardRules;

/**
 * Runs validation rules over a diagram and gathers their diagnostics, errors first. The designer runs it after
 * every edit, the command line on every file.
 */
public final class Validator {

    private final ServiceCatalog catalog;
    private final List<ValidationRule> rules;

    /** A validator running the given rules against a catalogue. */
    public Validator(ServiceCatalog catalog, List<ValidationRule> rules) {
        this.catalog = catalog;
        this.rules = List.copyOf(rules);
    }

    /** The validator with every standard rule and the standard catalogue. */
    public static Validator standard() {
        return new Validator(ServiceCatalog.standard(), StandardRules.all());
    }

    /** The rules this validator runs. */
    public List<ValidationRule> rules() {
        return rules;
    }

    /** Every diagnostic of every rule: errors first, then warnings, then notes; in rule order within each. */
    public List<Diagnostic> validate(Diagram diagram) {
        ValidationContext context = new ValidationContext(diagram, catalog);
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (ValidationRule rule : rules) {
            diagnostics.addAll(rule.check(context));
        }
        diagnostics.sort(Comparator.comparing(Diagnostic::severity));
        return List.copyOf(diagnostics);
    }
}
