package studio.serverless.runner.stepfunctions.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import studio.serverless.runner.stepfunctions.engine.Execution;
import studio.serverless.runner.stepfunctions.engine.ExecutionStatus;
import studio.serverless.runner.stepfunctions.engine.ExecutorScheduler;
import studio.serverless.runner.stepfunctions.engine.StatesEngine;
import studio.serverless.runner.stepfunctions.language.DefinitionParser;
import studio.serverless.runner.stepfunctions.language.StateMachine;

/**
 * Times the States Language engine as the local cloud runs it (two scheduler threads, the system clock): state
 * transitions per second through a chain of Pass states, one execution at a time and many at once, and the
 * cost of executions parked in Wait states. Prints the figures as a row of the table in docs/benchmarks.md.
 */
public final class TransitionBenchmark {

    private static final String ARN = "arn:aws:states:us-east-1:123456789012:stateMachine:Chain";
    private static final int CHAIN = 1_000;
    private static final int CONCURRENT = 50;
    private static final int ROUNDS = 7;
    private static final int WARM_UP_ROUNDS = 5;

    private TransitionBenchmark() {
    }

    /** Runs the benchmark and prints the Markdown row (the only line of the output starting with "|"). */
    public static void main(String[] args) throws Exception {
        StateMachine chain = DefinitionParser.parse(PassChain.definition(CHAIN));
        try (ExecutorScheduler scheduler = new ExecutorScheduler(2, Clock.systemUTC())) {
            StatesEngine engine = new StatesEngine(scheduler, request -> CompletableFuture.failedFuture(
                    new IllegalStateException("the benchmark has no tasks")));
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                transitionsPerSecond(engine, chain, CONCURRENT, "warm-" + round);
            }
            double single = median(engine, chain, 1, "single");
            double concurrent = median(engine, chain, CONCURRENT, "concurrent");
            StateMachine jsonataChain = DefinitionParser.parse(PassChain.jsonataDefinition(CHAIN));
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                transitionsPerSecond(engine, jsonataChain, 1, "jsonata-warm-" + round);
            }
            double jsonata = median(engine, jsonataChain, 1, "jsonata");
            ParkedExecutions.Figures parked = ParkedExecutions.park(engine);
            System.out.printf(Locale.ROOT, "Chain of %d Pass states: %.0f transitions/s one execution at a time, "
                    + "%.0f with %d at once; %.0f in JSONata, one at a time%n", CHAIN, single, concurrent, CONCURRENT,
                    jsonata);
            System.out.println(parked.describe());
            System.out.println(row(single, concurrent, parked, jsonata));
        }
    }

    private static double median(StatesEngine engine, StateMachine chain, int executions, String name)
            throws Exception {
        double[] rates = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            rates[round] = transitionsPerSecond(engine, chain, executions, name + "-" + round);
        }
        Arrays.sort(rates);
        return rates[ROUNDS / 2];
    }

    private static double transitionsPerSecond(StatesEngine engine, StateMachine chain, int count, String name)
            throws Exception {
        ObjectNode input = JsonNodeFactory.instance.objectNode().put("order", 42);
        long start = System.nanoTime();
        List<Execution> executions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            executions.add(engine.start(chain, ARN, name + "-" + i, input));
        }
        for (Execution execution : executions) {
            if (execution.completion().get().status() != ExecutionStatus.SUCCEEDED) {
                throw new IllegalStateException(execution.executionArn() + " ended " + execution.status());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return (double) count * CHAIN / seconds;
    }

    private static String row(double single, double concurrent, ParkedExecutions.Figures parked, double jsonata) {
        return String.format(Locale.ROOT, "| %s | %s | %s | %,d | %,.0f | %,.0f (%d at once) | %s | %,.0f |",
                LocalDate.now(), BenchMachine.describe(), System.getProperty("java.version"), CHAIN, single,
                concurrent, CONCURRENT, parked.cells(), jsonata);
    }
}
