package studio.serverless.app.run.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A run's usage as a month's quantities, one per price key, in the units the prices are for: traffic is
 * multiplied by the volume's factor; storage (GB-months of what the run left stored) and Kinesis stream-hours (a
 * whole month per stream) are not, as they do not grow with requests.
 */
final class MonthlyQuantities {

    private static final int SCALE = 9;
    private static final BigDecimal GIB = BigDecimal.valueOf(1024L * 1024 * 1024);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final Map<String, BigDecimal> quantities = new LinkedHashMap<>();
    private final BigDecimal factor;

    private MonthlyQuantities(BigDecimal factor) {
        this.factor = factor;
    }

    /** {@code usage} times {@code factor}, by price key, in price order (keys without use are left out). */
    static Map<String, BigDecimal> of(Usage usage, BigDecimal factor) {
        MonthlyQuantities month = new MonthlyQuantities(factor);
        month.functions(usage);
        month.scaled("apigateway.http.requests", BigDecimal.valueOf(usage.apis().httpRequests()));
        month.scaled("apigateway.rest.requests", BigDecimal.valueOf(usage.apis().restRequests()));
        month.scaled("dynamodb.reads", BigDecimal.valueOf(usage.dynamoDb().readUnits()));
        month.scaled("dynamodb.writes", BigDecimal.valueOf(usage.dynamoDb().writeUnits()));
        month.kept("dynamodb.storage", gigabytes(usage.dynamoDb().bytesStored()));
        month.scaled("sqs.standard.requests", BigDecimal.valueOf(usage.sqs().standardRequests()));
        month.scaled("sqs.fifo.requests", BigDecimal.valueOf(usage.sqs().fifoRequests()));
        month.topics(usage.sns());
        month.scaled("s3.requests.write", BigDecimal.valueOf(usage.s3().writeRequests()));
        month.scaled("s3.requests.read", BigDecimal.valueOf(usage.s3().readRequests()));
        month.kept("s3.storage", gigabytes(usage.s3().bytesStored()));
        month.stepFunctions(usage.stepFunctions());
        month.scaled("eventbridge.custom.events", BigDecimal.valueOf(usage.eventBridgeCustomEvents()));
        month.kinesis(usage.kinesis());
        return month.quantities;
    }

    private void functions(Usage usage) {
        scaled("lambda.requests", BigDecimal.valueOf(usage.functions().stream().mapToLong(Usage.Function::requests)
                .sum()));
        for (Usage.Architecture architecture : Usage.Architecture.values()) {
            BigDecimal gigabyteSeconds = usage.functions().stream()
                    .filter(function -> function.architecture() == architecture)
                    .map(function -> gigabyteSeconds(function.billedMilliseconds(), function.memoryMb()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            scaled(architecture == Usage.Architecture.X86_64 ? "lambda.compute.x86_64" : "lambda.compute.arm64",
                    gigabyteSeconds);
        }
    }

    private void topics(Usage.Topics sns) {
        scaled("sns.publishes", BigDecimal.valueOf(sns.publishes()));
        scaled("sns.deliveries.http", BigDecimal.valueOf(sns.httpDeliveries()));
        scaled("sns.deliveries.email", BigDecimal.valueOf(sns.emailDeliveries()));
        scaled("sns.deliveries.sqs", BigDecimal.valueOf(sns.sqsDeliveries()));
        scaled("sns.deliveries.lambda", BigDecimal.valueOf(sns.lambdaDeliveries()));
    }

    /** Express memory is billed in 64 MB steps. */
    private void stepFunctions(Usage.StepFunctions workflows) {
        scaled("stepfunctions.standard.transitions", BigDecimal.valueOf(workflows.standardTransitions()));
        scaled("stepfunctions.express.requests", BigDecimal.valueOf(workflows.expressRequests()));
        int billedMemory = Math.max(1, (workflows.expressMemoryMb() + 63) / 64) * 64;
        scaled("stepfunctions.express.duration", gigabyteSeconds(workflows.expressBilledMilliseconds(),
                billedMemory));
    }

    private void kinesis(Usage.Kinesis kinesis) {
        kept("kinesis.ondemand.streamHours", BigDecimal.valueOf(kinesis.onDemandStreams())
                .multiply(BigDecimal.valueOf(MonthlyVolume.MONTH.toHours())));
        scaled("kinesis.ondemand.dataIn", gigabytes(kinesis.bytesIn()));
        scaled("kinesis.ondemand.dataOut", gigabytes(kinesis.bytesOut()));
    }

    private void scaled(String key, BigDecimal observed) {
        kept(key, observed.multiply(factor));
    }

    private void kept(String key, BigDecimal quantity) {
        if (quantity.signum() > 0) {
            quantities.put(key, quantity.setScale(SCALE, RoundingMode.HALF_UP).stripTrailingZeros());
        }
    }

    private static BigDecimal gigabyteSeconds(long milliseconds, int memoryMb) {
        return BigDecimal.valueOf(milliseconds).multiply(BigDecimal.valueOf(memoryMb))
                .divide(THOUSAND.multiply(BigDecimal.valueOf(1024)), SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal gigabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(GIB, SCALE, RoundingMode.HALF_UP);
    }
}
