package studio.serverless.runner.stepfunctions.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import studio.serverless.runner.stepfunctions.engine.Execution;
import studio.serverless.runner.stepfunctions.engine.ExecutionType;
import studio.serverless.runner.stepfunctions.engine.StatesEngine;

/** State machines and their executions, as the Step Functions API manages them. Thread-safe. */
public final class StepFunctionsService {

    private static final Comparator<Execution> NEWEST_FIRST = Comparator.comparing(Execution::startDate)
            .reversed().thenComparing(Execution::executionArn);

    /** How long an EXPRESS execution may run on AWS. */

    private final StatesEngine engine;
    private final String arnPrefix;
    private final MachineJournal journal;
    private final Map<String, StateMachineEntry> machines = new ConcurrentHashMap<>();
    private final Map<String, Execution> executions = new ConcurrentHashMap<>();
    private final Map<String, StateMachineEntry> ranWith = new ConcurrentHashMap<>();
    private final TaskCallbacks callbacks;

    /** A service running executions on {@code engine}, naming ARNs in {@code region} and {@code account}. */
    public StepFunctionsService(StatesEngine engine, String region, String account) {
        this(engine, region, account, MachineJournal.NONE);
    }

    /** A service that also writes state machine changes to {@code journal}. */
    public StepFunctionsService(StatesEngine engine, String region, String account, MachineJournal journal) {
        this.engine = engine;
        this.arnPrefix = "arn:aws:states:" + region + ":" + account + ":stateMachine:";
        this.journal = journal;
        this.callbacks = new TaskCallbacks(engine, executions::containsKey);
    }

    /** Creates a state machine, or returns the existing one when name and definition are the same. */
    public synchronized StateMachineEntry create(String name, String definition, String roleArn, String type) {
        RequestChecks.checkName(name);
        var machine = RequestChecks.parse(definition);
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
                type == null ? "STANDARD" : type, engine.now(), engine.now());
        journal.machineSaved(entry);
        machines.put(arn, entry);
        return entry;
    }

    /** Replaces a state machine's definition and/or role; running executions keep the old definition. */
    public synchronized StateMachineEntry update(String arn, String definition, String roleArn) {
        StateMachineEntry entry = machine(arn);
        StateMachineEntry updated = entry.updated(definition == null ? entry.definition() : definition,
                definition == null ? entry.machine() : RequestChecks.parse(definition),
                roleArn == null ? entry.roleArn() : roleArn, engine.now());
        journal.machineSaved(updated);
        machines.put(arn, updated);
        return updated;
    }

    /** Deletes a state machine (a missing one is not an error, as on AWS); its executions stay readable. */
    public synchronized void delete(String arn) {
        RequestChecks.checkArn(arn, ":stateMachine:");
        journal.machineDeleted(arn);
        machines.remove(arn);
    }

    /** The state machine with this ARN. */
    public StateMachineEntry machine(String arn) {
        RequestChecks.checkArn(arn, ":stateMachine:");
        StateMachineEntry entry = machines.get(arn);
        if (entry == null) {
            throw new StepFunctionsException(StepFunctionsError.STATE_MACHINE_DOES_NOT_EXIST,
                    "State Machine Does Not Exist: '" + arn + "'");
        }
        return entry;
    }

    /** The time on the engine's clock. */
    public Instant now() {
        return engine.now();
    }

    /** Every state machine, by name. */
    public List<StateMachineEntry> machines() {
        List<StateMachineEntry> all = new ArrayList<>(machines.values());
        all.sort(Comparator.comparing(StateMachineEntry::name));
        return all;
    }

    /** Starts an execution; a null name becomes a UUID, a null input {@code {}}. */
    public synchronized Execution start(String machineArn, String name, String input) {
        StateMachineEntry entry = machine(machineArn);
        String executionName = name == null ? UUID.randomUUID().toString() : name;
        RequestChecks.checkName(executionName);
        ExecutionType type = entry.executionType();
        String executionArn = type.executionArn(machineArn, executionName);
        if (executions.containsKey(executionArn)) {
            throw new StepFunctionsException(StepFunctionsError.EXECUTION_ALREADY_EXISTS,
                    "Execution Already Exists: '" + executionArn + "'");
        }
        var parsedInput = RequestChecks.input(input);
        ranWith.put(executionArn, entry);
        Execution execution = engine.start(entry.machine(), machineArn, executionName, parsedInput, type);
        executions.put(executionArn, execution);
        return execution;
    }

    /**
     * StartSyncExecution: starts an execution of an EXPRESS state machine; the returned execution's
     * {@link Execution#completion()} completes when it ends.
     */
    public Execution startSync(String machineArn, String name, String input) {
        if (!machine(machineArn).express()) {
            throw new StepFunctionsException(StepFunctionsError.STATE_MACHINE_TYPE_NOT_SUPPORTED,
                    "This operation is not supported by this type of state machine: StartSyncExecution runs only"
                            + " EXPRESS state machines, and '" + machineArn + "' is STANDARD");
        }
        return start(machineArn, name, input);
    }

    /** The execution with this ARN. */
    public Execution execution(String arn) {
        RequestChecks.checkExecutionArn(arn);
        Execution execution = executions.get(arn);
        if (execution == null) {
            throw new StepFunctionsException(StepFunctionsError.EXECUTION_DOES_NOT_EXIST,
                    "Execution Does Not Exist: '" + arn + "'");
        }
        return execution;
    }

    /** The state machine an execution ran: its definition at the execution's start. */
    public StateMachineEntry machineOf(String executionArn) {
        Execution execution = execution(executionArn);
        StateMachineEntry entry = ranWith.get(executionArn);
        return entry != null ? entry : machine(execution.stateMachineArn());
    }

    /** The executions of a state machine, newest first. */
    public List<Execution> executions(String machineArn) {
        machine(machineArn);
        return executions.values().stream().filter(execution -> execution.stateMachineArn().equals(machineArn))
                .sorted(NEWEST_FIRST).toList();
    }

    /** Stops a running execution (a finished one is left as it is). */
    public Execution stop(String arn, String error, String cause) {
        Execution execution = execution(arn);
        engine.stop(execution, error, cause);
        return execution;
    }

    /** SendTaskSuccess: {@code output} (JSON text) becomes the output of the task waiting on {@code token}. */
    public void sendTaskSuccess(String token, String output) {
        callbacks.success(token, output);
    }

    /** SendTaskFailure: the task waiting on {@code token} fails with {@code error} and {@code cause}. */
    public void sendTaskFailure(String token, String error, String cause) {
        callbacks.failure(token, error, cause);
    }

    /** SendTaskHeartbeat: the task waiting on {@code token} is alive. */
    public void sendTaskHeartbeat(String token) {
        callbacks.heartbeat(token);
    }

    /** Puts a stored state machine back at start (its definition passed validation when it was created). */
    public void restoreMachine(String arn, String name, String definition, String roleArn, String type,
                               Instant created, Instant updated) {
        machines.put(arn, new StateMachineEntry(arn, name, definition, RequestChecks.parse(definition), roleArn,
                type, created, updated));
    }

    /** Puts a stored execution back at start. */
    public void restoreExecution(Execution execution) {
        executions.put(execution.executionArn(), execution);
    }
}
