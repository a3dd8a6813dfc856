package studio.serverless.runner.lambda.mapping.stream;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Settings outside the ranges AWS accepts are refused with the setting named. */
class StreamMappingTest {

    static Stream<Arguments> outOfRange() {
        return Stream.of(
                Arguments.of("batch size 0", (UnaryOperator<StreamMapping>) m -> m.withBatchSize(0)),
                Arguments.of("batch size 10001", (UnaryOperator<StreamMapping>) m -> m.withBatchSize(10_001)),
                Arguments.of("batching window", (UnaryOperator<StreamMapping>) m -> m.withBatchingWindow(
                        Duration.ofSeconds(301))),
                Arguments.of("maximum retry attempts -2", (UnaryOperator<StreamMapping>) m -> m.withRetries(-2, null)),
                Arguments.of("maximum record age", (UnaryOperator<StreamMapping>) m -> m.withRetries(-1,
                        Duration.ofSeconds(59))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outOfRange")
    void aSettingOutsideAwssRangeIsRefused(String setting, UnaryOperator<StreamMapping> change) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> change.apply(StreamMapping.of("on-order")));

        assertTrue(refused.getMessage().startsWith("stream mapping to on-order: " + setting), refused.getMessage());
    }

    @org.junit.jupiter.api.Test
    void onlyLatestAndTrimHorizonAreNamedStartingPositions() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> StartingPosition.of("AT_TIMESTAMP"));

        assertTrue(refused.getMessage().contains("expected LATEST or TRIM_HORIZON"), refused.getMessage());
    }
}
