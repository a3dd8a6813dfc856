package studio.serverless.app.run.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Monthly costs worked out by hand from the us-east-1 prices, free tiers included. */
class CostCalculatorTest {

    private final CostCalculator calculator = new CostCalculator(PriceList.bundled("us-east-1"));

    private static Usage.Function function(long requests, long millisecondsEach, int memoryMb,
                                           Usage.Architecture architecture) {
        return new Usage.Function("f", requests, requests * millisecondsEach, memoryMb, architecture);
    }

    private static Map<String, BigDecimal> costs(CostProjection projection) {
        return projection.items().stream().collect(Collectors.toMap(item -> item.price().key(), LineItem::cost));
    }

    private static void assertDollars(String expected, BigDecimal actual) {
        assertEquals(new BigDecimal(expected), actual.setScale(new BigDecimal(expected).scale(), RoundingMode.HALF_UP));
    }

    @Test
    void threeMillionRequestsOf512MbAt120MsCostFortyCentsAsTheComputeIsWithinTheFreeTier() {
        // 3,000,000 requests - 1,000,000 free = 2M x $0.20/M = $0.40;
        // 3,000,000 x 0.12 s x 0.5 GB = 180,000 GB-s, within the 400,000 free
        Usage run = Usage.of(Duration.ofMinutes(5), 30).withFunction(function(30, 120, 512,
                Usage.Architecture.X86_64));

        CostProjection month = calculator.project(run, new MonthlyVolume.EntryRequests(3_000_000));

        assertEquals(new BigDecimal("100000"), month.factor().stripTrailingZeros().setScale(0));
        LineItem compute = month.items().get(1);
        assertEquals(new BigDecimal("180000"), compute.quantity().setScale(0, RoundingMode.UNNECESSARY));
        assertEquals(new BigDecimal("180000"), compute.free().setScale(0, RoundingMode.UNNECESSARY));
        assertDollars("0.40", month.total());
    }

    @Test
    void arm64ComputeAboveTheFreeTierIsBilledAtTheArmPrice() {
        // 1M requests all free; 1,000,000 GB-s - 400,000 free = 600,000 x $0.0000133334 = $8.00004
        Usage run = Usage.of(Duration.ofMinutes(1), 10).withFunction(function(10, 1000, 1024,
                Usage.Architecture.ARM64));

        CostProjection month = calculator.project(run, new MonthlyVolume.EntryRequests(1_000_000));

        assertDollars("0.00", costs(month).get("lambda.requests"));
        assertDollars("8.00004", month.total());
    }

    @Test
    void theComputeFreeTierIsSharedByBothArchitecturesDearerFirst() {
        // x86 300,000 GB-s all free; arm64 300,000 - the 100,000 left = 200,000 x $0.0000133334 = $2.66668
        Usage run = Usage.of(Duration.ofMinutes(1), 1)
                .withFunction(function(1, 300_000, 1024, Usage.Architecture.X86_64))
                .withFunction(function(1, 300_000, 1024, Usage.Architecture.ARM64));

        CostProjection month = calculator.project(run, new MonthlyVolume.Factor(BigDecimal.valueOf(1000)));

        assertDollars("0", costs(month).get("lambda.compute.x86_64"));
        assertDollars("2.66668", costs(month).get("lambda.compute.arm64"));
    }

    @Test
    void anApiWithATableAndAQueueIsPricedPerRequestAndUnit() {
        // x100,000: HTTP 1M x $1/M = $1; 2M RRU x $0.125/M = $0.25; 1M WRU x $0.625/M = $0.625;
        // SQS 3M - 1M free = 2M x $0.40/M = $0.80; total $2.675
        Usage run = Usage.of(Duration.ofMinutes(2), 10).with(new Usage.Apis(10, 0))
                .with(new Usage.DynamoDb(20, 10, 0)).with(new Usage.Queues(30, 0));

        CostProjection month = calculator.project(run, new MonthlyVolume.EntryRequests(1_000_000));

        assertDollars("2.675", month.total());
        assertEquals(4, month.items().size());
    }

    @Test
    void theRunsPaceKeptUpForAMonthMultipliesBy730HoursOverTheRunsLength() {
        // 73 minutes run: 43,800 / 73 = x600; 10 PUTs -> 6,000 x $0.005/1,000 = $0.03
        Usage run = Usage.of(Duration.ofMinutes(73), 0).with(new Usage.S3(10, 0, 0));

        CostProjection month = calculator.project(run, new MonthlyVolume.RunPace());

        assertDollars("0.03", month.total());
    }

    @Test
    void expressMemoryIsBilledIn64MbStepsAndStandardTransitionsAfterFourThousandFree() {
        // Express: 100 MB -> 128 MB; 1 s x 0.125 GB x 8,000,000 = 1,000,000 GB-s x $0.00001667 = $16.67;
        // 8M requests x $1/M = $8; Standard: 5 x 8M = 40M transitions - 4,000 = 39,996,000 x $0.025/1,000 = $999.90
        Usage run = Usage.of(Duration.ofMinutes(1), 1).with(new Usage.StepFunctions(5, 1, 1000, 100));

        CostProjection month = calculator.project(run, new MonthlyVolume.EntryRequests(8_000_000));

        assertDollars("16.67", costs(month).get("stepfunctions.express.duration"));
        assertDollars("8.00", costs(month).get("stepfunctions.express.requests"));
        assertDollars("999.90", costs(month).get("stepfunctions.standard.transitions"));
    }

    @Test
    void storageIsPricedAtWhatTheRunLeftStoredWhateverTheVolume() {
        // 30 GB in tables: 25 free, 5 x $0.25 = $1.25; 2 GB in buckets x $0.023 = $0.046
        long gigabyte = 1024L * 1024 * 1024;
        Usage run = Usage.of(Duration.ofMinutes(1), 1).with(new Usage.DynamoDb(0, 0, 30 * gigabyte))
                .with(new Usage.S3(0, 0, 2 * gigabyte));

        CostProjection month = calculator.project(run, new MonthlyVolume.EntryRequests(50_000_000));

        assertDollars("1.296", month.total());
    }

    @Test
    void snsDeliveriesToQueuesAndFunctionsAreFreeAndHttpAfterAHundredThousand() {
        // x1,000,000: 1M publishes free; 1M HTTP - 100,000 free = 900,000 x $0.60/M = $0.54; 2M SQS deliveries free
        Usage run = Usage.of(Duration.ofMinutes(1), 1).with(new Usage.Topics(1, 1, 0, 2, 0));

        CostProjection month = calculator.project(run, new MonthlyVolume.EntryRequests(1_000_000));

        assertDollars("0.54", month.total());
        assertDollars("0", costs(month).get("sns.deliveries.sqs"));
    }

    @Test
    void requestsAMonthAtTheEntryPointsNeedARunThatSawSome() {
        Usage quiet = Usage.of(Duration.ofMinutes(1), 0);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> calculator.project(quiet, new MonthlyVolume.EntryRequests(1_000)));

        assertEquals("the run has seen no request at an entry point yet, so there is no traffic per request to"
                + " scale: send some, or project the run's pace", refused.getMessage());
    }
}
