package studio.serverless.model.catalog;

import static studio.serverless.model.catalog.PropertySpec.choice;
import static studio.serverless.model.catalog.PropertySpec.json;

import java.util.List;

/** The catalogue entry of a Step Functions state machine. */
final class StepFunctionsSpec {

    private StepFunctionsSpec() {
    }

    static ServiceSpec create() {
        return new ServiceSpec(ServiceKind.STEP_FUNCTIONS,
                "A workflow written in the Amazon States Language: steps, choices, retries, waits and parallel"
                        + " branches, with each execution's history kept.",
                "Started by StartExecution (from a function, an API route or an EventBridge rule); its Task states"
                        + " call functions and AWS services.",
                "Standard workflows: per state transition. Express workflows: per request and per GB-second.",
                List.of(
                        choice("type", "Workflow type", "STANDARD", List.of("STANDARD", "EXPRESS"),
                                "Standard: up to a year, exactly-once, full history. Express: up to 5 minutes,"
                                        + " high volume, cheaper."),
                        json("definition", "Definition",
                                "The state machine in the Amazon States Language (JSON). Left empty, it is"
                                        + " generated from the connections.")),
                NamingRule.of(1, 80, "[^\\s<>{}\\[\\]?*\"#%\\\\^|~`$&,;:/\\p{Cntrl}]+",
                        "characters other than white space, brackets, wildcards and \" # % \\ ^ | ~ ` $ & , ; : /"),
                "workflow");
    }
}
