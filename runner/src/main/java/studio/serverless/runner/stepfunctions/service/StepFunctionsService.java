package studio.serverless.runner.stepfunctions.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import studio.serverless.runner.stepfunctions.engine.Execution;
import studio.serverless.runner.stepfunctions.engine.StatesEngine;
import studio.serverless.runner.stepfunctions.language.DefinitionParser;
import studio.serverless.runner.stepfunctions.language.InvalidDefinitionException;
import studio.serverless.runner.stepfunctions.language.StateMachine;

/** State machines and their executions, as the Step Functions API manages them. Thread-safe. */
public final class StepFunctionsService {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern NAME = Pattern.compile("[^\\s<>{}\\[\\]?*\"#%\\\\^|~`$&,;:/\\p{Cntrl}]{1,80}");

    private final StatesEngine engine;
    private final String arnPrefix;
    private final Map<String, StateMachineEntry> machines = new ConcurrentHashMap<>();
    private final Map<String, Execution> executions = new ConcurrentHashMap<>();

    /** A service running executions on {@code engine}, naming ARNs in {@code region} and {@code account}. */
    public StepFunctionsService(StatesEngine engine, String region, String account) {
        this.engine = engine;
        this.arnPrefix = "arn:aws:states:" + region + ":" + account + ":stateMachine:";
    }

    /** Creates a state machine, or returns the existing one when name and definition are the same. */
    public synchronized StateMachineEntry create(String name, String definition, String roleArn, String type) {
        checkName(name);
        StateMachine machine = parse(definition);
        String arn = arnPrefix + name;
        StateMachineEntry existing = machines.get(arn);
        if (existing != null) {
            if (existing.definition().equals(definition)) {
                return existing;
            }
            throw new StepFunctionsException(StepFunctionsError.STATE_MACHINE_ALREADY_EXISTS,
                    "State Machine Already Exists: '" + arn + "'");
        }
        StateMachineEntry entry = new StateMachineEntry(arn, name, definition, machine, roleArn,
                type == null ? "STANDARD" : type, engine.now());
        machines.put(arn, entry);
        return entry;
    }

    /** Replaces a state machine's definition and/or role; running executions keep the old definition. */
    public synchronized StateMachineEntry update(String arn, String definition, String roleArn) {
        StateMachineEntry entry = machine(arn);
        StateMachineEntry updated = entry.updated(definition == null ? entry.definition() : definition,
                definition == null ? entry.machine() : parse(definition), roleArn == null ? entry.roleArn() : roleArn);
        machines.put(arn, updated);
        return updated;
    }

    /** Deletes a state machine (a missing one is not an error, as on AWS). */
    public void delete(String arn) {
        checkArn(arn, ":stateMachine:");
        machines.remove(arn);
    }

    /** The state machine with this ARN. */
    public StateMachineEntry machine(String arn) {
        checkArn(arn, ":stateMachine:");
        StateMachineEntry entry = machines.get(arn);
        if (entry == null) {
            throw new StepFunctionsException(StepFunctionsError.STATE_MACHINE_DOES_NOT_EXIST,
                    "State Machine Does Not Exist: '" + arn + "'");
        }
        return entry;
    }

    /** The time on the engine's clock. */
    public java.time.Instant now() {
        return engine.now();
    }

    /** Every state machine, by name. */
    public List<StateMachineEntry> machines() {
        List<StateMachineEntry> all = new ArrayList<>(machines.values());
        all.sort((a, b) -> a.name().compareTo(b.name()));
        return all;
    }

    /** Starts an execution; a null name becomes a UUID, a null input {@code {}}. */
    public synchronized Execution start(String machineArn, String name, String input) {
        StateMachineEntry entry = machine(machineArn);
        String executionName = name == null ? UUID.randomUUID().toString() : name;
        checkName(executionName);
        String executionArn = machineArn.replace(":stateMachine:", ":execution:") + ":" + executionName;
        if (executions.containsKey(executionArn)) {
            throw new StepFunctionsException(StepFunctionsError.EXECUTION_ALREADY_EXISTS,
                    "Execution Already Exists: '" + executionArn + "'");
        }
        Execution execution = engine.start(entry.machine(), machineArn, executionName, input(input));
        executions.put(executionArn, execution);
        return execution;
    }

    /** The execution with this ARN. */
    public Execution execution(String arn) {
        checkArn(arn, ":execution:");
        Execution execution = executions.get(arn);
        if (execution == null) {
            throw new StepFunctionsException(StepFunctionsError.EXECUTION_DOES_NOT_EXIST,
                    "Execution Does Not Exist: '" + arn + "'");
        }
        return execution;
    }

    /** The executions of a state machine, newest first. */
    public List<Execution> executions(String machineArn) {
        machine(machineArn);
        List<Execution> all = new ArrayList<>(executions.values().stream()
                .filter(execution -> execution.stateMachineArn().equals(machineArn)).toList());
        all.sort((a, b) -> b.startDate().compareTo(a.startDate()));
        return all;
    }

    /** Stops a running execution (a finished one is left as it is). */
    public Execution stop(String arn, String error, String cause) {
        Execution execution = execution(arn);
        engine.stop(execution, error, cause);
        return execution;
    }

    private static StateMachine parse(String definition) {
        try {
            return DefinitionParser.parse(definition);
        } catch (InvalidDefinitionException invalid) {
            throw new StepFunctionsException(StepFunctionsError.INVALID_DEFINITION,
                    "Invalid State Machine Definition: " + invalid.getMessage());
        }
    }

    private static JsonNode input(String input) {
        try {
            return MAPPER.readTree(input == null ? "{}" : input);
        } catch (JsonProcessingException invalid) {
            throw new StepFunctionsException(StepFunctionsError.INVALID_EXECUTION_INPUT,
                    "Invalid execution input: " + invalid.getOriginalMessage());
        }
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new StepFunctionsException(StepFunctionsError.INVALID_NAME, "Invalid Name: '" + name
                    + "' (1 to 80 characters, no white space, brackets, wildcards or \" # % \\ ^ | ~ ` $ & , ; : /)");
        }
    }

    private static void checkArn(String arn, String kind) {
        if (arn == null || !arn.startsWith("arn:") || !arn.contains(kind)) {
            throw new StepFunctionsException(StepFunctionsError.INVALID_ARN, "Invalid Arn: '" + arn + "'");
        }
    }
}
