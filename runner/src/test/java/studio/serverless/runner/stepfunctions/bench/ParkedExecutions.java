package studio.serverless.runner.stepfunctions.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import studio.serverless.runner.stepfunctions.engine.Execution;
import studio.serverless.runner.stepfunctions.engine.HistoryEventType;
import studio.serverless.runner.stepfunctions.engine.StatesEngine;
import studio.serverless.runner.stepfunctions.language.DefinitionParser;
import studio.serverless.runner.stepfunctions.language.StateMachine;

/** Parks executions in a day-long Wait state and measures what that costs: time, threads and heap. */
final class ParkedExecutions {

    private static final int EXECUTIONS = 10_000;
    private static final String ARN = "arn:aws:states:us-east-1:123456789012:stateMachine:Park";
    private static final StateMachine WAIT_A_DAY = DefinitionParser.parse("{\"StartAt\":\"Park\",\"States\":{"
            + "\"Park\":{\"Type\":\"Wait\",\"Seconds\":86400,\"End\":true}}}");

    private ParkedExecutions() {
    }

    /** What parking cost. */
    record Figures(int parked, long millis, int threadsAdded, long heapBytes) {

        String describe() {
            return String.format(Locale.ROOT, "%,d executions parked in Wait in %d ms: %d threads added, "
                    + "%.1f MB of heap (%.1f KB each)", parked, millis, threadsAdded, heapBytes / 1e6,
                    heapBytes / 1e3 / parked);
        }

        String cells() {
            return String.format(Locale.ROOT, "%,d | %d | %d | %.1f", parked, millis, threadsAdded,
                    heapBytes / 1e3 / parked);
        }
    }

    /** Starts {@value #EXECUTIONS} executions that wait a day and returns once every one has entered its Wait state. */
    static Figures park(StatesEngine engine) throws InterruptedException {
        int threadsBefore = Thread.activeCount();
        long heapBefore = usedHeap();
        int runningBefore = engine.runningCount();
        long start = System.nanoTime();
        List<Execution> executions = new ArrayList<>();
        for (int i = 0; i < EXECUTIONS; i++) {
            executions.add(engine.start(WAIT_A_DAY, ARN, "park-" + i, JsonNodeFactory.instance.objectNode()));
        }
        executions.forEach(ParkedExecutions::awaitWaiting);
        long millis = (System.nanoTime() - start) / 1_000_000;
        int parked = engine.runningCount() - runningBefore;
        return new Figures(parked, millis, Thread.activeCount() - threadsBefore, usedHeap() - heapBefore);
    }

    private static void awaitWaiting(Execution execution) {
        while (execution.history().stream().noneMatch(event -> event.type() == HistoryEventType.WaitStateEntered)) {
            Thread.onSpinWait();
        }
    }

    private static long usedHeap() throws InterruptedException {
        System.gc();
        Thread.sleep(200);
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
