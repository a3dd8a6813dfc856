package studio.serverless.app.diagnostics;

import java.util.ArrayList;
import java.util.List;
import studio.serverless.model.catalog.ServiceCatalog;
import studio.serverless.model.validation.ValidationRule;
import studio.serverless.model.validation.Validator;
import studio.serverless.model.validation.rules.StandardRules;

/**
 * The validator the window and the command line use: the model's standard rules, and the rules that need the
 * runner's knowledge (a state machine definition checked by the engine that runs it).
 */
public final class StudioValidator {

    private StudioValidator() {
    }

    /** Every standard rule, then the runner's. */
    public static Validator create() {
        List<ValidationRule> rules = new ArrayList<>(StandardRules.all());
        rules.add(new StateMachineDefinitionRule());
        return new Validator(ServiceCatalog.standard(), rules);
    }
}
