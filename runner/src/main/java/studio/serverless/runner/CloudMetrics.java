package studio.serverless.runner;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import studio.serverless.runner.activity.ResourceMetrics;
import studio.serverless.runner.activity.ResourceMetrics.FunctionMetrics;
import studio.serverless.runner.activity.ResourceMetrics.QueueMetrics;
import studio.serverless.runner.dynamodb.engine.TableList;
import studio.serverless.runner.lambda.engine.FunctionConfiguration;
import studio.serverless.runner.lambda.engine.FunctionStatistics;
import studio.serverless.runner.lambda.engine.LambdaEngine;
import studio.serverless.runner.sqs.engine.QueueCounts;
import studio.serverless.runner.stepfunctions.service.ExecutionActivity;
import studio.serverless.runner.stepfunctions.service.StepFunctionsService;

/**
 * Takes {@link ResourceMetrics} snapshots from the engines: counters they keep anyway and levels read from their
 * in-memory indexes, without touching storage, so a snapshot a second of a thousand resources is cheap. A resource
 * deleted while the snapshot is taken is left out.
 */
final class CloudMetrics {

    private final ServiceEngines engines;
    private final LambdaEngine lambda;
    private final StepFunctionsService stepFunctions;
    private final ExecutionActivity executions;
    private final Clock clock;

    CloudMetrics(ServiceEngines engines, LambdaEngine lambda, StepFunctionsService stepFunctions,
                 ExecutionActivity executions, Clock clock) {
        this.engines = engines;
        this.lambda = lambda;
        this.stepFunctions = stepFunctions;
        this.executions = executions;
        this.clock = clock;
    }

    ResourceMetrics snapshot() {
        Map<String, Long> running = new HashMap<>();
        stepFunctions.machines().forEach(machine -> running.put(machine.name(), executions.running(machine.name())));
        Map<String, Long> published = new HashMap<>();
        engines.sns().topics().forEach(topic -> published.put(topic.name(), topic.published()));
        return new ResourceMetrics(clock.instant(), functions(), queues(), tables(), buckets(), running, published);
    }

    private Map<String, FunctionMetrics> functions() {
        Map<String, FunctionMetrics> functions = new HashMap<>();
        for (String name : lambda.functionNames()) {
            FunctionStatistics statistics = lambda.statistics(name);
            int memory = lambda.function(name).map(FunctionConfiguration::memoryMegabytes).orElse(0);
            functions.put(name, new FunctionMetrics(statistics.invocations(), statistics.errors(),
                    statistics.throttles(), statistics.coldStarts(), statistics.durationMillis(), memory));
        }
        return functions;
    }

    private Map<String, QueueMetrics> queues() {
        Map<String, QueueMetrics> queues = new HashMap<>();
        for (String name : engines.sqs().queueNames(null)) {
            try {
                QueueCounts counts = engines.sqs().counts(name);
                queues.put(name, new QueueMetrics(counts.visible(), counts.notVisible(), counts.delayed()));
            } catch (RuntimeException deleted) {
                // deleted meanwhile
            }
        }
        return queues;
    }

    private Map<String, Long> tables() {
        Map<String, Long> tables = new HashMap<>();
        String after = null;
        do {
            TableList page = engines.dynamoDb().listTables(after, 100);
            for (String name : page.tableNames()) {
                readQuietly(() -> tables.put(name, engines.dynamoDb().describeTable(name).itemCount()));
            }
            after = page.lastEvaluatedTableName();
        } while (after != null);
        return tables;
    }

    private Map<String, Long> buckets() {
        Map<String, Long> buckets = new HashMap<>();
        engines.s3().buckets().forEach(bucket -> readQuietly(
                () -> buckets.put(bucket.name(), (long) engines.s3().objectCount(bucket.name()))));
        return buckets;
    }

    /** Reads one resource's level; one deleted meanwhile is left out. */
    private static void readQuietly(Runnable read) {
        try {
            read.run();
        } catch (RuntimeException deleted) {
            // deleted while the snapshot was taken
        }
    }
}
