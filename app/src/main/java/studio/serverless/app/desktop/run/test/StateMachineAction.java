package studio.serverless.app.desktop.run.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.StartExecutionRequest;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionRequest;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.endpoint.CallerIdentity;

/**
 * Starts an execution of a state machine with a name (blank: one made up) and an input (JSON), and shows how it
 * ended: an Express workflow runs synchronously (StartSyncExecution); a Standard one is started and then watched
 * for up to {@link #LONGEST_WATCH} (a longer one is left running, and the panel says so).
 */
final class StateMachineAction implements EntryAction {

    /** How long the panel waits for a Standard execution to end before showing it as still running. */
    static final Duration LONGEST_WATCH = Duration.ofSeconds(30);
    private static final long POLL_NANOS = Duration.ofMillis(100).toNanos();

    private final String machine;
    private final boolean express;
    private final CloudClients clients;

    StateMachineAction(String machine, boolean express, CloudClients clients) {
        this.machine = machine;
        this.express = express;
        this.clients = clients;
    }

    @Override
    public EntryKind kind() {
        return EntryKind.STATE_MACHINE;
    }

    @Override
    public String name() {
        return machine;
    }

    private String arn() {
        return "arn:aws:states:" + LocalCloud.DEFAULT_REGION + ":" + CallerIdentity.ACCOUNT_ID + ":stateMachine:"
                + machine;
    }

    @Override
    public List<FormField> fields() {
        return List.of(FormField.of("executionName", "Execution name (blank: a new one)", FieldKind.LINE, ""),
                FormField.of("input", "Input (JSON)", FieldKind.JSON, "{}"));
    }

    @Override
    public ActionResult perform(FormValues values) {
        return express ? runSync(values) : startAndWatch(values);
    }

    private ActionResult runSync(FormValues values) {
        StartSyncExecutionRequest.Builder request = StartSyncExecutionRequest.builder().stateMachineArn(arn())
                .input(values.text("input"));
        values.optional("executionName").ifPresent(request::name);
        StartSyncExecutionResponse ended = clients.stepFunctions().startSyncExecution(request.build());
        return result(ended.executionArn(), ended.statusAsString(), ended.output(), ended.error(), ended.cause());
    }

    private ActionResult startAndWatch(FormValues values) {
        StartExecutionRequest.Builder request = StartExecutionRequest.builder().stateMachineArn(arn())
                .input(values.text("input"));
        values.optional("executionName").ifPresent(request::name);
        String execution = clients.stepFunctions().startExecution(request.build()).executionArn();
        long deadline = System.nanoTime() + LONGEST_WATCH.toNanos();
        DescribeExecutionResponse described = describe(execution);
        while (described.status() == ExecutionStatus.RUNNING && System.nanoTime() < deadline) {
            LockSupport.parkNanos(POLL_NANOS);
            described = describe(execution);
        }
        return result(execution, described.statusAsString(), described.output(), described.error(),
                described.cause());
    }

    private DescribeExecutionResponse describe(String execution) {
        return clients.stepFunctions().describeExecution(b -> b.executionArn(execution));
    }

    private static ActionResult result(String execution, String status, String output, String error, String cause) {
        List<ResultSection> sections = new ArrayList<>(List.of(new ResultSection("Execution", execution)));
        if (output != null) {
            sections.add(new ResultSection("Output", JsonDocuments.pretty(output)));
        }
        if (error != null || cause != null) {
            sections.add(new ResultSection("Error", (error == null ? "" : error) + (cause == null ? "" : ": " + cause)));
        }
        boolean failed = !"SUCCEEDED".equals(status) && !"RUNNING".equals(status);
        String headline = "RUNNING".equals(status) ? "Execution still RUNNING after " + LONGEST_WATCH.toSeconds()
                + " s (it goes on; see its history in the executions browser)" : "Execution " + status;
        return new ActionResult(failed, headline, sections);
    }
}
